import { readFileSync } from 'fs';
import { join } from 'path';
import { invoicePlan } from '../../src/domain/invoicePlan';
import { importText } from '../../src/import';
import { EMPTY_ENTRY, amountProblem, entryProblems, invoiceRecordOf, periodProblem } from '../../src/taskpane/invoiceEntry';

/** "Registrera faktura": each field's message in Swedish, and the record as the sheet gets it (issue 18, item 5). */
const seed000 = importText(readFileSync(join(__dirname, '../fixtures/seeds/000.txt'), 'utf8'), '000.txt').agreements[0];
const plan = invoicePlan(seed000);
const K = 'Linköpings kommun';

describe('the invoice form’s fields', () => {
  it('takes whole kronor as Swedes type them and refuses öre, text and negative amounts', () => {
    expect(['1 744 200', '1744200', '1 744 200 kr', '1.744.200'].map((t) => amountProblem(t))).toEqual([null, null, null, null]);
    expect(amountProblem('1 744 200,50')).toBe('Beloppet ska vara hela kronor, utan öre: skriv t.ex. 1 744 200.');
    expect(amountProblem('etthundra')).toBe('Skriv beloppet som ett tal i hela kronor, t.ex. 1 744 200.');
    expect(amountProblem('-5')).toBe('Beloppet kan inte vara mindre än 0 kr.');
    expect(amountProblem('')).toBeNull();
    expect(amountProblem('', true)).toBe('Ange beloppet i hela kronor, t.ex. 1 744 200.');
  });

  it('takes a period the plan has, written as invoices write it, and names the agreement’s periods otherwise', () => {
    expect(['helår 2025', 'Helår 2025', '2025', 'år 2024'].map((t) => periodProblem(t, plan, K))).toEqual([null, null, null, null]);
    expect(periodProblem('helår 2027', plan, K)).toBe('helår 2027 ingår inte i avtalet: perioderna för Linköpings kommun är helår 2024, helår 2025.');
    expect(periodProblem('Q2 2025', plan, K)).toBe('kvartal 2 2025 ingår inte i avtalet: perioderna för Linköpings kommun är helår 2024, helår 2025.');
    expect(periodProblem('nästa år', plan, K)).toBe('Skriv perioden som på fakturan, t.ex. helår 2025, kvartal 2 2025 eller mars 2025.');
  });

  it('keeps what was typed: problems are per field, the entry itself is not changed', () => {
    const entry = { ...EMPTY_ENTRY, party: K, period: 'helår 2030', amount: '12,5', date: '2025-13-01' };
    const copy = { ...entry };
    expect(Object.keys(entryProblems(entry, plan)).sort()).toEqual(['amount', 'date', 'number', 'period']);
    expect(entryProblems(entry, plan).number).toBe('Skriv fakturans nummer: med det upptäcks en faktura som registreras två gånger.');
    expect(entry).toEqual(copy);
  });

  it('writes the period as the plan names it and the amount as a number', () => {
    const entry = { ...EMPTY_ENTRY, party: K, number: ' 1001 ', period: 'Helår 2025', amount: '1 744 200 kr', date: '20250115', reference: '150Z' };
    expect(entryProblems(entry, plan)).toEqual({});
    expect(invoiceRecordOf(entry, 'iop-1')).toEqual({
      agreement: 'iop-1', party: K, number: '1001', date: '2025-01-15', period: 'helår 2025', amount: 1_744_200, reference: '150Z', attestedOn: null, attestedBy: '', comment: '',
    });
  });
});
