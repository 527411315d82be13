import { writePlanXlsx } from '../../src/writers/xlsx';
import { extensionWatch } from '../../src/domain/followUp';
import { buildWorkbookPlan, cellAddress, WorkbookPlan } from '../../src/workbook';
import { WATCH_SHEET } from '../../src/workbook/extensionWatch';
import type { Agreement } from '../../src/domain/agreement';
import { hoppfullFramtid, inkludering, midMonth } from '../fixtures/workbook/agreements';
import { findSoffice, recalculateWithLibreOffice } from './libreoffice';
import { requires } from '../requirements';

const settings = { committee: 'Arbetsmarknadsnämnden', baseYear: 2025, indexRate: 0.02, socialFeeRate: 0.3142 };
const at = (name: string, validity: Partial<Agreement['validity']>, followUp?: Agreement['followUp']): Agreement => ({
  ...hoppfullFramtid,
  name,
  validity: { ...hoppfullFramtid.validity, ...validity },
  ...(followUp ? { followUp } : {}),
});

// Status date 2025-03-15: what ends by 2026-03-15 is watched.
const AGREEMENTS: Agreement[] = [
  at('Beslut sex månader före', { start: '2024-01-01', end: '2025-12-31', extension: { years: 2, times: 1 } }, { extensionDecisionMonths: 6 }),
  at('Uppsägning tre månader', { start: '2024-03-01', end: '2025-08-31', extension: { years: 1, times: null }, noticeMonths: 3 }),
  at('Slutar senare', { start: '2025-01-01', end: '2027-12-31', extension: null }),
  // The base period ended; the decided extension to 2025-10-31 is what the watch sees.
  at('Förlängt', { start: '2022-01-01', end: '2024-12-31', extendedEnd: '2025-10-31', extension: { years: 1, times: 2 }, noticeMonths: 4 }),
  inkludering,
  midMonth,
];

const rowsOf = (plan: WorkbookPlan) => plan.sheets.find((s) => s.name === WATCH_SHEET)!.cells.slice(5);
const serialToIso = (n: number) => new Date(Date.UTC(1899, 11, 30) + n * 86400000).toISOString().slice(0, 10);

describe('sheet Förlängningar', () => {
  const plan = buildWorkbookPlan(AGREEMENTS, settings, { year: 2025, today: new Date(2025, 2, 15) });

  it('lists every agreement, soonest decision first, and marks the domain’s watch list', () => {
    const rows = rowsOf(plan);
    expect(rows).toHaveLength(AGREEMENTS.length);
    const watched = rows.filter((r) => r[5]?.value === 'Ja').map((r) => [r[0]!.value, serialToIso(r[1]!.value as number), serialToIso(r[3]!.value as number)]);
    const domain = extensionWatch(AGREEMENTS, '2025-03-15', 12).map((w) => [w.agreement.name, w.end, w.decisionDue]);
    expect(watched).toEqual(domain);
    expect(watched).toContainEqual(['Uppsägning tre månader', '2025-08-31', '2025-05-31']);
    expect(watched).toContainEqual(['Beslut sex månader före', '2025-12-31', '2025-06-30']);
    expect(watched).toContainEqual(['Förlängt', '2025-10-31', '2025-06-30']);
  });

  const soffice = findSoffice();
  requires('libreoffice').it('recalculates in LibreOffice to the domain core’s values', async () => {
    const uncached: WorkbookPlan = {
      ...plan,
      sheets: plan.sheets.map((sh) => ({ ...sh, cells: sh.cells.map((row) => row.map((c) => (c?.formula ? { ...c, value: null } : c))) })),
    };
    const sheets = recalculateWithLibreOffice(soffice!, await writePlanXlsx(uncached), [WATCH_SHEET]);
    const sheet = plan.sheets.find((s) => s.name === WATCH_SHEET)!;
    const asValue = (s: string): number | string => {
      const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s) ?? null;
      if (m) return Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2])) / 86400000 + 25569;
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      if (iso) return Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) / 86400000 + 25569;
      return s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : s;
    };
    const mismatches: string[] = [];
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell?.formula) return;
        const got = asValue(sheets[WATCH_SHEET][r]?.[c] ?? '');
        if (String(got) !== String(cell.value)) mismatches.push(`${cellAddress(r, c)} ${cell.formula}: LibreOffice ${JSON.stringify(got)}, domänen ${JSON.stringify(cell.value)}`);
      }),
    );
    expect(mismatches).toEqual([]);
  }, 180_000);
});
