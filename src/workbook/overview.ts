import type { Agreement } from '../domain/agreement';
import { committeeAbbreviation, partnerNames } from '../domain/committee';
import { REPORT_STATUS, costPerParticipant, reportStatus, type FollowUpRecord } from '../domain/followUp';
import { invoicedInYear, type InvoiceRecord } from '../domain/invoiceCheck';
import { invoicePlan } from '../domain/invoicePlan';
import { toKronor } from '../domain/money';
import { effectiveEnd } from '../domain/validity';
import { FIGURE_LABELS, type AgreementYear, type CommitteeYearReport } from '../domain/yearReport';
import { tableColumn } from './calculation';
import { FOLLOW_UP_TABLE, INVOICE_PLAN_TABLE, SHEETS, TABLES } from './names';
import { INTEGER_FORMAT, KRONOR_FORMAT, PlanCell, SHORT_DATE_FORMAT, DATE_FORMAT, SheetPlan, cellAddress, formula, formulaString, num, text } from './plan';
import { STATUS, agreementStatus, effectiveEndFormula, extendableFormula, isoToSerial } from './status';

/** What each overview column shows; the committee's own sheet may hold any subset, in any order. */
export const OVERVIEW_ROLES = [
  'name',
  'partners',
  'targetGroup',
  'purpose',
  'value',
  'cost',
  'validity',
  'status',
  'places',
  'costPerPlace',
  'valueYear',
  'costYear',
  'participants',
  'costPerParticipant',
  'placesUsed',
  'reportStatus',
  // Issue 18: after the follow-up's columns, so none of those moves; the technical Avtals-id stays last.
  'invoiced',
  'invoiceDeviation',
  'key',
] as const;
export type OverviewRole = (typeof OVERVIEW_ROLES)[number];

export function overviewHeaders(committee: string, year: number): Record<OverviewRole, string> {
  const abbr = committeeAbbreviation(committee);
  return {
    name: 'Namn',
    partners: 'Samverkanspart/-er',
    targetGroup: 'Kategorisering/målgrupp',
    purpose: 'Verksamhetens syfte',
    value: 'Beräknat värde/år',
    cost: `Kostnad ${abbr}/år`,
    validity: 'Giltighet',
    status: 'Status',
    places: 'Platser',
    costPerPlace: 'Kostnad/plats',
    valueYear: `Värde ${year}`,
    costYear: `Kostnad ${abbr} ${year}`,
    participants: `Deltagare ${year}`,
    costPerParticipant: `Kostnad/deltagare ${year}`,
    placesUsed: `Helårsplatser ${year}`,
    reportStatus: `Rapport ${year}`,
    invoiced: `Fakturerat ${year}`,
    invoiceDeviation: `Avvikelse ${year}`,
    key: 'Avtals-id',
  };
}

const fold = (s: string) => s.toLowerCase().replace(/[^a-zåäöé0-9]/g, '');

/**
 * Recognises a header cell of the committee's own overview, allowing small variations in wording
 * ("Kategorisering/ målgrupp", "Kostnad AN/år", "Beräknat värde per år").
 */
export function headerRole(header: string): OverviewRole | null {
  const h = fold(header);
  if (!h) return null;
  if (h === 'namn' || h === 'iop' || h === 'namnpåiop' || h === 'partnerskap') return 'name';
  if (h.includes('samverkan') || h.startsWith('partner') || h === 'parter') return 'partners';
  if (h.includes('målgrupp') || h.includes('kategoris')) return 'targetGroup';
  if (h.includes('syfte')) return 'purpose';
  if (h.includes('plats') && h.includes('kostnad')) return 'costPerPlace';
  if (h.includes('deltagare')) return h.includes('kostnad') ? 'costPerParticipant' : 'participants';
  if (h.includes('helårsplats') && /\d{4}/.test(h)) return 'placesUsed';
  if (h.startsWith('rapport')) return 'reportStatus';
  if (h.startsWith('fakturerat')) return 'invoiced';
  if (h.startsWith('avvikelse')) return 'invoiceDeviation';
  if (h.includes('värde') && /\d{4}/.test(h)) return 'valueYear';
  if (h.includes('kostnad') && /\d{4}/.test(h)) return 'costYear';
  if (h.includes('värde')) return 'value';
  if (h.startsWith('kostnad')) return 'cost';
  if (h.includes('giltig') || h.includes('avtalstid') || h === 'slutdatum') return 'validity';
  if (h === 'status') return 'status';
  if (h === 'platser' || h === 'antalplatser') return 'places';
  if (h === 'avtalsid') return 'key';
  return null;
}

/** The seven columns of seed 004 must mostly be there (Namn and at least four others) to count as its overview. */
export function overviewColumns(headerRow: readonly unknown[]): Partial<Record<OverviewRole, number>> | null {
  const roles: Partial<Record<OverviewRole, number>> = {};
  headerRow.forEach((h, i) => {
    const role = typeof h === 'string' ? headerRole(h) : null;
    if (role && roles[role] === undefined) roles[role] = i;
  });
  const seven: OverviewRole[] = ['name', 'partners', 'targetGroup', 'purpose', 'value', 'cost', 'validity'];
  const found = seven.filter((r) => roles[r] !== undefined).length;
  return roles.name !== undefined && found >= 5 ? roles : null;
}

export interface OverviewContext {
  committee: string;
  year: number;
  /** The status date as a formula operand: a cell ("$B$2") or DATE(…). */
  statusRef: string;
  statusDate: string;
  /** What the committee recorded (IOP_Uppfoljning), for the values beside the follow-up formulas. */
  records?: readonly FollowUpRecord[];
  /**
   * The day the plan is made (ISO). A report is late against the real date (TODAY() in the sheet), not the
   * status date: the status date lies within the chosen year, the report on it is due the year after.
   */
  today?: string;
  /** The invoices received (IOP_Fakturor), for the values beside the invoice formulas. */
  invoices?: readonly InvoiceRecord[];
}

/** A column of the agreement's row in IOP_Avtal, found by its Avtals-id (one step to the row it comes from). */
function agreementCell(key: string): (column: string) => string {
  return (column) => `INDEX(${tableColumn(TABLES.agreements, column)},MATCH(${formulaString(key)},${tableColumn(TABLES.agreements, 'Avtals-id')},0))`;
}

/**
 * The chosen year's follow-up as formulas over IOP_Uppfoljning (matched by Avtals-id and År) and the
 * agreement's own row: participants, the committee's cost of the year per participant, full-year places
 * used, and the report's status ("Inkommen", "Försenad" once today is past the due day, else "Saknas";
 * nothing when the agreement requires no report). Values from src/domain/followUp.ts.
 */
function followUpCells(a: Agreement, key: string, ctx: OverviewContext, at: (h: string) => string, costYearF: string | null, costYearValue: number): Pick<Record<OverviewRole, PlanCell>, 'participants' | 'costPerParticipant' | 'placesUsed' | 'reportStatus'> {
  const F = (c: string) => tableColumn(FOLLOW_UP_TABLE, c);
  const Y = ctx.year;
  const match = `${F('Avtals-id')},${formulaString(key)},${F('År')},${Y}`;
  const has = (c: string) => `COUNTIFS(${match},${F(c)},"<>")>0`;
  const sum = (c: string) => `SUMIFS(${F(c)},${match})`;
  const record = (ctx.records ?? []).find((r) => r.year === Y && (r.agreement === key || r.agreement === a.id || r.agreement === a.name));
  const participants = record?.participants ?? null;
  const placesUsed = record?.placesUsed ?? null;
  const perParticipant = costYearF ? costPerParticipant(costYearValue, participants) : null;
  const due = `LEN(${at('Rapport senast')}&"")=5`;
  const month = `VALUE(LEFT(${at('Rapport senast')}&"",2))`;
  const day = `MIN(VALUE(RIGHT(${at('Rapport senast')}&"",2)),DAY(EOMONTH(DATE(${Y + 1},${month},1),0)))`;
  const noReport = `AND(ISNUMBER(${at('Rapporter/år')}),N(${at('Rapporter/år')})=0)`;
  return {
    participants: formula(`=IF(${has('Deltagare')},${sum('Deltagare')},"")`, participants ?? '', INTEGER_FORMAT),
    costPerParticipant: costYearF
      ? formula(`=IF(${has('Deltagare')},IF(${sum('Deltagare')}>0,ROUND(${costYearF}/${sum('Deltagare')},0),""),"")`, perParticipant ?? '', KRONOR_FORMAT)
      : text(''),
    placesUsed: formula(`=IF(${has('Helårsplatser använda')},${sum('Helårsplatser använda')},"")`, placesUsed ?? ''),
    reportStatus: formula(
      `=IF(${has('Rapport inkommen')},"${REPORT_STATUS.received}",IF(${noReport},"",IF(${due},IF(TODAY()>DATE(${Y + 1},${month},${day}),"${REPORT_STATUS.late}","${REPORT_STATUS.missing}"),"${REPORT_STATUS.missing}")))`,
      reportStatus(record, a.followUp, Y, ctx.today ?? ctx.statusDate),
    ),
  };
}

/** The invoices by agreement key (any case, as COUNTIFS matches), built once per list: a big workbook has thousands of each. */
const invoicesByKey = new WeakMap<readonly InvoiceRecord[], Map<string, InvoiceRecord[]>>();
function invoicesOf(all: readonly InvoiceRecord[], key: string): InvoiceRecord[] {
  let byKey = invoicesByKey.get(all);
  if (!byKey) {
    byKey = new Map();
    for (const r of all) {
      const k = r.agreement.toLowerCase();
      const list = byKey.get(k);
      if (list) list.push(r);
      else byKey.set(k, [r]);
    }
    invoicesByKey.set(all, byKey);
  }
  return byKey.get(key.toLowerCase()) ?? [];
}

/**
 * The year's invoices against the plan (invoicedInYear), as formulas over IOP_Fakturaplan's rows of the agreement
 * and year: "Fakturerat {år}" sums what was invoiced for the year's periods (empty when the plan has none), "Avvikelse
 * {år}" the differences of the periods invoiced so far (empty before the first invoice).
 */
function invoiceCells(a: Agreement, key: string, ctx: OverviewContext): Pick<Record<OverviewRole, PlanCell>, 'invoiced' | 'invoiceDeviation'> {
  const P = (c: string) => tableColumn(INVOICE_PLAN_TABLE, c);
  const match = `${P('Avtals-id')},${formulaString(key)},${P('År')},${ctx.year}`;
  const year = invoicedInYear({ key, agreement: a, plan: invoicePlan(a, [ctx.year]) }, invoicesOf(ctx.invoices ?? [], key), ctx.year);
  return {
    invoiced: formula(`=IF(COUNTIFS(${match})=0,"",SUMIFS(${P('Fakturerat')},${match}))`, year.periods > 0 ? year.invoiced : '', KRONOR_FORMAT),
    invoiceDeviation: formula(`=IF(COUNTIFS(${match},${P('Fakturor')},">0")=0,"",SUMIFS(${P('Avvikelse')},${match}))`, year.difference ?? '', KRONOR_FORMAT),
  };
}

/** The overview's short text when its row was merged in (Kategorisering/Syfte (översikt)), else the agreement's own. */
function shortText(at: (h: string) => string, short: string, own: string): string {
  return `=IF(${at(short)}&""<>"",${at(short)}&"",${at(own)}&"")`;
}

/**
 * Every overview cell of one agreement, as formulas over its row in IOP_Avtal: the first year's level
 * ("Beräknat värde/år", "Kostnad AN/år": its columns Värde per år, Nämndens per år) and the year's figures (Värde and
 * Kostnad {år}: its columns for the overview's year, written for this committee and year). Values: the domain's
 * (agreementYear). For an agreement the year does not count, the year's cells are empty.
 */
export function overviewCells(row: AgreementYear, key: string, ctx: OverviewContext): Record<OverviewRole, PlanCell> {
  const a = row.agreement;
  const at = agreementCell(key);
  const S = ctx.statusRef;
  const E = effectiveEndFormula(at);
  const end = effectiveEnd(a.validity);
  const places = a.places;
  const cost = row.firstYearLevel.committee;
  const counted = row.inYear !== null;
  const costYearF = counted ? at('Nämndens översiktsåret') : null;
  return {
    ...followUpCells(a, key, ctx, at, costYearF, row.inYear?.committee ?? 0),
    ...invoiceCells(a, key, ctx),
    name: formula(`=${at('Namn')}&""`, a.name),
    partners: text(partnerNames(a, ctx.committee)),
    targetGroup: formula(shortText(at, 'Kategorisering (översikt)', 'Målgrupp'), a.overviewText?.targetGroup || a.targetGroup || ''),
    purpose: formula(shortText(at, 'Syfte (översikt)', 'Syfte'), a.overviewText?.purpose || a.purpose || ''),
    value: formula(`=${at('Värde per år')}`, row.firstYearLevel.total, KRONOR_FORMAT),
    cost: formula(`=${at('Nämndens per år')}`, cost, KRONOR_FORMAT),
    // Giltighet: to a decided extension's end when one is recorded.
    validity: formula(`=IF(ISNUMBER(${at('Slut')}),${E},"")`, end ? isoToSerial(end) : '', SHORT_DATE_FORMAT),
    status: counted
      ? formula(
          `=IF(ISNUMBER(${at('Slut')}),IF(${E}<${S},IF(${extendableFormula(at, S)},"${STATUS.extendable}","${STATUS.ended}"),IF(${E}<=EDATE(${S},6),"${STATUS.endingSoon}",IF(N(${at('Räknas från')})>${S},"${STATUS.notStarted}","${STATUS.active}"))),"")`,
          agreementStatus(a, ctx.statusDate),
        )
      : text(row.reason ?? ''),
    places: formula(`=IF(ISNUMBER(${at('Platser')}),${at('Platser')},"")`, places ?? '', INTEGER_FORMAT),
    costPerPlace: formula(`=IF(N(${at('Platser')})>0,ROUND(${at('Nämndens per år')}/${at('Platser')},0),"")`, places && places > 0 ? toKronor(cost / places) : '', KRONOR_FORMAT),
    valueYear: counted ? formula(`=${at('Värde översiktsåret')}`, row.inYear!.total, KRONOR_FORMAT) : text(''),
    costYear: costYearF ? formula(`=${costYearF}`, row.inYear!.committee, KRONOR_FORMAT) : text(''),
    key: text(key),
  };
}

const SUMMED: OverviewRole[] = ['value', 'cost', 'valueYear', 'costYear', 'places', 'invoiced', 'invoiceDeviation'];

/**
 * The generated sheet "Översikt" for one committee and year (reportFor): title, status date, what the amounts
 * are, the header, one row per agreement that counts in the year, a totals row over exactly those rows, and below
 * it the committee's agreements the year does not count — unknown first — each with its reason in Status.
 */
export function buildOverviewSheet(report: CommitteeYearReport, keyOf: (row: AgreementYear) => string, ctx: Omit<OverviewContext, 'statusRef'>): SheetPlan {
  const headers = overviewHeaders(ctx.committee, ctx.year);
  const HEADER_ROW = 4;
  const full: OverviewContext = { ...ctx, statusRef: '$B$2' };
  const cells: (PlanCell | null)[][] = [
    [text(`IOP-översikt ${ctx.committee} ${ctx.year}`, { bold: true })],
    [text('Statusdatum'), num(isoToSerial(ctx.statusDate), DATE_FORMAT), text('Status gäller avtalsperioden utan förlängning; "Kan förlängas": perioden är slut men avtalet medger en förlängning som ännu kan beslutas.')],
    [
      text('Belopp'),
      text(`Beräknat värde/år och ${headers.cost}: ${FIGURE_LABELS.firstYearLevel.toLowerCase()}. ${headers.valueYear} och ${headers.costYear}: ${FIGURE_LABELS.inYear(ctx.year)}. Formler ur tabellerna på bladen Avtal, Parter, Poster och Belopp. ${headers.invoiced} och ${headers.invoiceDeviation}: fakturorna på bladet Fakturor mot fakturaplanen (bladet Fakturaplan) för årets perioder.`),
    ],
    [],
    OVERVIEW_ROLES.map((r) => text(headers[r], { bold: true })),
  ];
  const rowCells = (row: AgreementYear) => {
    const all = overviewCells(row, keyOf(row), full);
    return OVERVIEW_ROLES.map((r) => all[r]);
  };
  for (const row of report.counted) cells.push(rowCells(row));
  const first = HEADER_ROW + 2;
  const last = HEADER_ROW + 1 + report.counted.length;
  const totals: PlanCell[] = OVERVIEW_ROLES.map((r, ci) => {
    if (r === 'name') return text('Summa', { bold: true });
    if (!SUMMED.includes(r)) return text('');
    const col = cellAddress(0, ci).replace(/\d+$/, '');
    const sum = cells.slice(HEADER_ROW + 1).reduce((s, row) => s + (typeof row[ci]?.value === 'number' ? (row[ci]!.value as number) : 0), 0);
    const format = r === 'places' ? INTEGER_FORMAT : KRONOR_FORMAT;
    const cell = report.counted.length ? formula(`=SUM(${col}${first}:${col}${last})`, sum, format) : num(0, format);
    cell.bold = true;
    return cell;
  });
  cells.push(totals);
  if (report.notCounted.length > 0) {
    cells.push([text(`Räknas inte in i summan för ${ctx.year} (skälet står under Status):`, { bold: true })]);
    for (const row of report.notCounted) cells.push(rowCells(row));
  }
  return {
    name: SHEETS.overview,
    cells,
    tables: [],
    // Text columns wrap at these widths; the technical Avtals-id stays last and hidden (the formulas do not need it).
    columnWidths: [24, 24, 26, 34, 14, 14, 10, 16, 8, 12, 13, 15, 11, 13, 12, 14, 13, 11, 10],
    frozenRows: HEADER_ROW + 1,
    print: { orientation: 'landscape', fitToWidth: true, repeatRows: [HEADER_ROW, HEADER_ROW] },
    frame: {
      row: HEADER_ROW,
      column: 0,
      rows: cells.length - HEADER_ROW,
      columns: OVERVIEW_ROLES.length - 1,
      headerRows: 1,
      wrapColumns: (['name', 'partners', 'targetGroup', 'purpose', 'status'] as OverviewRole[]).map((r) => OVERVIEW_ROLES.indexOf(r)),
    },
    hiddenColumns: [OVERVIEW_ROLES.indexOf('key')],
  };
}
