import { Agreement } from '../../src/domain/agreement';
import { partyAmounts } from '../../src/domain/contributions';
import { buildSchedule } from '../../src/domain/schedule';

/** A document that states a different amount per year (a column per year): the schedule uses what it states. */
const base: Agreement = {
  name: 'Läxhjälpen',
  parties: [
    { name: 'Staden', orgNumber: null, sector: 'public', unit: null },
    { name: 'Föreningen', orgNumber: null, sector: 'civil', unit: null },
  ],
  targetGroup: null,
  purpose: null,
  places: null,
  validity: { start: '2025-01-01', end: '2027-12-31', extension: null },
  indexation: null,
  costItems: [
    { party: 'Staden', label: 'Samordnare', annualAmount: 412_000, yearAmounts: [{ year: 2025, amount: 412_000 }, { year: 2026, amount: 430_000 }] },
    { party: 'Staden', label: 'Lokal', annualAmount: 96_000 },
    { party: 'Föreningen', label: 'Ideell tid', annualAmount: 240_000 },
  ],
  contributions: [],
  annualTotal: 748_000,
};

const byYear = (a: Agreement) => buildSchedule(a).years.map((y) => [y.year, y.public, y.civil]);

describe('amounts stated per year', () => {
  it('sum per party over its lines, counting a line without years at its level', () => {
    expect(partyAmounts(base)[0]).toEqual({
      party: 'Staden',
      sector: 'public',
      annualAmount: 508_000,
      yearAmounts: [
        { year: 2025, amount: 508_000 },
        { year: 2026, amount: 526_000 },
      ],
    });
    expect(partyAmounts(base)[1].yearAmounts).toBeUndefined();
  });

  it('use a stated year as written and keep the last stated level without indexation', () => {
    expect(byYear(base)).toEqual([
      [2025, 508_000, 240_000],
      [2026, 526_000, 240_000],
      [2027, 526_000, 240_000],
    ]);
  });

  it('index only from the last stated year, and only where the agreement indexes', () => {
    const indexed = { ...base, indexation: { rate: 0.02, baseYear: 2025 } };
    expect(byYear(indexed)).toEqual([
      [2025, 508_000, 240_000],
      [2026, 526_000, 244_800],
      [2027, 536_520, 249_696],
    ]);
  });

  it('prefers a contribution’s stated years over its items', () => {
    const stated = { ...base, contributions: [{ party: 'Staden', annualAmount: 500_000, yearAmounts: [{ year: 2026, amount: 510_000 }] }] };
    expect(byYear(stated).map((r) => r[1])).toEqual([500_000, 510_000, 510_000]);
  });
});
