import { readFollowUp, writeAgreements } from '../../src/writers/officejs';
import { MemoryWorkbook } from '../../src/preview/memoryExcel';
import { buildMemo } from '../../src/writers/docx';
import { followUpRecords } from '../../src/workbook/followUpTable';
import { buildWorkbookPlan, FOLLOW_UP_COLUMNS } from '../../src/workbook';
import { hoppfullFramtid, inkludering } from '../fixtures/workbook/agreements';
import type { Agreement } from '../../src/domain/agreement';

const settings = { committee: 'Arbetsmarknadsnämnden', baseYear: 2021, indexRate: 0.02, socialFeeRate: 0.3142 };
const hoppfull: Agreement = { ...hoppfullFramtid, validity: { ...hoppfullFramtid.validity, extendedEnd: '2023-12-31' }, followUp: { meetingsPerYear: 2, reportsPerYear: 1, reportDue: '02-15' } };

async function typeRows(wb: MemoryWorkbook, rows: unknown[][]) {
  wb.excelContext.workbook.tables.getItem('IOP_Uppfoljning').rows.add(undefined, rows as never);
  await wb.excelContext.sync();
}

describe('table IOP_Uppfoljning', () => {
  it('is in the plan, empty, on its own sheet', () => {
    const plan = buildWorkbookPlan([hoppfull], settings);
    const sheet = plan.sheets.find((s) => s.name === 'Uppföljning')!;
    expect(sheet.tables).toEqual([expect.objectContaining({ name: 'IOP_Uppfoljning', columns: [...FOLLOW_UP_COLUMNS], rowCount: 0 })]);
  });

  it('reads what was typed in the sheet, keeps it when agreements are saved again, and feeds the memo', async () => {
    const wb = new MemoryWorkbook();
    await writeAgreements(wb.excelContext, [hoppfull, inkludering], settings);
    await typeRows(wb, [
      ['iop-hoppfull-framtid', 'Hoppfull framtid', 2021, 38, 31.5, 44602, 2, 'Digitala insatser under pandemin.', ''],
      ['', 'Inkludering på lika villkor', '2021', '54', '', '', 'två', '', ''],
    ]);
    const first = await readFollowUp(wb.excelContext);
    expect(first.records).toEqual([
      { agreement: 'iop-hoppfull-framtid', year: 2021, participants: 38, placesUsed: 31.5, reportReceived: '2022-02-10', meetingsHeld: 2, comment: 'Digitala insatser under pandemin.' },
      { agreement: 'iop-inkludering-pa-lika-villkor', year: 2021, participants: 54, placesUsed: null, reportReceived: null, meetingsHeld: null, comment: '' },
    ]);
    expect(first.problems).toEqual([expect.stringMatching(/^Uppföljning rad 4, kolumn Möten: "två" .* – värdet lästes inte in\.$/)]);

    // Saving the agreements again (a re-import) never touches the user's follow-up rows.
    await writeAgreements(wb.excelContext, [hoppfull, inkludering], settings);
    expect((await readFollowUp(wb.excelContext)).records).toEqual(first.records);

    const memo = buildMemo([{ ...hoppfull, id: 'iop-hoppfull-framtid' }, { ...inkludering, id: 'iop-inkludering-pa-lika-villkor' }], settings, {
      year: 2021,
      records: first.records,
      today: new Date(2022, 2, 30),
    });
    const hopp = memo.sections.find((s) => s.name === 'Hoppfull framtid')!;
    expect(hopp.facts).toEqual([
      'Deltagare 2021: 38',
      'Helårsplatser använda: 31,5 av 40 avtalade',
      'Uppföljningsmöten: 2 (avtalet anger 2 gånger per år)',
      'Skriftlig rapport: Inkommen 2022-02-10',
    ]);
    expect(hopp).toMatchObject({ text: 'Digitala insatser under pandemin.', placeholder: false });
    const ink = memo.sections.find((s) => s.name === 'Inkludering på lika villkor')!;
    expect(ink.facts[0]).toBe('Deltagare 2021: 54');
    expect(ink.facts.at(-1)).toBe('Skriftlig rapport: Saknas');
  });

  it('reports rows it cannot place: an unknown agreement, no year, the same year twice', () => {
    const headers = [...FOLLOW_UP_COLUMNS];
    const agreements = [{ ...hoppfull, id: 'iop-hoppfull-framtid' }];
    const { records, problems } = followUpRecords(
      {
        headers,
        rows: [
          ['iop-okand', '', 2021, 1, '', '', '', '', ''],
          ['iop-hoppfull-framtid', '', '', 5, '', '', '', '', ''],
          ['iop-hoppfull-framtid', '', 2021, 5, '', '', '', '', ''],
          ['iop-hoppfull-framtid', '', 2021, 6, '', '', '', '', ''],
          ['', '', '', '', '', '', '', '', 'bara en anteckning'],
        ],
      },
      agreements,
    );
    expect(records.map((r) => r.participants)).toEqual([5]);
    expect(problems).toEqual([
      'Uppföljning rad 2, kolumn Avtals-id: "iop-okand" är inget avtal i arbetsboken – raden lästes inte in.',
      'Uppföljning rad 3, kolumn År: saknas – raden lästes inte in.',
      'Uppföljning rad 5, kolumn År: 2021 står två gånger för "Hoppfull framtid" – den senare raden lästes inte in.',
    ]);
  });
});
