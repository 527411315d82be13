import { readFileSync } from 'fs';
import { join } from 'path';
import type { Agreement } from '../../src/domain/agreement';
import type { InvoiceRecord } from '../../src/domain/invoiceCheck';
import { invoicePlan } from '../../src/domain/invoicePlan';
import { buildSchedule } from '../../src/domain/schedule';
import { importText } from '../../src/import';
import { buildWorkbookPlan, cellAddress, type WorkbookPlan } from '../../src/workbook';
import { writePlanXlsx } from '../../src/writers/xlsx';
import { csvValue, findSoffice, recalculateWithLibreOffice } from './libreoffice';

/**
 * Issue 18's workbook: seed 000 and a quarterly agreement of our own ("faktureras kvartalsvis i förskott", 2 % per
 * new calendar year, from 1 April) imported, invoices recorded in every state, the workbook written as .xlsx without
 * cached values and recalculated by LibreOffice: every formula cell of IOP_Fakturaplan, IOP_Fakturor and Översikt
 * must equal the domain's value, and the quarters must sum to each year's figure in LibreOffice's own numbers.
 */
const soffice = findSoffice();
const describeLo = soffice || process.env.CI ? describe : describe.skip;

const plain = (a: Agreement & { warnings?: unknown; provenance?: unknown }): Agreement => {
  const { warnings: _w, provenance: _p, ...rest } = a;
  return rest;
};

export const QUARTERLY = [
  'Överenskommelse om idéburet offentligt partnerskap mellan Norrköpings kommun och Föreningen Gemenskap',
  '',
  '1. Parter',
  '',
  'Norrköpings kommun genom arbetsmarknadsnämnden, org. nr 212000-0852, och Föreningen Gemenskap, org. nr 802400-2183.',
  '',
  '2. Ekonomi',
  '',
  'Norrköpings kommun bidrar med 1 000 001 kr per år. Föreningen Gemenskap bidrar med 250 000 kr per år.',
  '',
  'Kommunens bidrag faktureras kvartalsvis i förskott av Föreningen Gemenskap. Fakturan skickas till:',
  'Norrköpings kommun, Arbetsmarknadsförvaltningen',
  'Box 100',
  '601 81 Norrköping',
  'Referens: AMF-77',
  '',
  'För varje nytt kalenderår räknas beloppen upp med 2 %.',
  '',
  '3. Giltighet',
  '',
  'Överenskommelsen gäller från och med 2025-04-01 till och med 2027-03-31.',
].join('\n');

const seed000 = plain(importText(readFileSync(join(__dirname, '../fixtures/seeds/000.txt'), 'utf8'), '000.txt').agreements[0]);
const quarterly = plain(importText(QUARTERLY, 'kvartal.txt').agreements[0]);

function invoice(agreement: string, over: Partial<InvoiceRecord>): InvoiceRecord {
  return { agreement, party: '', number: '', date: '2025-03-01', period: '', amount: null, reference: '', attestedOn: null, attestedBy: '', comment: '', ...over };
}

describe('the quarterly test document', () => {
  it('imports as the quarterly agreement it is', () => {
    expect(quarterly.invoicing).toMatchObject({ period: 'quarter', timing: 'advance', reference: 'AMF-77', recipient: 'Norrköpings kommun, Arbetsmarknadsförvaltningen', address: 'Box 100, 601 81 Norrköping' });
    expect(quarterly.validity).toMatchObject({ start: '2025-04-01', end: '2027-03-31' });
    expect(quarterly.indexation).toMatchObject({ rate: 0.02 });
    const schedule = buildSchedule(quarterly);
    const plan = invoicePlan(quarterly);
    for (const year of [2025, 2026, 2027]) {
      const quarters = plan.rows.filter((r) => r.period.year === year);
      expect(quarters.reduce((s, r) => s + r.amount, 0)).toBe(schedule.parties.find((p) => p.year === year && p.party === 'Norrköpings kommun')!.baseAmount);
    }
    expect(plan.rows.map((r) => r.period.label)).toEqual(['kvartal 2 2025', 'kvartal 3 2025', 'kvartal 4 2025', 'kvartal 1 2026', 'kvartal 2 2026', 'kvartal 3 2026', 'kvartal 4 2026', 'kvartal 1 2027']);
  });
});

describeLo('the invoice tables recalculated by LibreOffice', () => {
  const agreements = [{ ...seed000, id: 'iop-stadsmissionen' }, { ...quarterly, id: 'iop-gemenskap' }];
  const S = 'iop-stadsmissionen';
  const Q = 'iop-gemenskap';
  const K = 'Linköpings kommun';
  const N = 'Norrköpings kommun';
  const invoices: InvoiceRecord[] = [
    invoice(S, { party: K, number: '1001', period: 'helår 2025', amount: 1_744_200, reference: '150Z' }),
    invoice(S, { party: K, number: '1001', period: 'helår 2024', amount: 1_710_000, reference: '150Z' }),
    invoice(S, { party: K, number: '1002', period: 'Helår 2024', amount: 1_760_000, reference: 'ID 150010' }),
    invoice(Q, { party: N, number: 'A-1', period: 'kvartal 2 2025', amount: 250_000, reference: 'ref AMF-77' }),
    invoice(Q, { party: N, number: 'A-2', period: 'kvartal 3 2025', amount: 250_001, reference: '' }),
    invoice(Q, { party: N, number: 'A-3', period: 'kvartal 4 2025', amount: 250_000.5, reference: 'AMF-77' }),
    invoice(Q, { party: N, number: 'A-4', period: 'kvartal 1 2025', amount: 1, reference: 'AMF-77' }),
    invoice(Q, { party: 'Region Östergötland', number: 'A-5', period: 'kvartal 1 2026', amount: 255_000 }),
    invoice('iop-okand', { party: N, number: '1', period: 'helår 2025', amount: 5 }),
    invoice(Q, { party: N, number: 'A-6', period: 'kvartal 1 2026', amount: null }),
  ];
  let plan: WorkbookPlan;
  let sheets: Record<string, string[][]>;

  beforeAll(async () => {
    if (!soffice) throw new Error('LibreOffice (soffice) saknas, men i CI måste testet köras: installera libreoffice-calc.');
    plan = buildWorkbookPlan(agreements, { committee: 'Arbetsmarknadsnämnden', baseYear: 2025, indexRate: 0.02, socialFeeRate: 0 }, { year: 2025, invoices });
    const uncached: WorkbookPlan = { ...plan, sheets: plan.sheets.map((sh) => ({ ...sh, cells: sh.cells.map((row) => row.map((c) => (c?.formula ? { ...c, value: null } : c))) })) };
    sheets = recalculateWithLibreOffice(soffice!, await writePlanXlsx(uncached), plan.sheets.map((s) => s.name));
  }, 180_000);

  it('computes every formula cell of the workbook to the domain’s value', () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const sheet of plan.sheets) {
      sheet.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell?.formula) return;
          compared++;
          const got = csvValue(sheets[sheet.name][r]?.[c] ?? '');
          const want = cell.value ?? '';
          const same = typeof want === 'number' && typeof got === 'number' ? Math.abs(got - want) < 1e-6 : String(got) === String(want);
          if (!same) mismatches.push(`${sheet.name}!${cellAddress(r, c)}: LibreOffice ${JSON.stringify(got)}, domänen ${JSON.stringify(want)} — ${cell.formula.slice(0, 200)}`);
        }),
      );
    }
    expect(compared).toBeGreaterThan(300);
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  const table = (sheet: string) => {
    const [header, ...rows] = sheets[sheet];
    return rows.filter((r) => r.some((c) => c !== '')).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
  };

  it('gives the plan’s amounts and each period’s status in LibreOffice’s own numbers', () => {
    const rows = table('Fakturaplan');
    expect(rows.filter((r) => r.Avtal === seed000.name).map((r) => [r.Period, r.Belopp, r.Status])).toEqual([
      ['helår 2024', '1710000', 'Fakturerad 2 gånger'],
      ['helår 2025', '1744200', 'Stämmer'],
    ]);
    const quarters = rows.filter((r) => r['Avtals-id'] === Q);
    expect(quarters.map((r) => [r.Period, Number(r.Belopp)])).toEqual(invoicePlan(quarterly).rows.map((r) => [r.period.label, r.amount]));
    for (const year of ['2025', '2026', '2027']) {
      const sum = quarters.filter((r) => r['År'] === year).reduce((s, r) => s + Number(r.Belopp), 0);
      expect(sum).toBe(buildSchedule(quarterly).parties.find((p) => String(p.year) === year && p.party === N)!.baseAmount);
    }
  });

  it('gives Översikt the year’s invoiced amount and deviation per partnership, in LibreOffice’s own numbers', () => {
    const rows = sheets['Översikt'];
    const header = rows.findIndex((r) => r[0] === 'Namn');
    const at = (h: string) => rows[header].indexOf(h);
    const row = (name: string) => rows.find((r) => r[0] === name)!;
    expect([at('Fakturerat 2025'), at('Avvikelse 2025')].every((i) => i > 0)).toBe(true);
    // Seed 000: helår 2025 invoiced once, as planned.
    expect([row(seed000.name)[at('Fakturerat 2025')], row(seed000.name)[at('Avvikelse 2025')]].map(csvValue)).toEqual([1_744_200, 0]);
    // The quarterly agreement: the 2025 quarters' invoices (kvartal 1 2025 is outside the agreement and not counted).
    const q = invoicePlan(quarterly).rows.filter((r) => r.period.year === 2025);
    const invoiced = 250_000 + 250_001 + 250_000.5;
    expect([row(quarterly.name)[at('Fakturerat 2025')], row(quarterly.name)[at('Avvikelse 2025')]].map(csvValue)).toEqual([invoiced, invoiced - q.reduce((s, r) => s + r.amount, 0)]);
  });

  it('gives each recorded invoice its status', () => {
    expect(table('Fakturor').map((r) => r.Status)).toEqual([
      'Dubblett: samma fakturanummer',
      'Dubblett: samma fakturanummer',
      'Dubblett: perioden redan fakturerad',
      'Stämmer',
      'Referens saknas',
      'Ej hela kronor',
      'Perioden ingår inte i avtalet',
      'Okänd part',
      'Okänt avtal',
      'Belopp saknas',
    ]);
  });
});
