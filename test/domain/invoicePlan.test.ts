import fc from 'fast-check';
import { Agreement, INVOICE_PERIODS, parseAgreement } from '../../src/domain/agreement';
import { daysInMonth, formatDate } from '../../src/domain/dates';
import { invoiceDueDate, invoicePlan, parseInvoicePeriod, periodLabel, periodsOfYear } from '../../src/domain/invoicePlan';
import { buildSchedule } from '../../src/domain/schedule';
import { seed000 } from './agreements.fixture';

/** A quarterly agreement from 1 April, 2 % per new calendar year (issue 18's own test document, as the model holds it). */
const quarterly: Agreement = {
  ...seed000,
  name: 'Kvartalsavtalet',
  validity: { start: '2025-04-01', end: '2027-03-31', extension: null },
  indexation: { rate: 0.02, baseYear: null },
  costItems: [
    { party: 'Linköpings kommun', label: 'Bidrag', annualAmount: 1_000_001 },
    { party: 'Östergötlands Stadsmission', label: 'Lokaler', annualAmount: 250_000 },
  ],
  annualTotal: 1_250_001,
  invoicing: { period: 'quarter', timing: 'advance' },
};

describe('invoice periods', () => {
  it('labels and parses the periods people write on invoices', () => {
    expect(periodsOfYear('quarter', 2025).map((p) => [p.label, p.from, p.to])).toEqual([
      ['kvartal 1 2025', 1, 3],
      ['kvartal 2 2025', 4, 6],
      ['kvartal 3 2025', 7, 9],
      ['kvartal 4 2025', 10, 12],
    ]);
    expect(periodLabel('month', 2025, 3)).toBe('mars 2025');
    const label = (t: string) => parseInvoicePeriod(t)?.label ?? null;
    expect(['helår 2025', 'Helår 2025', 'år 2025', '2025', 'kalenderåret 2025'].map(label)).toEqual(Array(5).fill('helår 2025'));
    expect(['halvår 2 2025', 'H2 2025', 'andra halvåret 2025', '2025 H2'].map(label)).toEqual(Array(4).fill('halvår 2 2025'));
    expect(['kvartal 2 2025', 'Q2 2025', 'kv 2 2025', 'kv. 2, 2025', '2025 Q2', '2025-Q2', 'andra kvartalet 2025'].map(label)).toEqual(Array(7).fill('kvartal 2 2025'));
    expect(['mars 2025', 'Mar 2025', '2025-03'].map(label)).toEqual(Array(3).fill('mars 2025'));
    expect(['kvartal 5 2025', 'H3 2025', '2025-13', 'nästa år', 'helår', 'maj', ''].map(label)).toEqual(Array(7).fill(null));
  });

  it('expects an invoice in advance on the period’s first day, otherwise at the end of the month after it', () => {
    expect(invoiceDueDate({ year: 2025, from: 4, to: 6 }, 'advance', '2025-04-01')).toBe('2025-04-01');
    expect(invoiceDueDate({ year: 2025, from: 4, to: 6 }, 'advance', '2025-05-10')).toBe('2025-05-10');
    expect(invoiceDueDate({ year: 2025, from: 4, to: 6 }, 'arrears', '2025-04-01')).toBe('2025-07-31');
    expect(invoiceDueDate({ year: 2025, from: 1, to: 12 }, null, '2024-01-01')).toBe('2026-01-31');
    expect(invoiceDueDate({ year: 2024, from: 1, to: 1 }, 'arrears', '2024-01-01')).toBe('2024-02-29');
  });
});

describe('the invoice plan', () => {
  it('gives seed 000’s helår 2024 and 2025 to Linköpings kommun from Östergötlands Stadsmission', () => {
    const plan = invoicePlan({ ...seed000, invoicing: { period: 'year' } });
    expect(plan.rows.map((r) => [r.party, r.issuer, r.period.label, r.amount])).toEqual([
      ['Linköpings kommun', 'Östergötlands Stadsmission', 'helår 2024', 1_710_000],
      ['Linköpings kommun', 'Östergötlands Stadsmission', 'helår 2025', 1_744_200],
    ]);
    expect(plan.periodStated).toBe(true);
  });

  it('shows helår, said as not stated, when the agreement names no period', () => {
    const plan = invoicePlan(seed000);
    expect(plan.periodStated).toBe(false);
    expect(plan.rows.map((r) => r.period.label)).toEqual(['helår 2024', 'helår 2025']);
  });

  it('splits a quarterly agreement from 1 April into quarters that sum exactly to each year', () => {
    const plan = invoicePlan(quarterly);
    expect(plan.rows.map((r) => [r.period.label, r.amount, r.due])).toEqual([
      ['kvartal 2 2025', 250_000, '2025-04-01'],
      ['kvartal 3 2025', 250_001, '2025-07-01'],
      ['kvartal 4 2025', 250_000, '2025-10-01'],
      ['kvartal 1 2026', 255_000, '2026-01-01'],
      ['kvartal 2 2026', 255_001, '2026-04-01'],
      ['kvartal 3 2026', 255_000, '2026-07-01'],
      ['kvartal 4 2026', 255_000, '2026-10-01'],
      ['kvartal 1 2027', 260_100, '2027-01-01'],
    ]);
    const schedule = buildSchedule(quarterly);
    for (const year of [2025, 2026, 2027]) {
      const sum = plan.rows.filter((r) => r.period.year === year).reduce((s, r) => s + r.amount, 0);
      expect(sum).toBe(schedule.parties.find((p) => p.year === year && p.party === 'Linköpings kommun')!.baseAmount);
    }
  });

  it('counts a decided extension once recorded, and leaves out public parties whose amount no document states', () => {
    const extended = invoicePlan({ ...seed000, validity: { ...seed000.validity, extendedEnd: '2027-12-31' } });
    expect(extended.rows.map((r) => r.period.label)).toEqual(['helår 2024', 'helår 2025', 'helår 2026', 'helår 2027']);
    const unknown = invoicePlan({ ...seed000, costItems: seed000.costItems.filter((c) => c.party !== 'Linköpings kommun'), annualTotal: null });
    expect(unknown.rows).toEqual([]);
    expect(unknown.unknownParties).toEqual(['Linköpings kommun']);
    expect(invoicePlan({ ...seed000, validity: { ...seed000.validity, start: null } }).problem).toBe('Startdatum saknas.');
  });

  const date = fc
    .record({ year: fc.integer({ min: 2020, max: 2026 }), month: fc.integer({ min: 1, max: 12 }), day: fc.constantFrom(1, 14, 15, 16, 17, 28, 31) })
    .map(({ year, month, day }) => formatDate({ year, month, day: Math.min(day, daysInMonth(year, month)) }));

  it('sums each year’s periods to the schedule’s figure for every period kind, index rule and stated year (property)', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom(...INVOICE_PERIODS),
        fc.constantFrom(0, 0.02, 0.035),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.option(fc.integer({ min: 0, max: 2_000_000 })),
        (start, months, period, rate, stepMonth, amount, stated) => {
          const [y, m] = start.split('-').map(Number);
          const endIndex = y * 12 + m - 1 + months;
          const endYear = Math.floor(endIndex / 12);
          const endMonth = (endIndex % 12) + 1;
          const end = formatDate({ year: endYear, month: endMonth, day: daysInMonth(endYear, endMonth) });
          const candidate: Agreement = {
            ...seed000,
            validity: { start, end, extension: null },
            indexation: rate ? { rate, baseYear: null, stepMonth } : null,
            costItems: [{ party: 'Linköpings kommun', label: 'Bidrag', annualAmount: amount, ...(stated !== null ? { yearAmounts: [{ year: y + 1, amount: stated }] } : {}) }],
            annualTotal: null,
            invoicing: { period },
          };
          const a = parseAgreement(candidate);
          if (!a.ok) throw new Error(a.errors.join('; '));
          const plan = invoicePlan(a.value);
          const schedule = buildSchedule(a.value);
          for (const py of schedule.parties.filter((p) => p.party === 'Linköpings kommun' && p.baseMonths > 0)) {
            const rows = plan.rows.filter((r) => r.period.year === py.year);
            expect(rows.reduce((s, r) => s + r.amount, 0)).toBe(py.baseAmount);
            expect(rows.every((r) => Number.isInteger(r.amount) && r.amount >= 0)).toBe(true);
          }
          expect(new Set(plan.rows.map((r) => r.period.year))).toEqual(new Set(schedule.parties.filter((p) => p.baseMonths > 0).map((p) => p.year)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
