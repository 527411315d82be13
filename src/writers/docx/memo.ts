import type { Agreement } from '../../domain/agreement';
import { decidedEnd, reportDueDate, reportStatus, runsDuring, REPORT_STATUS, type FollowUpRecord } from '../../domain/followUp';
import { formatKronor } from '../../domain/money';
import type { IopSettings } from '../../domain/settings';
import { sameOrganisationName } from '../../domain/organisations';
import { agreementKeys, buildReportSheets, overviewColumns, type OverviewRole, type PlanOptions } from '../../workbook';

/**
 * The committee's follow-up memo ("tjänsteskrivelse") as plain data, in the structure of the committee's own
 * memo (seed 004): title, proposed decision, Ärende, the overview table in its seven columns, and per
 * partnership that year's follow-up. The amounts are the Översikt sheet's own values (the same plan and the
 * same computation), so the memo and the workbook never disagree.
 */
export interface Memo {
  title: string;
  decisionHeading: string;
  decisions: string[];
  arende: string[];
  tableHeading: string;
  tableIntro: string;
  columns: string[];
  rows: string[][];
  totals: string[];
  followUpHeading: string;
  sections: MemoSection[];
  /** For callers that report what was written. */
  counts: { partnerships: number; partners: number };
}

export interface MemoSection {
  name: string;
  /** "Deltagare: 40", "Skriftlig rapport: Inkommen 2026-02-10" … one line each. */
  facts: string[];
  /** The recorded comment, or a placeholder the official replaces. */
  text: string;
  placeholder: boolean;
}

export interface MemoOptions extends Omit<PlanOptions, 'agreementsAt' | 'itemsAt'> {
  /** What was recorded per agreement and year (the follow-up table); matched by key or by name. */
  records?: readonly FollowUpRecord[];
  /** The day the memo is written, for the report status; ISO date. */
  today?: Date;
}

const SEVEN: OverviewRole[] = ['name', 'partners', 'targetGroup', 'purpose', 'value', 'cost', 'validity'];
const NUMBER_WORDS = ['inga', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];

/** "fem", "ett"; "en" for a common-gender noun ("en aktör"); digits above twelve. */
export function countWord(n: number, commonGender = false): string {
  if (n === 1 && commonGender) return 'en';
  return n < NUMBER_WORDS.length ? NUMBER_WORDS[n] : String(n);
}

/** "Arbetsmarknadsnämnden" → "arbetsmarknadsnämndens" in running text; names of several words keep their capitals. */
export function committeeGenitive(committee: string): string {
  const name = committee.trim();
  const running = /^\S+$/.test(name) ? name[0].toLowerCase() + name.slice(1) : name;
  return /[sxz]$/i.test(running) ? running : `${running}s`;
}

function inRunningText(committee: string): string {
  const name = committee.trim();
  return /^\S+$/.test(name) ? name[0].toLowerCase() + name.slice(1) : name;
}

/** The overview's "23.12.31". */
function shortDate(iso: string): string {
  return `${iso.slice(2, 4)}.${iso.slice(5, 7)}.${iso.slice(8, 10)}`;
}

const fold = (s: string) => s.toLowerCase().normalize('NFC').replace(/[^a-zåäöéü0-9]+/g, ' ').trim();

/**
 * Civil organisations counted once: "Internationella Kvinnoföreningen" and "Internationella Kvinnoföreningen i
 * Linköping" are one actor (a name and the same name with its place); the shorter name is kept.
 */
export function distinctActors(names: readonly string[]): string[] {
  const kept: string[] = [];
  for (const name of names) {
    const same = kept.findIndex((k) => sameOrganisationName(k, name));
    if (same < 0) kept.push(name);
    else if (fold(name).length < fold(kept[same]).length) kept[same] = name;
  }
  return kept;
}

function findRecord(records: readonly FollowUpRecord[], key: string, name: string, year: number): FollowUpRecord | undefined {
  return records.find((r) => r.year === year && (r.agreement === key || fold(r.agreement) === fold(name)));
}

function isoDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const NUMBER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
/** "31,5", "1 200"; a dash for what was not recorded. */
const figure = (n: number | null | undefined) => (n === null || n === undefined ? '–' : NUMBER.format(n));

function perYear(n: number): string {
  return `${n} ${n === 1 ? 'gång' : 'gånger'} per år`;
}

function sectionOf(a: Agreement, key: string, year: number, records: readonly FollowUpRecord[], today: string): MemoSection {
  const r = findRecord(records, key, a.name, year);
  const f = a.followUp ?? null;
  const facts: string[] = [];
  facts.push(`Deltagare ${year}: ${figure(r?.participants)}`);
  if (a.places !== null || r?.placesUsed != null) facts.push(`Helårsplatser använda: ${figure(r?.placesUsed)}${a.places !== null ? ` av ${figure(a.places)} avtalade` : ''}`);
  const required = f?.meetingsPerYear != null ? ` (avtalet anger ${perYear(f.meetingsPerYear)})` : '';
  facts.push(`Uppföljningsmöten: ${figure(r?.meetingsHeld)}${required}`);
  const status = reportStatus(r, f, year, today);
  const due = reportDueDate(f, year);
  if (status === REPORT_STATUS.received) facts.push(`Skriftlig rapport: ${status} ${r!.reportReceived}`);
  else if (status) facts.push(`Skriftlig rapport: ${status}${due ? ` (senast ${due})` : ''}`);
  const comment = r?.comment.trim() ?? '';
  return {
    name: a.name,
    facts,
    text: comment || `[Sammanfattning av verksamheten ${year}: vad som gjorts, deltagarnas utveckling, avvikelser.]`,
    placeholder: !comment,
  };
}

/** The memo for one committee and year from the agreements (all committees' agreements may be passed). */
export function buildMemo(agreements: readonly Agreement[], settings: IopSettings, options: MemoOptions = {}): Memo {
  const committee = options.committee ?? settings.committee;
  const year = options.year ?? settings.baseYear;
  const today = isoDay(options.today ?? new Date());
  const keys = agreementKeys(agreements);
  const running = agreements.map((a, i) => ({ a, key: keys[i] })).filter(({ a }) => runsDuring(a, year));
  const report = buildReportSheets(running.map((r) => r.a), running.map((r) => r.key), settings, { ...options, committee, year, followUpRecords: options.records ?? [] });
  const overview = report.sheets[0];
  const headerRow = overview.cells.findIndex((row) => overviewColumns(row.map((c) => c?.value)) !== null);
  const roles = overviewColumns(overview.cells[headerRow].map((c) => c?.value))!;
  const keyColumn = roles.key!;
  const headers = SEVEN.map((r) => String(overview.cells[headerRow][roles[r]!]!.value));

  const rows: string[][] = [];
  const sections: MemoSection[] = [];
  let value = 0;
  let cost = 0;
  for (const row of overview.cells.slice(headerRow + 1)) {
    const key = row[keyColumn]?.value;
    const i = report.keys.indexOf(String(key));
    if (i < 0) continue;
    const a = report.agreements[i];
    const cell = (role: OverviewRole) => row[roles[role]!]?.value;
    const amount = (role: OverviewRole) => (typeof cell(role) === 'number' ? (cell(role) as number) : 0);
    value += amount('value');
    cost += amount('cost');
    const end = decidedEnd(a);
    const purpose = String(cell('purpose') ?? '');
    rows.push([
      String(cell('name') ?? a.name),
      String(cell('partners') ?? ''),
      String(cell('targetGroup') ?? ''),
      a.places !== null ? `${purpose}${purpose ? ' ' : ''}(${a.places} platser)` : purpose,
      formatKronor(amount('value')),
      formatKronor(amount('cost')),
      end ? shortDate(end) : '',
    ]);
    sections.push(sectionOf(a, report.keys[i], year, options.records ?? [], today));
  }

  const civil = distinctActors(report.agreements.flatMap((a) => a.parties.filter((p) => p.sector === 'civil').map((p) => p.name)));
  const n = rows.length;
  const genitive = committeeGenitive(committee);
  const what = n === 1 ? 'idéburet offentligt partnerskap' : 'idéburna offentliga partnerskap';
  const actors = civil.length === 1 ? 'en aktör' : `${countWord(civil.length)} olika aktörer`;
  const arende = [
    n === 0
      ? `Inom ${inRunningText(committee)} finns under ${year} inga idéburna offentliga partnerskap (IOP).`
      : `Inom ${inRunningText(committee)} finns under ${year} ${countWord(n)} ${what} (IOP) med ${actors} från det lokala civilsamhället.`,
    'Tabellen nedan sammanfattar partnerskapen. Därefter följer en sammanfattning och återrapport för varje partnerskap.',
  ];
  return {
    title: `Uppföljning av ${genitive} idéburna offentliga partnerskap ${year}`,
    decisionHeading: `Förslag till ${genitive} beslut`,
    decisions: ['Informationen noteras.'],
    arende,
    tableHeading: `Översikt IOP inom ${inRunningText(committee)}`,
    tableIntro: `I nedanstående tabell finns en övergripande sammanställning över ${genitive} IOP:er ${year}. Belopp per år i första årets nivå.`,
    columns: headers,
    rows,
    totals: ['Summa', '', '', '', formatKronor(value), formatKronor(cost), ''],
    followUpHeading: `Sammanfattning och återrapport ${year}`,
    sections,
    counts: { partnerships: n, partners: civil.length },
  };
}
