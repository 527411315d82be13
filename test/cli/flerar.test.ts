import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import type { PlanJson } from '../../src/cli/commands/flerar';
import type { Agreement } from '../../src/domain/agreement';
import { buildSchedule } from '../../src/domain/schedule';
import { defaultSettings } from '../../src/domain/settings';
import { buildWorkbookPlan } from '../../src/workbook';
import { writePlanXlsx } from '../../src/writers/xlsx';

const AN = 'Arbetsmarknadsnämnden';
const party = (name: string, sector: 'public' | 'civil') => ({ name, orgNumber: null, sector, unit: sector === 'public' ? AN : null });

/** Indexed per agreement year from February: its amounts step up each February. */
const february: Agreement = {
  name: 'Februaristart', parties: [party('Kommunen', 'public'), party('Föreningen', 'civil')], targetGroup: null, purpose: null, places: null,
  validity: { start: '2025-02-01', end: '2028-01-31', extension: null }, indexation: { rate: 0.02, baseYear: null, stepMonth: 2 },
  costItems: [], contributions: [{ party: 'Kommunen', annualAmount: 120_000 }, { party: 'Föreningen', annualAmount: 60_000 }], annualTotal: null,
};
/** A committee overview's row: no start, in force in the overview's year, a stated total with an unknown civil split. */
const overviewRow: Agreement = {
  name: 'Översiktsrad', parties: [party('Kommunen', 'public'), party('Föreningen', 'civil')], targetGroup: null, purpose: null, places: null,
  validity: { start: null, end: '2023-12-31', extension: null, inForceYear: 2021 }, indexation: null,
  costItems: [], contributions: [{ party: 'Kommunen', annualAmount: 100_000 }], annualTotal: 250_000,
};

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd: process.cwd() }, out, err };
}

test('iop flerar --json on a workbook is buildSchedule: a February step month, an inferred start, the civil remainder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iop-flerar-'));
  const file = join(dir, 'plan.xlsx');
  const plan = buildWorkbookPlan([february, overviewRow], defaultSettings(), { year: 2025, committee: AN, today: new Date(2025, 2, 1) });
  writeFileSync(file, await writePlanXlsx(plan));
  const { io, out, err } = capture();
  expect(await main(['flerar', file, '--json'], io)).toBe(0);
  const got: PlanJson[] = JSON.parse(out.join(''));
  const want = [february, overviewRow].map((a) => {
    const s = buildSchedule(a);
    return { agreement: s.agreement, years: s.years.map((y) => ({ year: y.year, public: y.public, civil: y.civil, total: y.total, extension: y.extension })) };
  });
  expect(got).toEqual(want);
  // The figures themselves: February 2026 steps up (January at the old level), the overview row from 2021 with 150 000 kr civil.
  expect(got[0].years.find((y) => y.year === 2026)!.public).toBe(10_000 + 11 * 10_200);
  expect(got[1].years.map((y) => [y.year, y.civil])).toEqual([[2021, 150_000], [2022, 150_000], [2023, 150_000]]);
  expect(err.join('')).toContain('Översiktsrad: startdatum saknas – planen räknas från 2021');
});
