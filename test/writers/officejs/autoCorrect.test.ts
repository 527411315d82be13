/**
 * The user's AutoCorrect option "Fill formulas in tables to create calculated columns" applies to the API's
 * writes too (OfficeDev/office-js #1916, #2093, #6745). The memory workbook models both states; the writer must
 * leave the user's columns the same in either: a calculated column of theirs gets its formula in the rows an
 * import adds, every other column of theirs stays empty there.
 */
import { readAgreements, recordForUndo, undoLast, writeAgreements, writeFollowUpRow } from '../../../src/writers/officejs';
import type { Agreement } from '../../../src/domain/agreement';
import { MemoryWorkbook } from '../../../src/preview/memoryExcel';
import { columnLetter } from '../../../src/workbook/plan';
import { hoppfullFramtid, inkludering, partial } from '../../fixtures/workbook/agreements';

const settings = { committee: 'Arbetsmarknadsnämnden', baseYear: 2025, indexRate: 0.02, socialFeeRate: 0.3142 };

function table(wb: MemoryWorkbook, name: string, sheet: string) {
  const t = wb.table(name);
  const headers = Array.from({ length: t.columns }, (_, j) => String(wb.cell(sheet, `${columnLetter(t.column + j)}${t.row + 1}`).value));
  const letter = (h: string) => columnLetter(t.column + headers.indexOf(h));
  const rows = Array.from({ length: t.rows - 1 }, (_, i) => t.row + 2 + i);
  return { t, headers, letter, rows };
}

/** A column of the user's right of a table, as typing a header beside it does. */
function addUserColumn(wb: MemoryWorkbook, name: string, sheet: string, header: string): string {
  const { t } = table(wb, name, sheet);
  const letter = columnLetter(t.column + t.columns);
  wb.setCell(sheet, `${letter}${t.row + 1}`, header);
  wb.extendTable(name, { columns: 1 });
  return letter;
}

/** What the user's columns hold, row by row (formulas as written, values otherwise), beside our key and label. */
function userCells(wb: MemoryWorkbook, own: string[]): unknown[][] {
  const { letter, rows } = table(wb, 'IOP_Poster', 'Poster');
  return rows.map((r) => [wb.cell('Poster', `${letter('Avtals-id')}${r}`).value, wb.cell('Poster', `${letter('Benämning')}${r}`).value, ...own.map((h) => wb.cell('Poster', `${letter(h)}${r}`).formula ?? wb.cell('Poster', `${letter(h)}${r}`).value)]);
}

const more: Agreement = { ...inkludering, costItems: [...inkludering.costItems, { party: 'Linköpings kommun', label: 'Resor', annualAmount: 12000 }] };
const OWN = ['Moms', 'Andel', 'Anteckning'];

async function userWorkThenImport(fillFormulas: boolean): Promise<{ wb: MemoryWorkbook; cells: unknown[][] }> {
  const wb = new MemoryWorkbook({ fillFormulas });
  await writeAgreements(wb.excelContext, [inkludering, hoppfullFramtid], settings);
  const { letter } = table(wb, 'IOP_Poster', 'Poster');
  const belopp = letter('Belopp/år');
  addUserColumn(wb, 'IOP_Poster', 'Poster', 'Moms');
  wb.fillTableColumn('IOP_Poster', 'Moms', `=${belopp}2*0.25`);
  // A calculated column with one exception typed over it: Excel keeps it calculated, we do not count it as one.
  const andel = addUserColumn(wb, 'IOP_Poster', 'Poster', 'Andel');
  wb.fillTableColumn('IOP_Poster', 'Andel', `=${belopp}2/1000`);
  wb.setCell('Poster', `${andel}3`, 7);
  const note = addUserColumn(wb, 'IOP_Poster', 'Poster', 'Anteckning');
  wb.setCell('Poster', `${note}2`, 'Kolla avtalet');
  await writeAgreements(wb.excelContext, [more, hoppfullFramtid, partial], settings);
  return { wb, cells: userCells(wb, OWN) };
}

describe('the memory workbook models both states of AutoCorrect’s "fill formulas"', () => {
  async function tableWithCalculatedColumn(fillFormulas: boolean): Promise<MemoryWorkbook> {
    const wb = new MemoryWorkbook({ fillFormulas });
    wb.addSheet('Blad');
    ['Belopp', 'Dubbelt', 'Fritt'].forEach((h, j) => wb.setCell('Blad', `${columnLetter(j)}1`, h));
    [1, 2].forEach((n) => wb.setCell('Blad', `A${n + 1}`, n * 100));
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem('Blad').tables.add('A1:C3', true).name = 'T';
      await context.sync();
    });
    wb.fillTableColumn('T', 'Dubbelt', '=A2*2');
    return wb;
  }

  it.each([
    [true, '=A4*2'],
    [false, null],
  ])('fill formulas %s: rows.add with an empty value in a calculated column gets %s', async (fill, formula) => {
    const wb = await tableWithCalculatedColumn(fill);
    await wb.run(async (context) => {
      context.workbook.tables.getItem('T').rows.add(undefined, [[300, '', '']]);
      await context.sync();
    });
    expect(wb.cell('Blad', 'B4').formula).toBe(formula);
  });

  it.each([
    [true, '=A3+1'],
    [false, null],
  ])('fill formulas %s: a formula written into one cell of an empty table column fills the column: %s', async (fill, formula) => {
    const wb = await tableWithCalculatedColumn(fill);
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem('Blad').getRange('C2').formulas = [['=A2+1']];
      await context.sync();
    });
    expect(wb.cell('Blad', 'C2').formula).toBe('=A2+1');
    expect(wb.cell('Blad', 'C3').formula).toBe(formula);
  });
});

describe('the user’s table columns behave the same whatever their AutoCorrect setting', () => {
  it('an import adds rows: the calculated column gets its formula, the other user columns stay empty, on and off alike', async () => {
    const on = await userWorkThenImport(true);
    const off = await userWorkThenImport(false);
    expect(on.cells).toEqual(off.cells);
    const { letter } = table(on.wb, 'IOP_Poster', 'Poster');
    const added = on.cells.findIndex((r) => r[1] === 'Resor');
    const row = table(on.wb, 'IOP_Poster', 'Poster').rows[added];
    expect(on.cells[added]).toEqual([on.cells[added][0], 'Resor', `=${letter('Belopp/år')}${row}*0.25`, '', '']);
    expect((await readAgreements(on.wb.excelContext)).agreements).toHaveLength(3);
  });

  it.each([true, false])('fill formulas %s: undo puts back exactly the recorded cells', async (fillFormulas) => {
    const { wb, cells } = await userWorkThenImport(fillFormulas);
    await recordForUndo(wb.excelContext, 'save', 'test', ['iop-sprakstod-for-foraldralediga']);
    await writeAgreements(wb.excelContext, [{ ...partial, costItems: [...partial.costItems, { party: partial.parties[0].name, label: 'Extra', annualAmount: 1000 }] }], settings);
    await undoLast(wb.excelContext);
    expect(userCells(wb, OWN)).toEqual(cells);
  });

  it.each([true, false])('fill formulas %s: a follow-up row added leaves the user’s columns of IOP_Uppfoljning as they behave', async (fillFormulas) => {
    const wb = new MemoryWorkbook({ fillFormulas });
    await writeAgreements(wb.excelContext, [hoppfullFramtid, inkludering], settings);
    const agreement = (await readAgreements(wb.excelContext)).agreements[0];
    const record = { agreement: agreement.id!, year: 2025, participants: 40, placesUsed: 12, reportReceived: null, meetingsHeld: 2, comment: '' };
    await writeFollowUpRow(wb.excelContext, agreement, agreement.id!, record);
    const per = addUserColumn(wb, 'IOP_Uppfoljning', 'Uppföljning', 'Per deltagare');
    const note = addUserColumn(wb, 'IOP_Uppfoljning', 'Uppföljning', 'Egen');
    const { letter } = table(wb, 'IOP_Uppfoljning', 'Uppföljning');
    wb.fillTableColumn('IOP_Uppfoljning', 'Per deltagare', `=1000/${letter('Deltagare')}2`);
    wb.setCell('Uppföljning', `${note}2`, 'x');
    await writeFollowUpRow(wb.excelContext, agreement, agreement.id!, { ...record, year: 2026 });
    expect([wb.cell('Uppföljning', `${per}3`).formula, wb.cell('Uppföljning', `${note}3`).value, wb.cell('Uppföljning', `${note}3`).formula]).toEqual([`=1000/${letter('Deltagare')}3`, '', null]);
  });
});
