import { readFollowUp, writeAgreements } from '../../src/writers/officejs';
import { MemoryWorkbook } from '../../src/preview/memoryExcel';
import { buildMemo } from '../../src/writers/docx';
import { followUpRecords } from '../../src/workbook/followUpTable';
import { buildWorkbookPlan, FOLLOW_UP_COLUMNS, type WorkbookPlan } from '../../src/workbook';
import { writePlanXlsx } from '../../src/writers/xlsx';
import { findSoffice, recalculateWithLibreOffice } from './libreoffice';
import { requires } from '../requirements';
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

describe('the overview’s follow-up columns for the chosen year', () => {
  // Today after the due day of 2025's reports (2026-02-15): a missing report is late.
  const today = new Date();
  const late = today > new Date(2026, 1, 15, 23, 59);
  const a = { ...hoppfull, id: undefined, name: 'Med rapport', validity: { start: '2024-01-01', end: '2027-12-31', extension: null }, followUp: { reportsPerYear: 1, reportDue: '02-15' } };
  const b = { ...a, name: 'Utan rapport' };
  const c = { ...a, name: 'Ingen rapport krävs', followUp: { reportsPerYear: 0 } };
  const records = [
    { agreement: 'Med rapport', year: 2025, participants: 40, placesUsed: 31.5, reportReceived: '2026-02-10', meetingsHeld: 2, comment: '' },
    { agreement: 'Utan rapport', year: 2025, participants: 0, placesUsed: null, reportReceived: null, meetingsHeld: null, comment: '' },
  ];
  const plan = buildWorkbookPlan([a, b, c], settings, { year: 2025, committee: 'Arbetsmarknadsnämnden', followUpRecords: records, today });
  const overview = plan.sheets.find((s) => s.name === 'Översikt')!;
  const header = overview.cells.find((r) => r[0]?.value === 'Namn')!.map((cell) => cell?.value);
  const column = (h: string) => header.indexOf(h);
  const row = (name: string) => overview.cells.find((r) => r[0]?.value === name)!;

  it('gives participants, the cost of the year per participant, places used and the report status', () => {
    // The committee's cost of 2025 as the overview computes it (the fixture is not indexed).
    const cost2025 = 1100000;
    expect([column('Deltagare 2025'), column('Kostnad/deltagare 2025'), column('Helårsplatser 2025'), column('Rapport 2025')].every((i) => i > 0)).toBe(true);
    const values = (name: string) => ['Deltagare 2025', 'Kostnad/deltagare 2025', 'Helårsplatser 2025', 'Rapport 2025'].map((h) => row(name)[column(h)]?.value);
    expect(row('Med rapport')[column('Kostnad AN 2025')]?.value).toBe(cost2025);
    expect(values('Med rapport')).toEqual([40, Math.round(cost2025 / 40), 31.5, 'Inkommen']);
    // Zero participants: no cost per participant; no report recorded.
    expect(values('Utan rapport')).toEqual([0, '', '', late ? 'Försenad' : 'Saknas']);
    expect(values('Ingen rapport krävs')).toEqual(['', '', '', '']);
  });

  const soffice = findSoffice();
  requires('libreoffice').it('recalculates in LibreOffice to the domain core’s values', async () => {
    const uncached: WorkbookPlan = { ...plan, sheets: plan.sheets.map((sh) => ({ ...sh, cells: sh.cells.map((r) => r.map((cell) => (cell?.formula ? { ...cell, value: null } : cell))) })) };
    const sheets = recalculateWithLibreOffice(soffice!, await writePlanXlsx(uncached), ['Översikt']);
    const mismatches: string[] = [];
    for (const h of ['Deltagare 2025', 'Kostnad/deltagare 2025', 'Helårsplatser 2025', 'Rapport 2025']) {
      overview.cells.forEach((r, ri) => {
        const cell = r[column(h)];
        if (!cell?.formula) return;
        const got = sheets['Översikt'][ri]?.[column(h)] ?? '';
        if (String(got) !== String(cell.value)) mismatches.push(`${h} rad ${ri + 1}: LibreOffice ${JSON.stringify(got)}, domänen ${JSON.stringify(cell.value)}`);
      });
    }
    expect(mismatches).toEqual([]);
  }, 180_000);
});
