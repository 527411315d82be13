import { readFileSync } from 'fs';
import { join } from 'path';
import type { Agreement } from '../../src/domain/agreement';
import { reportFor, standingInYear, agreementYear } from '../../src/domain/yearReport';
import { importText } from '../../src/import';
import { mergeSameAgreement, type FoundAgreement } from '../../src/workbook/mergeDocuments';

/**
 * The committee's year from the seeds as an official imports them (000–004 together): seed 004 is the committee's
 * own record of 2021, five partnerships with 6 379 326 kr value and 3 375 000 kr committee cost.
 */
const dir = join(__dirname, '../fixtures/seeds');
const SEEDS = ['000.txt', '001.txt', '002.md', '003.md', '004.txt'];

function seeds(order: readonly string[] = SEEDS): Agreement[] {
  const found: FoundAgreement[] = order.flatMap((file) => {
    const r = importText(readFileSync(join(dir, file), 'utf8'), file);
    return r.agreements.map((agreement) => ({ agreement, kind: r.documentKind, source: file }));
  });
  return mergeSameAgreement(found);
}

const AN = 'Arbetsmarknadsnämnden';

test('2021: seed 004\'s five partnerships, 6 379 326 kr value and 3 375 000 kr committee cost', () => {
  const report = reportFor(seeds(), AN, 2021);
  expect(report.counted.map((r) => r.agreement.name).sort()).toEqual(
    ['Bro-modellen', 'Hoppfull framtid', 'Inkludering på lika villkor', 'Kompletterande språkträning', 'Vi Ses!'].sort(),
  );
  expect(report.totals.firstYearLevel).toMatchObject({ total: 6_379_326, committee: 3_375_000 });
  expect(report.totals.inYear).toMatchObject({ total: 6_379_326, committee: 3_375_000 });
  expect(report.civilActors).toHaveLength(5);
  // Seed 000 starts in 2024: the committee's agreement, not running in 2021, and said why.
  expect(report.notCounted.map((r) => [r.standing, r.reason])).toEqual([['notRunning', 'Börjar 2024-01-01.']]);
});

test('the order of the documents does not change the year', () => {
  const reversed = reportFor(seeds([...SEEDS].reverse()), AN, 2021);
  expect(reversed.totals).toEqual(reportFor(seeds(), AN, 2021).totals);
});

test('2025: seed 000 at 2 % for its second calendar year; the overview\'s partnerships have ended', () => {
  const report = reportFor(seeds(), AN, 2025);
  expect(report.counted.map((r) => r.agreement.name)).toHaveLength(1);
  expect(report.counted[0].inYear).toEqual({ public: 1_744_200, civil: 3_170_772, total: 4_914_972, committee: 1_744_200 });
  expect(report.counted[0].firstYearLevel).toEqual({ public: 1_710_000, civil: 3_108_600, total: 4_818_600, committee: 1_710_000 });
  expect(report.notCounted.every((r) => r.standing === 'notRunning')).toBe(true);
});

test('a row without a start counts from the overview\'s year, said as inferred; the civil remainder is the civil side', () => {
  const bro = seeds().find((a) => a.name === 'Bro-modellen')!;
  expect(standingInYear(bro, 2021)).toMatchObject({ standing: 'counted', inferredStart: true, reason: expect.stringMatching(/räknas från 2021/) });
  expect(standingInYear(bro, 2020)).toMatchObject({ standing: 'notRunning' });
  const year = agreementYear(bro, AN, 2021);
  expect(year.inYear).toEqual({ public: 1_150_000, civil: 641_200, total: 1_791_200, committee: 1_150_000 });
  expect(year.parties.map((p) => [p.party, p.annualAmount, p.known])).toEqual([
    ['Linköpings kommun', 1_150_000, true],
    ['Bilda', 0, false],
    ['Erikshjälpen', 0, false],
    ['Idéburen part (ej fördelat)', 641_200, true],
  ]);
});

test('an ended base period with an allowed but unrecorded extension is unknown, not counted and not dropped', () => {
  const a: Agreement = {
    name: 'X', parties: [{ name: 'K', orgNumber: null, sector: 'public', unit: AN }], targetGroup: null, purpose: null, places: null,
    validity: { start: '2022-01-01', end: '2023-12-31', extension: { years: 1, times: 2 } }, indexation: null,
    costItems: [], contributions: [{ party: 'K', annualAmount: 100 }], annualTotal: null,
  };
  expect(standingInYear(a, 2024).standing).toBe('unknown');
  expect(standingInYear({ ...a, validity: { ...a.validity, extendedEnd: '2024-12-31' } }, 2024).standing).toBe('counted');
  expect(standingInYear(a, 2026).standing).toBe('notRunning');
});

test('indexed per agreement year from a February start: one month at the old level and eleven at the new', () => {
  const a: Agreement = {
    name: 'Feb', parties: [{ name: 'K', orgNumber: null, sector: 'public', unit: AN }], targetGroup: null, purpose: null, places: null,
    validity: { start: '2025-02-01', end: '2028-01-31', extension: null }, indexation: { rate: 0.02, baseYear: null, stepMonth: 2 },
    costItems: [], contributions: [{ party: 'K', annualAmount: 120_000 }], annualTotal: null,
  };
  const years = (y: number) => agreementYear(a, AN, y).inYear!.total;
  expect(years(2025)).toBe(110_000); // 11 months at the base level
  expect(years(2026)).toBe(10_000 + 11 * 10_200); // January at the base level, February on one step up
  expect(years(2027)).toBe(10_200 + Math.round(11 * 10_404));
  expect(years(2028)).toBe(10_404); // January 2028 ends the third agreement year
});
