import type { Agreement } from '../domain/agreement';
import { partyAnnualAmount } from '../domain/contributions';
import { INVOICE_STATUS, PERIOD_STATUS, checkInvoice, checkPeriod, plannedAgreements, type InvoiceRecord, type PlannedAgreement } from '../domain/invoiceCheck';
import { invoicePlan } from '../domain/invoicePlan';
import { statedYears } from '../domain/yearAmounts';
import { exactly, indexWeightFormula, monthShareFormula, sideYearFormula, tableColumn, thisRow, type YearOperands } from './calculation';
import {
  AGREEMENT_CALCULATED_COLUMNS,
  INVOICE_CALCULATED_COLUMNS,
  INVOICE_PLAN_CALCULATED_COLUMNS,
  INVOICE_PLAN_TABLE,
  INVOICE_TABLE,
  PARTY_TABLE,
  TABLES,
  YEAR_AMOUNT_TABLE,
} from './names';
import { DATE_FORMAT, INTEGER_FORMAT, KRONOR_FORMAT, PlanCell, formulaString, num, text, type CellValue } from './plan';
import { isoToSerial } from './status';

/*
 * The invoice tables' columns (issue 18). IOP_Fakturaplan: one row per agreement, public party and period, written
 * from the domain's plan; its amount is the party's figure for the months up to the period's end less that up to its
 * start, each rounded once (the domain's cumulative rounding), computed by the same building blocks as the year
 * figures (indexWeightFormula, monthShareFormula, sideYearFormula) over the agreement's row in IOP_Avtal, the
 * party's row in IOP_Parter and its amounts stated for the year in IOP_Belopp. IOP_Fakturor: the invoices received;
 * each row's expected amount and status, by the rules of src/domain/invoiceCheck.ts. Values: the domain's.
 */

const A = TABLES.agreements;
const F = INVOICE_TABLE;
const P = INVOICE_PLAN_TABLE;
const NBSP = '\u00a0';

/**
 * A whole number of kronor grouped by three with a no-break space (groupDigits), as a formula over `n` (an
 * expression that is a whole number ≥ 0): Excel's TEXT formats depend on the user's locale, arithmetic does not.
 */
export function groupedFormula(n: string): string {
  const group = (div: string) => `RIGHT("00"&INT(MOD(${n},${div}*1000)/${div}),3)`;
  const space = formulaString(NBSP);
  const upTo = (levels: string[]) => [`INT(${n}/${levels[0]})`, ...levels.slice(1).map(group), `RIGHT("00"&MOD(${n},1000),3)`].join(`&${space}&`);
  return `IF(${n}>=1000000000000,${n}&"",IF(${n}>=1000000000,${upTo(['1000000000', '1000000', '1000'])},IF(${n}>=1000000,${upTo(['1000000', '1000'])},IF(${n}>=1000,${upTo(['1000'])},${n}&""))))`;
}

/** "Avviker med 15 800 kr" over a difference expression (INVOICE_STATUS.differs). */
function differsFormula(difference: string): string {
  return `"Avviker med "&${groupedFormula(`ROUND(ABS(${difference}),0)`)}&" kr"`;
}

/** IOP_Fakturaplan's calculated columns, in INVOICE_PLAN_CALCULATED_COLUMNS order. */
function planFormulas(): string[] {
  const R = (c: string) => thisRow(P, c);
  const key = R('Avtals-id');
  const at = (c: string) => `INDEX(${tableColumn(A, c)},MATCH(${key},${tableColumn(A, 'Avtals-id')},0))`;
  const stated = (column: 'Ersätter' | 'Belopp') =>
    `SUMIFS(${tableColumn(YEAR_AMOUNT_TABLE, column)},${tableColumn(YEAR_AMOUNT_TABLE, 'Avtals-id')},${key},${tableColumn(YEAR_AMOUNT_TABLE, 'Part')},${exactly(R('Part'))},${tableColumn(YEAR_AMOUNT_TABLE, 'År')},${R('År')},${tableColumn(YEAR_AMOUNT_TABLE, 'Räknas')},1)`;
  // The party's figure for the months 1–`month` of the year (monthsUpTo), rounded once.
  const upTo = (month: string) => {
    const o: YearOperands = { first: R('Första månad'), last: `MIN(${R('Sista månad')},${R('År')}*12+${month})`, year: R('År'), step: R('Steg månad'), rate: R('Indexsats'), baseYear: R('Basår') };
    return sideYearFormula(R('Belopp per år'), R('Ersätts'), R('Angivet'), indexWeightFormula(o), monthShareFormula(o));
  };
  const invoices = `${tableColumn(F, 'Avtals-id')},${exactly(key)},${tableColumn(F, 'Part')},${exactly(R('Part'))},${tableColumn(F, 'Period')},${exactly(R('Period'))}`;
  return [
    `=IF(AND(ISNUMBER(${R('Första månad')}),ISNUMBER(${R('Sista månad')})),${upTo(R('Till månad'))}-${upTo(`(${R('Från månad')}-1)`)},"")`,
    // invoiceDueDate: in advance the period's first day (not before the agreement's), else the end of the month after.
    `=IF(${R('I förskott')}=1,MAX(DATE(${R('År')},${R('Från månad')},1),${R('Räknas från')}),EOMONTH(DATE(${R('År')},${R('Till månad')},1),1))`,
    `=COUNTIFS(${invoices})`,
    `=SUMIFS(${tableColumn(F, 'Belopp')},${invoices})`,
    `=IF(AND(${R('Fakturor')}>0,ISNUMBER(${R('Belopp')})),${R('Fakturerat')}-${R('Belopp')},"")`,
    `=IF(NOT(ISNUMBER(${R('Belopp')})),"",IF(${R('Fakturor')}>1,"Fakturerad "&${R('Fakturor')}&" gånger",IF(${R('Fakturor')}=1,IF(${R('Avvikelse')}=0,${formulaString(PERIOD_STATUS.matches)},${differsFormula(R('Avvikelse'))}),IF(TODAY()>${R('Förfaller')},${formulaString(PERIOD_STATUS.missing)},${formulaString(PERIOD_STATUS.expected)}))))`,
    `=SUMIFS(${tableColumn(PARTY_TABLE, 'Belopp per år')},${tableColumn(PARTY_TABLE, 'Avtals-id')},${key},${tableColumn(PARTY_TABLE, 'Part')},${exactly(R('Part'))})`,
    `=${stated('Ersätter')}`,
    `=${stated('Belopp')}`,
    `=${at('Första månad')}`,
    `=${at('Sista månad')}`,
    `=${at('Steg månad')}`,
    `=N(${at('Indexsats')})`,
    `=${at('Basår räknat')}`,
    `=${at('Räknas från')}`,
    `=IF(ISNUMBER(SEARCH("förskott",${at('Fakturering')}&"")),1,0)`,
  ];
}

/** IOP_Fakturor's calculated columns, in INVOICE_CALCULATED_COLUMNS order (checkInvoice as formulas). */
function invoiceFormulas(): string[] {
  const R = (c: string) => thisRow(F, c);
  const key = exactly(R('Avtals-id'));
  const inPlan = `${tableColumn(P, 'Avtals-id')},${key},${tableColumn(P, 'Part')},${exactly(R('Part'))},${tableColumn(P, 'Period')},${exactly(R('Period'))}`;
  // Reached only once the key is an agreement's (its COUNTIFS above): MATCH then finds it, wildcards and all ruled out.
  const at = (c: string) => `INDEX(${tableColumn(A, c)},MATCH(${R('Avtals-id')},${tableColumn(A, 'Avtals-id')},0))&""`;
  const required = `IF(${at('Fakturareferens')}<>"",${at('Fakturareferens')},${at('Märkning')})`;
  const given = `${R('Referens')}&""`;
  const S = INVOICE_STATUS;
  const checks: [string, string][] = [
    [`COUNTIFS(${tableColumn(A, 'Avtals-id')},${key})=0`, formulaString(S.unknownAgreement)],
    [`COUNTIFS(${tableColumn(P, 'Avtals-id')},${key},${tableColumn(P, 'Part')},${exactly(R('Part'))})=0`, formulaString(S.unknownParty)],
    [`NOT(ISNUMBER(${R('Förväntat')}))`, formulaString(S.outsidePeriod)],
    [`NOT(ISNUMBER(${R('Belopp')}))`, formulaString(S.noAmount)],
    [`${R('Belopp')}<>ROUND(${R('Belopp')},0)`, formulaString(S.notWhole)],
    [`AND(${R('Fakturanummer')}&""<>"",COUNTIFS(${tableColumn(F, 'Avtals-id')},${key},${tableColumn(F, 'Fakturanummer')},${exactly(R('Fakturanummer'))})>1)`, formulaString(S.duplicateNumber)],
    [`COUNTIFS(${tableColumn(F, 'Avtals-id')},${key},${tableColumn(F, 'Part')},${exactly(R('Part'))},${tableColumn(F, 'Period')},${exactly(R('Period'))})>1`, formulaString(S.duplicatePeriod)],
    [`${R('Avvikelse')}<>0`, differsFormula(R('Avvikelse'))],
    [`LEN(${required})=0`, formulaString(S.matches)],
    [`LEN(TRIM(${given}))=0`, formulaString(S.noReference)],
    [`ISERROR(FIND(LOWER(${required}),LOWER(${given})))`, `"Fel referens (ska innehålla "&${required}&")"`],
  ];
  const status = checks.reduceRight((rest, [test, answer]) => `IF(${test},${answer},${rest})`, formulaString(S.matches));
  return [
    `=IF(COUNTIFS(${inPlan})>0,SUMIFS(${tableColumn(P, 'Belopp')},${inPlan}),"")`,
    `=IF(AND(ISNUMBER(${R('Förväntat')}),ISNUMBER(${R('Belopp')})),${R('Belopp')}-${R('Förväntat')},"")`,
    `=${status}`,
  ];
}

/** The formulas of a calculated column set: the invoice plan's or the invoices'. */
export function invoiceCalculatedFormulas(kind: 'invoicePlan' | 'invoices'): string[] {
  return kind === 'invoicePlan' ? planFormulas() : invoiceFormulas();
}

const FORMATS: Record<string, string> = {
  Belopp: KRONOR_FORMAT,
  Förväntat: KRONOR_FORMAT,
  Fakturerat: KRONOR_FORMAT,
  Avvikelse: KRONOR_FORMAT,
  'Belopp per år': KRONOR_FORMAT,
  Ersätts: KRONOR_FORMAT,
  Angivet: KRONOR_FORMAT,
  Förfaller: DATE_FORMAT,
  'Räknas från': DATE_FORMAT,
  Indexsats: '0.0%',
};

function cells(columns: readonly string[], formulas: readonly string[], values: readonly CellValue[]): PlanCell[] {
  return columns.map((column, i) => {
    const format = FORMATS[column] ?? (column === 'Status' ? null : INTEGER_FORMAT);
    return format ? { formula: formulas[i], value: values[i], format } : { formula: formulas[i], value: values[i] };
  });
}

/** What the invoice tables' values are computed against: the invoices recorded and the day (TODAY() in the sheet). */
export interface InvoiceValues {
  records: readonly InvoiceRecord[];
  today: string;
}

/**
 * IOP_Fakturaplan rows of one agreement (the domain's plan), with the calculated columns' values; `terms` are the
 * agreement's own calculated cells in IOP_Avtal (agreementCalculatedCells), whose values its rows read.
 */
export function invoicePlanRows(a: Agreement, key: string, terms: readonly PlanCell[], values: InvoiceValues): PlanCell[][] {
  const plan = invoicePlan(a);
  const planned: PlannedAgreement = { key, agreement: a, plan };
  const term = (c: (typeof AGREEMENT_CALCULATED_COLUMNS)[number]) => terms[AGREEMENT_CALCULATED_COLUMNS.indexOf(c)].value;
  const formulas = planFormulas();
  return plan.rows.map((row) => {
    const check = checkPeriod(planned, row, values.records, values.today);
    const stated = statedYears(a, row.party).get(row.period.year);
    return [
      text(key),
      text(a.name),
      text(row.party),
      text(row.issuer ?? ''),
      text(row.period.label),
      num(row.period.year, INTEGER_FORMAT),
      num(row.period.from, INTEGER_FORMAT),
      num(row.period.to, INTEGER_FORMAT),
      ...cells(INVOICE_PLAN_CALCULATED_COLUMNS, formulas, [
        row.amount,
        isoToSerial(row.due),
        check.invoices,
        check.invoiced,
        check.difference ?? '',
        check.status,
        partyAnnualAmount(a, row.party),
        stated?.replaced ?? 0,
        stated?.stated ?? 0,
        term('Första månad'),
        term('Sista månad'),
        term('Steg månad'),
        a.indexation?.rate ?? 0,
        term('Basår räknat'),
        term('Räknas från'),
        plan.timing === 'advance' ? 1 : 0,
      ]),
    ];
  });
}

/** IOP_Fakturor rows of the recorded invoices, in their order, with each one's expected amount and status. */
export function invoiceRows(agreements: readonly Agreement[], keys: readonly string[], records: readonly InvoiceRecord[]): PlanCell[][] {
  const plans = plannedAgreements(agreements, keys);
  const formulas = invoiceFormulas();
  const optional = (v: number | null, format: string) => (v === null ? text('') : num(v, format));
  const date = (iso: string | null) => (iso ? num(isoToSerial(iso), DATE_FORMAT) : text(''));
  return records.map((r, i) => {
    const check = checkInvoice(records, i, plans);
    const agreement = plans.find((p) => p.key.toLowerCase() === r.agreement.toLowerCase())?.agreement;
    return [
      text(r.agreement),
      text(agreement?.name ?? ''),
      text(r.party),
      text(r.number),
      date(r.date),
      text(r.period),
      optional(r.amount, KRONOR_FORMAT),
      text(r.reference),
      date(r.attestedOn),
      text(r.attestedBy),
      text(r.comment),
      ...cells(INVOICE_CALCULATED_COLUMNS, formulas, [check.expected ?? '', check.difference ?? '', check.status]),
    ];
  });
}
