import { readFileSync } from 'fs';
import { join } from 'path';
import type { Agreement } from '../../../src/domain/agreement';
import type { InvoiceRecord } from '../../../src/domain/invoiceCheck';
import { defaultSettings } from '../../../src/domain/settings';
import { FIGURE_LABELS, reportFor } from '../../../src/domain/yearReport';
import { importText } from '../../../src/import';
import { agreementKeys } from '../../../src/workbook/key';
import { mergeSameAgreement, type FoundAgreement } from '../../../src/workbook/mergeDocuments';
import { buildMemo, MEMO_COLUMNS } from '../../../src/writers/docx';

const dir = join(__dirname, '../../fixtures/seeds');
const AN = 'Arbetsmarknadsnämnden';
const kronor = (s: string) => Number(s.replace(/\D/g, ''));

function seeds(files: readonly string[]): Agreement[] {
  const found: FoundAgreement[] = files.flatMap((file) => {
    const r = importText(readFileSync(join(dir, file), 'utf8'), file);
    return r.agreements.map((agreement) => ({ agreement, kind: r.documentKind, source: file }));
  });
  return mergeSameAgreement(found);
}

const all = seeds(['000.txt', '001.txt', '002.md', '003.md', '004.txt']);
const memoOf = (agreements: readonly Agreement[], year: number) => buildMemo(agreements, defaultSettings(), { year, committee: AN, today: new Date(2026, 0, 15) });

describe('the memo is the committee’s year report', () => {
  it('2021: seed 004’s five partnerships with the year’s figures, "fem … med fem", the figure named', () => {
    const memo = memoOf(all, 2021);
    const report = reportFor(all, AN, 2021);
    expect(memo.rows.map((r) => r[MEMO_COLUMNS.name])).toEqual(report.counted.map((r) => r.agreement.name));
    expect(memo.rows.map((r) => kronor(r[MEMO_COLUMNS.value]))).toEqual(report.counted.map((r) => r.inYear!.total));
    expect(memo.rows.map((r) => kronor(r[MEMO_COLUMNS.cost]))).toEqual(report.counted.map((r) => r.inYear!.committee));
    expect([kronor(memo.totals[MEMO_COLUMNS.value]), kronor(memo.totals[MEMO_COLUMNS.cost])]).toEqual([6_379_326, 3_375_000]);
    expect(memo.arende[0]).toBe('Inom arbetsmarknadsnämnden finns under 2021 fem idéburna offentliga partnerskap (IOP) med fem olika aktörer från det lokala civilsamhället.');
    expect(memo.figure).toBe(FIGURE_LABELS.inYear(2021));
    expect(memo.tableIntro).toContain(FIGURE_LABELS.inYear(2021));
    expect(memo.columns.slice(4, 6)).toEqual(['Beräknat värde 2021', 'Kostnad AN 2021']);
    expect(memo.sections.map((s) => s.name)).toEqual(memo.rows.map((r) => r[0]));
  });

  it('says which rows count from the overview’s year because their start is not known', () => {
    const memo = memoOf(all, 2021);
    expect(memo.tableNotes).toEqual([
      {
        heading: 'Medräknade utan känt startdatum:',
        lines: ['Bro-modellen', 'Vi Ses!', 'Kompletterande språkträning'].map((n) => `${n} – startdatum saknas: räknas från 2021, året då nämndens översikt anger avtalet (ange startdatum om det är känt).`),
      },
    ]);
  });

  it('uses the overview’s short category and purpose where an overview row joined an agreement document', () => {
    const hoppfull = memoOf(all, 2021).rows.find((r) => r[0] === 'Hoppfull framtid')!;
    // Seed 001's own texts are paragraphs; seed 004's row says it shortly.
    expect(all.find((a) => a.name === 'Hoppfull framtid')!.targetGroup!.length).toBeGreaterThan(200);
    expect([hoppfull[MEMO_COLUMNS.targetGroup], hoppfull[MEMO_COLUMNS.purpose]]).toEqual(['delvis självständig → mycket självständig', 'arbetslik aktivitet (40 platser)']);
  });

  it('2025: seed 000 in its second year (× 1,02); the overview’s partnerships have ended and are not listed', () => {
    const memo = memoOf(all, 2025);
    expect(memo.rows.map((r) => [kronor(r[MEMO_COLUMNS.value]), kronor(r[MEMO_COLUMNS.cost]), r[MEMO_COLUMNS.validity]])).toEqual([[4_914_972, 1_744_200, '25.12.31']]);
    expect(memo.arende[0]).toBe('Inom arbetsmarknadsnämnden finns under 2025 ett idéburet offentligt partnerskap (IOP) med en aktör från det lokala civilsamhället.');
    expect(memo.tableNotes).toEqual([]);
  });

  it('lists an agreement whose year is unknown below the table and in Ärende, and counts it nowhere', () => {
    // Seed 003 alone: a start (2021-01-01) and no end, so whether it runs in 2025 is unknown.
    const only003 = seeds(['003.md']);
    const memo = memoOf([...seeds(['000.txt']), ...only003], 2025);
    const name = only003[0].name;
    expect(memo.rows.map((r) => r[0])).not.toContain(name);
    expect(memo.counts).toEqual({ partnerships: 1, partners: 1, unknown: 1 });
    expect(memo.arende[1]).toBe(`För ett partnerskap saknas uppgifter för att avgöra om det gäller under 2025: ${name}. Det ingår inte i tabellen eller i summan och redovisas under tabellen.`);
    expect(memo.tableNotes).toEqual([{ heading: 'Ej medräknade, eftersom uppgifter saknas:', lines: [`${name} – slutdatum saknas.`] }]);
    expect(kronor(memo.totals[MEMO_COLUMNS.value])).toBe(4_914_972);
  });
});

describe('the follow-up per partnership states the year invoiced against agreed (issue 18)', () => {
  const keys = agreementKeys(all);
  const at = all.findIndex((a) => a.name === 'IOP Östergötlands Stadsmission');
  const key = keys[at];
  const invoice = (over: Partial<InvoiceRecord>): InvoiceRecord => ({ agreement: key, party: 'Linköpings kommun', number: '1', date: '2025-01-10', period: 'helår 2025', amount: 1_744_200, reference: '150Z', attestedOn: null, attestedBy: '', comment: '', ...over });
  const factOf = (invoices: InvoiceRecord[]) => {
    const memo = buildMemo(all, defaultSettings(), { year: 2025, committee: AN, today: new Date(2026, 0, 15), invoices });
    // Amounts are grouped with no-break spaces, as formatKronor writes them.
    return memo.sections.find((s) => s.name === 'IOP Östergötlands Stadsmission')!.facts.find((f) => f.startsWith('Fakturerat'))?.replace(/\u00a0/g, ' ');
  };

  it('names the agreed amount while nothing is invoiced', () => {
    expect(factOf([])).toBe('Fakturerat 2025: inget av 1 744 200 kr enligt avtalet');
  });

  it('says the year matches when the invoice is the plan’s amount', () => {
    expect(factOf([invoice({})])).toBe('Fakturerat 2025: 1 744 200 kr av 1 744 200 kr enligt avtalet – stämmer');
  });

  it('says by how much an invoice differs, and in which direction', () => {
    expect(factOf([invoice({ amount: 1_760_000 })])).toBe('Fakturerat 2025: 1 760 000 kr av 1 744 200 kr enligt avtalet – avviker med 15 800 kr för mycket');
    expect(factOf([invoice({ amount: 1_700_000 })])).toBe('Fakturerat 2025: 1 700 000 kr av 1 744 200 kr enligt avtalet – avviker med 44 200 kr för lite');
  });

  it('says nothing of invoices when none were read (documents only)', () => {
    const memo = buildMemo(all, defaultSettings(), { year: 2025, committee: AN, today: new Date(2026, 0, 15) });
    expect(memo.sections.flatMap((s) => s.facts).filter((f) => f.startsWith('Fakturerat'))).toEqual([]);
  });

  it('counts only the year’s periods of this agreement', () => {
    expect(factOf([invoice({ period: 'helår 2024', amount: 1_710_000 }), invoice({ agreement: 'annat-avtal' })])).toBe('Fakturerat 2025: inget av 1 744 200 kr enligt avtalet');
  });
});
