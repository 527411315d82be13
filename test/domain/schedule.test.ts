import fc from 'fast-check';
import { Agreement, parseAgreement } from '../../src/domain/agreement';
import { contributionOf, partyAmounts, sectorShares, sectorTotals } from '../../src/domain/contributions';
import { buildSchedule, scheduleTotals } from '../../src/domain/schedule';
import { seed000 } from './agreements.fixture';

describe('contributions per party and sector', () => {
  it('sums seed 000 per party and sector', () => {
    const totals = sectorTotals(partyAmounts(seed000));
    expect(totals).toEqual({ public: 1_710_000, civil: 3_108_600, total: 4_818_600 });
    expect(sectorShares(totals).public).toBeCloseTo(1_710_000 / 4_818_600, 12);
    expect(contributionOf(seed000, 'Linköpings kommun')).toBe(1_710_000);
    expect(contributionOf(seed000, 'idéburen')).toBe(3_108_600);
  });

  it('prefers stated contributions over cost items and attributes an unexplained total to the civil side (seed 004 row)', () => {
    const overviewRow: Agreement = {
      ...seed000,
      name: 'Bro-modellen',
      parties: [
        { name: 'Linköpings kommun', orgNumber: null, sector: 'public', unit: 'Arbetsmarknadsnämnden' },
        { name: 'Bilda', orgNumber: null, sector: 'civil', unit: null },
        { name: 'Erikshjälpen', orgNumber: null, sector: 'civil', unit: null },
      ],
      costItems: [],
      contributions: [{ party: 'Linköpings kommun', annualAmount: 1_150_000 }],
      annualTotal: 1_791_200,
    };
    // The civil parties' own amounts are not given (unknown, not 0 kr); together they hold the remainder.
    expect(partyAmounts(overviewRow)).toEqual([
      { party: 'Linköpings kommun', sector: 'public', annualAmount: 1_150_000, known: true },
      { party: 'Bilda', sector: 'civil', annualAmount: 0, known: false },
      { party: 'Erikshjälpen', sector: 'civil', annualAmount: 0, known: false },
      { party: 'Idéburen part (ej fördelat)', sector: 'civil', annualAmount: 641_200, known: true, unattributed: { covers: ['Bilda', 'Erikshjälpen'] } },
    ]);
  });

  it('does not turn a mismatch into a contribution when a civil party states its own amount', () => {
    const mismatch: Agreement = {
      ...seed000,
      costItems: [],
      contributions: [
        { party: 'Linköpings kommun', annualAmount: 400_000 },
        { party: 'Östergötlands Stadsmission', annualAmount: 275_500 },
      ],
      annualTotal: 825_500,
    };
    expect(sectorTotals(partyAmounts(mismatch))).toEqual({ public: 400_000, civil: 275_500, total: 675_500 });
  });
});

describe('multi-year schedule', () => {
  it('indexes seed 000 per new calendar year, with the extension years marked', () => {
    const schedule = buildSchedule(seed000);
    expect(schedule.problem).toBeNull();
    expect(schedule.years.map((y) => [y.year, y.public, y.civil, y.total, y.extension])).toEqual([
      [2024, 1_710_000, 3_108_600, 4_818_600, false],
      [2025, 1_744_200, 3_170_772, 4_914_972, false],
      [2026, 1_779_084, 3_234_187, 5_013_271, true],
      [2027, 1_814_666, 3_298_871, 5_113_537, true],
      [2028, 1_850_959, 3_364_849, 5_215_808, true],
      [2029, 1_887_978, 3_432_146, 5_320_124, true],
    ]);
    expect(scheduleTotals(schedule).baseTotal).toBe(4_818_600 + 4_914_972);
  });

  it('takes 6/12 of the first and last years of a mid-year agreement', () => {
    const midYear: Agreement = { ...seed000, validity: { start: '2024-07-01', end: '2026-06-30', extension: null }, indexation: { rate: 0.02, baseYear: null } };
    const years = buildSchedule(midYear).years;
    expect(years.map((y) => [y.year, y.public])).toEqual([
      [2024, 855_000],
      [2025, 1_744_200], // a full year: 1 710 000 × 1,02
      [2026, 0.5 * 1_779_084],
    ]);
  });

  it('rounds each side once, so several parties on one side differ from their rounded rows by at most a krona each', () => {
    const twoCommittees: Agreement = {
      ...seed000,
      parties: [...seed000.parties, { name: 'Bildningsnämnden', orgNumber: null, sector: 'public', unit: 'Bildningsnämnden' }],
      costItems: [
        { party: 'Linköpings kommun', label: 'A', annualAmount: 25 },
        { party: 'Bildningsnämnden', label: 'B', annualAmount: 25 },
      ],
      annualTotal: null,
      validity: { start: '2024-01-01', end: '2025-12-31', extension: null },
    };
    const s = buildSchedule(twoCommittees);
    expect(s.years[1].public).toBe(51); // (25 + 25) × 1,02 = 51 exactly
    expect(s.parties.filter((p) => p.year === 2025).map((p) => p.amount)).toEqual([26, 0, 26]); // 25,5 → 26 each
  });

  it('lists only years with counted months, so no empty year is marked as an extension', () => {
    const lateStart: Agreement = { ...seed000, validity: { start: '2024-12-20', end: '2026-01-10', extension: null } };
    expect(buildSchedule(lateStart).years.map((y) => [y.year, y.extension])).toEqual([[2025, false]]);
    expect(buildSchedule({ ...seed000, validity: { start: '2024-12-20', end: '2024-12-31', extension: null } }).problem).toMatch(/ingen hel månad/);
  });

  it('explains, instead of failing, when extensions run past year 9999', () => {
    const far: Agreement = { ...seed000, validity: { start: '9990-01-01', end: '9999-06-30', extension: { years: 1, times: null } } };
    expect(buildSchedule(far).problem).toMatch(/9999/);
  });

  it('keeps amounts flat without indexation, and explains a missing date instead of guessing', () => {
    expect(buildSchedule({ ...seed000, indexation: null }).years.map((y) => y.total)).toEqual(Array(6).fill(4_818_600));
    expect(buildSchedule({ ...seed000, validity: { start: null, end: '2025-12-31', extension: null } }).problem).toMatch(/Startdatum/);
  });

  it("sums a schedule's parties to its years, and its years to its total", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 2018, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 47 }),
        fc.option(fc.record({ years: fc.integer({ min: 1, max: 3 }), times: fc.option(fc.integer({ min: 0, max: 3 })) })),
        fc.integer({ min: 0, max: 40 }),
        (pub, civ, startYear, startMonth, extraMonths, extension, permille) => {
          const start = `${startYear}-${String(startMonth).padStart(2, '0')}-01`;
          const endMonthIndex = startMonth - 1 + extraMonths; // inclusive last month, 0-based from Jan of startYear
          const endYear = startYear + Math.floor(endMonthIndex / 12);
          const endMonth = (endMonthIndex % 12) + 1;
          const lastDay = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate();
          const end = `${endYear}-${String(endMonth).padStart(2, '0')}-${lastDay}`;
          const a: Agreement = {
            ...seed000,
            validity: { start, end, extension },
            indexation: { rate: permille / 1000, baseYear: null },
            annualTotal: null,
            costItems: [
              { party: 'Linköpings kommun', label: 'A', annualAmount: pub },
              { party: 'Östergötlands Stadsmission', label: 'B', annualAmount: civ },
            ],
          };
          expect(parseAgreement(a).ok).toBe(true);
          const s = buildSchedule(a);
          for (const y of s.years) {
            const parties = s.parties.filter((p) => p.year === y.year);
            expect(parties.reduce((sum, p) => sum + p.amount, 0)).toBe(y.total);
            expect(y.total).toBe(y.public + y.civil);
            expect(y.baseTotal).toBeLessThanOrEqual(y.total);
          }
          const baseMonths = s.parties.filter((p) => p.party === 'Linköpings kommun').reduce((m, p) => m + p.baseMonths, 0);
          expect(baseMonths).toBe(extraMonths + 1);
          expect(scheduleTotals(s).total).toBe(s.years.reduce((sum, y) => sum + y.total, 0));
        },
      ),
    );
  });
});

describe('agreement schema', () => {
  it('accepts seed 000 and explains what is wrong in Swedish', () => {
    expect(parseAgreement(seed000).ok).toBe(true);
    const bad = parseAgreement({ ...seed000, parties: [{ ...seed000.parties[0], orgNumber: '212000-0448' }], validity: { start: '2025-01-01', end: '2024-01-01', extension: null } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.join('\n')).toMatch(/Parter › rad 1 › organisationsnummer: är inget giltigt organisationsnummer/);
      expect(bad.errors.join('\n')).toMatch(/Giltighet › slut: slutdatumet ligger före startdatumet/);
      expect(bad.errors.join('\n')).toMatch(/"Östergötlands Stadsmission" är ingen av parterna/);
    }
  });
});
