import fc from 'fast-check';
import type { Agreement, CostItem, Contribution, Party } from '../../src/domain/agreement';
import { parseAgreement } from '../../src/domain/agreement';
import { formatDate, daysInMonth } from '../../src/domain/dates';
import { reportFor } from '../../src/domain/yearReport';
import { buildWorkbookPlan, cellAddress, type WorkbookPlan } from '../../src/workbook';
import { writePlanXlsx } from '../../src/writers/xlsx';
import { csvValue, findSoffice, recalculateManyWithLibreOffice } from './libreoffice';
import { requires } from '../requirements';

/**
 * The sheet formulas are the one second implementation of the domain's year rules. Generated agreements — mid-month
 * and February starts, leap years, overview rows without a start, decided and planned extensions, index steps per
 * calendar or agreement year, amounts stated per year, an unknown civil split, several committees, party names
 * with SUMIFS wildcards — are written as .xlsx without cached values, LibreOffice recalculates them, and every
 * formula cell of every sheet must equal the value the domain gave it. The seed is printed; replay one with
 * IOP_PROPERTY_SEED=… npx jest test/workbook/formulaProperty.test.ts.
 */
const soffice = findSoffice();
const { describe: describeLo } = requires('libreoffice');

const SEED = Number(process.env.IOP_PROPERTY_SEED ?? 20261206);
const AGREEMENTS_PER_WORKBOOK = 110;

const COMMITTEES = ['Arbetsmarknadsnämnden', 'Socialnämnden', 'Kultur- och fritidsnämnden'];
const CIVIL_NAMES = ['Stadsmissionen', 'Föreningen *Stjärnan*', 'Hjälp? Nu', 'Tilde~Gruppen', '=Lika villkor', '<Mindre>', 'Röda Korset', 'Bilda Öst'];

const date = fc
  .record({ year: fc.integer({ min: 2019, max: 2027 }), month: fc.integer({ min: 1, max: 12 }), day: fc.constantFrom(1, 14, 15, 16, 17, 28, 29, 30, 31) })
  .map(({ year, month, day }) => formatDate({ year, month, day: Math.min(day, daysInMonth(year, month)) }));

/** An end that lies a number of months after the start, on a month's last day, its middle or near it. */
function endAfter(start: string, months: number, day: number): string {
  const [y, m] = start.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatDate({ year, month, day: Math.min(day, daysInMonth(year, month)) });
}

const amount = fc.oneof(fc.integer({ min: 0, max: 3_000_000 }), fc.constantFrom(0, 1, 6, 100_001, 1_710_000));

interface Shape {
  committee: string;
  otherCommittee: boolean;
  civil: string[];
  start: string | null;
  inForceYear: number | null;
  months: number;
  endDay: number;
  endless: boolean;
  extension: { years: number; times: number | null } | null;
  decided: boolean;
  indexation: { rate: number; baseShift: number | null; step: 'calendar' | 'agreement' | 'july' } | null;
  items: { party: number; label: number; amount: number }[];
  contributions: { party: number; amount: number }[];
  stated: { item: number; yearShift: number; amount: number }[];
  total: 'none' | 'sum' | 'more';
  extra: number;
}

const shape: fc.Arbitrary<Shape> = fc.record({
  committee: fc.constantFrom(...COMMITTEES),
  otherCommittee: fc.boolean(),
  civil: fc.uniqueArray(fc.constantFrom(...CIVIL_NAMES), { minLength: 1, maxLength: 3, selector: (n) => n.toLowerCase() }),
  start: fc.option(date, { freq: 6 }),
  inForceYear: fc.option(fc.integer({ min: 2019, max: 2026 }), { freq: 2 }),
  months: fc.integer({ min: 1, max: 60 }),
  endDay: fc.constantFrom(1, 14, 15, 16, 28, 31),
  endless: fc.boolean().map((b) => b && Math.random() < 0.1),
  extension: fc.option(fc.record({ years: fc.integer({ min: 1, max: 2 }), times: fc.option(fc.integer({ min: 0, max: 3 })) }), { freq: 2 }),
  decided: fc.boolean(),
  indexation: fc.option(
    fc.record({
      rate: fc.constantFrom(0.02, 0.025, 0.03, 0.015, 0.0175, 0.05),
      baseShift: fc.option(fc.integer({ min: -1, max: 1 })),
      step: fc.constantFrom('calendar' as const, 'agreement' as const, 'july' as const),
    }),
    { freq: 3 },
  ),
  items: fc.array(fc.record({ party: fc.integer({ min: 0, max: 4 }), label: fc.integer({ min: 0, max: 2 }), amount }), { maxLength: 6 }),
  contributions: fc.array(fc.record({ party: fc.integer({ min: 0, max: 4 }), amount }), { maxLength: 2 }),
  stated: fc.array(fc.record({ item: fc.integer({ min: 0, max: 7 }), yearShift: fc.integer({ min: 0, max: 3 }), amount }), { maxLength: 2 }),
  total: fc.constantFrom('none' as const, 'sum' as const, 'more' as const),
  extra: fc.integer({ min: 1, max: 900_000 }),
});

function agreementOf(s: Shape, i: number): Agreement {
  const own: Party = { name: 'Linköpings kommun', orgNumber: '212000-0449', sector: 'public', unit: s.committee };
  const other: Party = { name: 'Linköpings kommun, Bildningsnämnden', orgNumber: null, sector: 'public', unit: 'Bildningsnämnden' };
  const parties: Party[] = [own, ...(s.otherCommittee ? [other] : []), ...s.civil.map((name): Party => ({ name, orgNumber: null, sector: 'civil', unit: null }))];
  const partyAt = (k: number) => parties[k % parties.length].name;
  const start = s.start;
  const end = start ? (s.endless ? null : endAfter(start, s.months, s.endDay)) : s.inForceYear !== null ? `${s.inForceYear + (s.months % 3)}-12-31` : null;
  const validEnd = start && end && end < start ? null : end;
  const extendedEnd = s.decided && s.extension && validEnd && (s.extension.times ?? 1) > 0 ? endAfter(validEnd, 12 * s.extension.years, 31) : null;
  const costItems: CostItem[] = [];
  for (const item of s.items) {
    const label = `Post ${item.label}${item.label === 2 ? ' *?~' : ''}`;
    // One label per party: the table reads a stated year amount onto the item by party and label.
    if (costItems.some((c) => c.party === partyAt(item.party) && c.label === label)) continue;
    costItems.push({ party: partyAt(item.party), label, annualAmount: item.amount });
  }
  const contributions: Contribution[] = [];
  for (const c of s.contributions) if (!contributions.some((x) => x.party === partyAt(c.party))) contributions.push({ party: partyAt(c.party), annualAmount: c.amount });
  const firstYear = Number((start ?? `${s.inForceYear ?? 2024}`).slice(0, 4));
  // Amounts stated for single calendar years, on the items or contributions their party's amount comes from.
  for (const st of s.stated) {
    const pool = [...contributions, ...costItems.filter((c) => !contributions.some((x) => x.party === c.party))];
    const target = pool[st.item % Math.max(1, pool.length)];
    if (!target) continue;
    const year = firstYear + st.yearShift;
    if ((target.yearAmounts ?? []).some((y) => y.year === year)) continue;
    target.yearAmounts = [...(target.yearAmounts ?? []), { year, amount: st.amount }];
  }
  const explained = parties.reduce((sum, p) => {
    const stated = contributions.filter((c) => c.party === p.name);
    return sum + (stated.length ? stated : costItems.filter((c) => c.party === p.name)).reduce((t, c) => t + c.annualAmount, 0);
  }, 0);
  // An unknown civil split: the committee's overview gives the public share and the total.
  const unknownSplit = s.total === 'more' && s.contributions.length === 0;
  const annualTotal = s.total === 'none' ? null : unknownSplit ? explained + s.extra : explained + (s.total === 'more' ? s.extra : 0);
  const stepMonth = s.indexation?.step === 'agreement' ? Number((start ?? '2024-01').slice(5, 7)) : s.indexation?.step === 'july' ? 7 : s.indexation ? 1 : null;
  const agreement: Agreement = {
    name: `Avtal ${i + 1}`,
    parties,
    targetGroup: null,
    purpose: null,
    places: i % 3 === 0 ? 10 + i : null,
    validity: {
      start,
      end: validEnd,
      extension: s.extension,
      ...(extendedEnd ? { extendedEnd } : {}),
      ...(start === null && s.inForceYear !== null ? { inForceYear: s.inForceYear } : {}),
    },
    indexation: s.indexation ? { rate: s.indexation.rate, baseYear: s.indexation.baseShift === null ? null : firstYear + s.indexation.baseShift, stepMonth } : null,
    costItems: unknownSplit ? costItems.filter((c) => c.party === own.name) : costItems,
    contributions: unknownSplit ? [] : contributions,
    annualTotal,
  };
  const parsed = parseAgreement(agreement);
  if (!parsed.ok) throw new Error(`generated agreement is invalid: ${parsed.errors.join('; ')}`);
  return parsed.value;
}

describeLo('the sheet formulas recalculated by LibreOffice equal the domain, for generated agreements', () => {
  const runs = [
    { committee: 'Arbetsmarknadsnämnden', year: 2024 },
    { committee: 'Socialnämnden', year: 2026 },
  ];
  let plans: WorkbookPlan[] = [];
  let agreementSets: Agreement[][] = [];
  let recalculated: Record<string, string[][]>[] = [];

  beforeAll(async () => {
    if (!soffice) throw new Error('LibreOffice (soffice) saknas, men i CI måste testet köras: installera libreoffice-calc.');
    console.log(`formula property test: seed ${SEED}, ${runs.length} × ${AGREEMENTS_PER_WORKBOOK} agreements (IOP_PROPERTY_SEED=${SEED} replays it)`);
    agreementSets = runs.map((_, r) => fc.sample(shape, { seed: SEED + r, numRuns: AGREEMENTS_PER_WORKBOOK }).map(agreementOf));
    plans = runs.map((run, r) => buildWorkbookPlan(agreementSets[r], { committee: run.committee, baseYear: run.year, indexRate: 0.02, socialFeeRate: 0.3142 }, { ...run, today: new Date(run.year, 5, 15) }));
    const uncached = plans.map((plan) => ({ ...plan, sheets: plan.sheets.map((sh) => ({ ...sh, cells: sh.cells.map((row) => row.map((c) => (c?.formula ? { ...c, value: null } : c))) })) }));
    const files = await Promise.all(uncached.map((p) => writePlanXlsx(p)));
    recalculated = recalculateManyWithLibreOffice(soffice, files, plans[0].sheets.map((s) => s.name));
  }, 600_000);

  it('every formula cell of every sheet', () => {
    const mismatches: string[] = [];
    let compared = 0;
    plans.forEach((plan, p) => {
      for (const sheet of plan.sheets) {
        sheet.cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (!cell?.formula) return;
            compared++;
            const got = csvValue(recalculated[p][sheet.name]?.[r]?.[c] ?? '');
            const want = cell.value ?? '';
            const same =
              typeof want === 'number' && typeof got === 'number' ? Math.abs(got - want) <= (Number.isInteger(want) ? 1e-6 : 1e-9 * Math.max(1, Math.abs(want))) : String(got) === String(want);
            if (!same) mismatches.push(`${p}:${sheet.name}!${cellAddress(r, c)}: LibreOffice ${JSON.stringify(got)}, domänen ${JSON.stringify(want)} — ${cell.formula.slice(0, 160)}`);
          }),
        );
      }
    });
    expect(compared).toBeGreaterThan(10_000);
    expect(mismatches.slice(0, 15)).toEqual([]);
  });

  it('covers the cases it is meant to: each kind occurs among the generated agreements', () => {
    const all = agreementSets.flat();
    const kinds = {
      februaryStart: all.some((a) => a.validity.start?.slice(5, 7) === '02'),
      midMonth: all.some((a) => a.validity.start && !a.validity.start.endsWith('-01')),
      leapDay: all.some((a) => a.validity.start?.endsWith('02-29') || a.validity.end?.endsWith('02-29')),
      overviewRow: all.some((a) => a.validity.inForceYear),
      decidedExtension: all.some((a) => a.validity.extendedEnd),
      agreementYearSteps: all.some((a) => (a.indexation?.stepMonth ?? 1) > 1),
      statedYears: all.some((a) => [...a.costItems, ...a.contributions].some((c) => c.yearAmounts?.length)),
      unknownCivilSplit: all.some((a) => a.annualTotal !== null && a.contributions.length === 0 && a.costItems.every((c) => c.party === 'Linköpings kommun') && a.parties.some((p) => p.sector === 'civil')),
      otherCommittees: new Set(all.flatMap((a) => a.parties.map((p) => p.unit))).size >= 3,
    };
    expect(kinds).toEqual(Object.fromEntries(Object.keys(kinds).map((k) => [k, true])));
    expect(all.length).toBeGreaterThanOrEqual(200);
    // The Översikt of each run is the domain's report: its counted rows and their sums.
    plans.forEach((plan, p) => {
      const report = reportFor(agreementSets[p], runs[p].committee, runs[p].year);
      const overview = plan.sheets.find((s) => s.name === 'Översikt')!;
      const sumRow = overview.cells.find((row) => row[0]?.value === 'Summa')!;
      const header = overview.cells.find((row) => row[0]?.value === 'Namn')!;
      const col = (h: RegExp) => header.findIndex((c) => h.test(String(c?.value ?? '')));
      expect(sumRow[col(/^Beräknat värde/)]?.value).toBe(report.totals.firstYearLevel.total);
      expect(sumRow[col(/^Värde \d{4}$/)]?.value).toBe(report.totals.inYear.total);
      expect(sumRow[col(/^Kostnad \S+ \d{4}$/)]?.value).toBe(report.totals.inYear.committee);
    });
  });
});
