import type { Agreement } from '../domain/agreement';
import { REPORT_STATUS, costPerParticipant, reportStatus, type FollowUpRecord } from '../domain/followUp';
import { effectiveEnd } from '../domain/validity';
import { CalcBlock, CalcRowValues, CALC_FIRST_YEAR_COLUMN, addRatios, calcCell, calcSum, tableColumn } from './calculation';
import { roundHalfUp, toKronor } from '../domain/money';
import { committeeAbbreviation, partnerNames } from '../domain/committee';
import { FOLLOW_UP_TABLE, SHEETS, TABLES } from './names';
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
  years: number[];
  calcRows: CalcRowValues[];
  /** Where each agreement's rows are on Beräkning, by key. */
  blocks: ReadonlyMap<string, CalcBlock>;
  /** What the committee recorded (IOP_Uppfoljning), for the values beside the follow-up formulas. */
  records?: readonly FollowUpRecord[];
  /**
   * The day the plan is made (ISO). A report is late against the real date (TODAY() in the sheet), not the
   * status date: the status date lies within the chosen year, the report on it is due the year after.
   */
  today?: string;
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

const byKeyCache = new WeakMap<CalcRowValues[], Map<string, CalcRowValues[]>>();

/** The base-period rows of one agreement (indexed once per calculation: overviews have many agreements). */
function baseRows(rows: CalcRowValues[], key: string, which: 'all' | 'committee' | 'public' | 'civil'): CalcRowValues[] {
  let index = byKeyCache.get(rows);
  if (!index) {
    index = new Map();
    for (const r of rows) if (r.period === 'base') index.set(r.key, [...(index.get(r.key) ?? []), r]);
    byKeyCache.set(rows, index);
  }
  return (index.get(key) ?? []).filter((r) => which === 'all' || (which === 'committee' ? r.committee : r.sector === which));
}

/** A year's amount rounded once from the exact sum, as the schedule rounds each side. */
function roundedYear(rows: CalcRowValues[], yi: number): number {
  return roundHalfUp(addRatios(rows.map((r) => r.years[yi])));
}

/** Every overview cell of one agreement, as formulas over the tables and the calculation sheet. */
export function overviewCells(a: Agreement, key: string, ctx: OverviewContext): Record<OverviewRole, PlanCell> {
  const block = ctx.blocks.get(key);
  if (!block) throw new Error(`Avtalet "${a.name}" saknas på bladet Beräkning.`);
  // The agreement's row in IOP_Avtal, found once on Beräkning; every field is read at that position.
  const at = (h: string) => `INDEX(${tableColumn(TABLES.agreements, h)},${calcCell('Rad', block.baseFirst)})`;
  const base = block.rows.filter((r) => r.period === 'base');
  const rowsOf = (pick: (r: (typeof base)[number]) => boolean) => base.filter(pick).map((r) => r.row);
  const valueF = `(${calcSum('Belopp/år', rowsOf(() => true))})`;
  const costF = `(${calcSum('Belopp/år', rowsOf((r) => r.committee))})`;
  const value = baseRows(ctx.calcRows, key, 'all').reduce((s, r) => s + r.amount, 0);
  const cost = baseRows(ctx.calcRows, key, 'committee').reduce((s, r) => s + r.amount, 0);
  const yi = ctx.years.indexOf(ctx.year);
  const yearColumn = yi >= 0 ? CALC_FIRST_YEAR_COLUMN + yi : null;
  const yearRange = yearColumn !== null;
  const sideOfYear = (sector: 'public' | 'civil') => `ROUND(ROUND(${calcSum(yearColumn!, rowsOf((r) => r.sector === sector))},6),0)`;
  const end = a.validity.end;
  const E = effectiveEndFormula(at);
  const S = ctx.statusRef;
  const places = a.places;
  const costYearF = yearRange ? `ROUND(ROUND(${calcSum(yearColumn!, rowsOf((r) => r.committee))},6),0)` : null;
  const costYearValue = yearRange ? roundedYear(baseRows(ctx.calcRows, key, 'committee'), yi) : 0;
  return {
    ...followUpCells(a, key, ctx, at, costYearF, costYearValue),
    name: formula(`=${at('Namn')}&""`, a.name),
    partners: text(partnerNames(a, ctx.committee)),
    targetGroup: formula(`=${at('Målgrupp')}&""`, a.targetGroup ?? ''),
    purpose: formula(`=${at('Syfte')}&""`, a.purpose ?? ''),
    value: formula(`=${valueF}`, value, KRONOR_FORMAT),
    cost: formula(`=${costF}`, cost, KRONOR_FORMAT),
    // Giltighet: to a decided extension's end when one is recorded.
    validity: formula(`=IF(ISNUMBER(${at('Slut')}),${E},"")`, end ? isoToSerial(effectiveEnd(a.validity) ?? end) : '', SHORT_DATE_FORMAT),
    status: formula(
      `=IF(ISNUMBER(${at('Slut')}),IF(${E}<${S},IF(${extendableFormula(at, S)},"${STATUS.extendable}","${STATUS.ended}"),IF(${E}<=EDATE(${S},6),"${STATUS.endingSoon}",IF(N(${at('Start')})>${S},"${STATUS.notStarted}","${STATUS.active}"))),"")`,
      agreementStatus(a, ctx.statusDate),
    ),
    places: formula(`=IF(ISNUMBER(${at('Platser')}),${at('Platser')},"")`, places ?? '', INTEGER_FORMAT),
    costPerPlace: formula(`=IF(N(${at('Platser')})>0,ROUND(${costF}/${at('Platser')},0),"")`, places && places > 0 ? toKronor(cost / places) : '', KRONOR_FORMAT),
    valueYear: yearRange
      ? formula(
          `=${sideOfYear('public')}+${sideOfYear('civil')}`,
          roundedYear(baseRows(ctx.calcRows, key, 'public'), yi) + roundedYear(baseRows(ctx.calcRows, key, 'civil'), yi),
          KRONOR_FORMAT,
        )
      : num(0, KRONOR_FORMAT),
    costYear: costYearF ? formula(`=${costYearF}`, costYearValue, KRONOR_FORMAT) : num(0, KRONOR_FORMAT),
    key: text(key),
  };
}

const SUMMED: OverviewRole[] = ['value', 'cost', 'valueYear', 'costYear', 'places'];

/** The generated sheet "Översikt": title, status date, header, one row per agreement, a totals row. */
export function buildOverviewSheet(agreements: readonly Agreement[], keys: readonly string[], ctx: Omit<OverviewContext, 'statusRef'>): SheetPlan {
  const headers = overviewHeaders(ctx.committee, ctx.year);
  const HEADER_ROW = 3;
  const statusRef = `$B$2`;
  const full: OverviewContext = { ...ctx, statusRef };
  const cells: (PlanCell | null)[][] = [
    [text(`IOP-översikt ${ctx.committee} ${ctx.year}`, { bold: true })],
    [text('Statusdatum'), num(isoToSerial(ctx.statusDate), DATE_FORMAT), text('Status gäller avtalsperioden utan förlängning; "Kan förlängas": perioden är slut men avtalet medger en förlängning som ännu kan beslutas. Beloppen räknas med formler ur tabellerna på bladen Avtal, Parter och Poster.')],
    [],
    OVERVIEW_ROLES.map((r) => text(headers[r], { bold: true })),
  ];
  agreements.forEach((a, i) => {
    const row = overviewCells(a, keys[i], full);
    cells.push(OVERVIEW_ROLES.map((r) => row[r]));
  });
  const first = HEADER_ROW + 2;
  const last = HEADER_ROW + 1 + agreements.length;
  const totals: PlanCell[] = OVERVIEW_ROLES.map((r, ci) => {
    if (r === 'name') return text('Summa', { bold: true });
    if (!SUMMED.includes(r)) return text('');
    const col = cellAddress(0, ci).replace(/\d+$/, '');
    const sum = cells.slice(HEADER_ROW + 1).reduce((s, row) => s + (typeof row[ci]?.value === 'number' ? (row[ci]!.value as number) : 0), 0);
    const cell = formula(agreements.length ? `=SUM(${col}${first}:${col}${last})` : '=0', sum, r === 'places' ? INTEGER_FORMAT : KRONOR_FORMAT);
    cell.bold = true;
    return cell;
  });
  cells.push(totals);
  return {
    name: SHEETS.overview,
    cells,
    tables: [],
    // Text columns wrap at these widths; the technical Avtals-id stays last and hidden (the formulas do not need it).
    columnWidths: [24, 24, 26, 34, 14, 14, 10, 14, 8, 12, 13, 15, 11, 13, 12, 11, 10],
    frozenRows: HEADER_ROW + 1,
    print: { orientation: 'landscape', fitToWidth: true, repeatRows: [HEADER_ROW, HEADER_ROW] },
    frame: {
      row: HEADER_ROW,
      column: 0,
      rows: agreements.length + 2,
      columns: OVERVIEW_ROLES.length - 1,
      headerRows: 1,
      wrapColumns: (['name', 'partners', 'targetGroup', 'purpose', 'status'] as OverviewRole[]).map((r) => OVERVIEW_ROLES.indexOf(r)),
    },
    hiddenColumns: [OVERVIEW_ROLES.indexOf('key')],
  };
}
