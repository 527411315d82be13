import type { Agreement } from '../../domain/agreement';
import { committeeAbbreviation, partnerNames } from '../../domain/committee';
import { decidedEnd, reportDueDate, reportStatus, REPORT_STATUS, type FollowUpRecord } from '../../domain/followUp';
import { INVOICE_STATUS, invoicedInYear, type InvoiceRecord } from '../../domain/invoiceCheck';
import { invoicePlan } from '../../domain/invoicePlan';
import { formatKronor } from '../../domain/money';
import type { IopSettings } from '../../domain/settings';
import { FIGURE_LABELS, reportFor, type AgreementYear } from '../../domain/yearReport';
import { agreementKeys } from '../../workbook/key';

/**
 * The committee's follow-up memo ("tjänsteskrivelse") as plain data, in the structure of the committee's own
 * memo (seed 004): title, proposed decision, Ärende, the overview table in its seven columns, and per
 * partnership that year's follow-up. Rows, totals and counts are the committee's year as `reportFor` answers it
 * (the pane, the sheets and `iop promemoria` show the same): the table holds exactly the counted partnerships
 * with the year's figures, and what could not be counted is listed below it with the reason.
 */
export interface Memo {
  title: string;
  decisionHeading: string;
  decisions: string[];
  arende: string[];
  tableHeading: string;
  tableIntro: string;
  /** Which figure the amount columns show ("2021 års belopp (uppräknat …)"). */
  figure: string;
  columns: string[];
  rows: string[][];
  totals: string[];
  /** Below the table: what the table does not count or counts on an inferred date, each with the reason. */
  tableNotes: MemoNote[];
  followUpHeading: string;
  sections: MemoSection[];
  /** For callers that report what was written. */
  counts: { partnerships: number; partners: number; unknown: number };
}

/** A heading line ("Ej medräknade …") and one line per agreement: its name and the reason. */
export interface MemoNote {
  heading: string;
  lines: string[];
}

export interface MemoSection {
  name: string;
  /** "Deltagare: 40", "Skriftlig rapport: Inkommen 2026-02-10" … one line each. */
  facts: string[];
  /** The recorded comment, or a placeholder the official replaces. */
  text: string;
  placeholder: boolean;
}

export interface MemoOptions {
  /** The memo's year (default: the settings' base year). */
  year?: number;
  /** The committee whose memo it is (default: the settings' committee). */
  committee?: string;
  /** What was recorded per agreement and year (the follow-up table); matched by key or by name. */
  records?: readonly FollowUpRecord[];
  /** The day the memo is written, for the report status. */
  today?: Date;
  /**
   * The invoices received (IOP_Fakturor), by Avtals-id: each partnership's year invoiced against agreed. Absent when
   * no workbook was read (documents only): then nothing is said of invoices, as nothing is known of them.
   */
  invoices?: readonly InvoiceRecord[];
}

/** The overview table's columns: seed 004's seven. */
export const MEMO_COLUMNS = { name: 0, partners: 1, targetGroup: 2, purpose: 3, value: 4, cost: 5, validity: 6 } as const;

const NUMBER_WORDS = ['inga', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];

/** "fem", "ett"; "en" for a common-gender noun ("en aktör"); digits above twelve. */
export function countWord(n: number, commonGender = false): string {
  if (n === 1 && commonGender) return 'en';
  return n < NUMBER_WORDS.length ? NUMBER_WORDS[n] : String(n);
}

/** "Arbetsmarknadsnämnden" → "arbetsmarknadsnämndens" in running text; names of several words keep their capitals. */
export function committeeGenitive(committee: string): string {
  const running = inRunningText(committee);
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

/** "A", "A och B", "A, B och C". */
function list(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} och ${names[names.length - 1]}`;
}

const fold = (s: string) => s.toLowerCase().normalize('NFC').replace(/[^a-zåäöéü0-9]+/g, ' ').trim();

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

/**
 * "Fakturerat 2025: 1 760 000 kr av 1 744 200 kr enligt avtalet – avviker med 15 800 kr": the domain's check of the
 * year's invoices against the invoice plan (invoicedInYear), worded; null when the plan has no period that year.
 */
export function invoicedFact(a: Agreement, key: string, year: number, invoices: readonly InvoiceRecord[]): string | null {
  const plan = invoicePlan(a);
  const head = `Fakturerat ${year}`;
  if (plan.problem) return `${head}: ingen fakturaplan – ${plan.problem.charAt(0).toLowerCase()}${plan.problem.slice(1)}`;
  const y = invoicedInYear({ key, agreement: a, plan }, invoices, year);
  if (y.periods === 0) return plan.unknownParties.length > 0 ? `${head}: okänt – avtalet anger inte beloppet för ${list(plan.unknownParties)}` : null;
  if (y.invoicedPeriods === 0) return `${head}: inget av ${formatKronor(y.agreed)} enligt avtalet`;
  const partial = y.invoicedPeriods < y.periods ? ` (${y.invoicedPeriods} av ${y.periods} perioder fakturerade)` : '';
  const verdict = y.difference === 0 ? (partial ? '' : ' – stämmer') : ` – ${INVOICE_STATUS.differs(y.difference!).toLowerCase()}${y.difference! > 0 ? ' för mycket' : ' för lite'}`;
  return `${head}: ${formatKronor(y.invoiced)} av ${formatKronor(y.agreed)} enligt avtalet${partial}${verdict}`;
}

function sectionOf(a: Agreement, key: string, year: number, records: readonly FollowUpRecord[], today: string, invoices: readonly InvoiceRecord[] | undefined): MemoSection {
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
  const invoiced = invoices ? invoicedFact(a, key, year, invoices) : null;
  if (invoiced) facts.push(invoiced);
  const comment = r?.comment.trim() ?? '';
  return {
    name: a.name,
    facts,
    text: comment || `[Sammanfattning av verksamheten ${year}: vad som gjorts, deltagarnas utveckling, avvikelser.]`,
    placeholder: !comment,
  };
}

/**
 * One row of the overview table. The committee's overview words a partnership shortly ("arbetslik aktivitet"):
 * its category and purpose are used where an overview row was merged in, the agreement's own texts otherwise.
 */
function rowOf(r: AgreementYear, committee: string): string[] {
  const a = r.agreement;
  const purpose = a.overviewText?.purpose ?? a.purpose ?? '';
  const end = decidedEnd(a);
  return [
    a.name,
    partnerNames(a, committee),
    a.overviewText?.targetGroup ?? a.targetGroup ?? '',
    a.places !== null ? `${purpose}${purpose ? ' ' : ''}(${a.places} platser)` : purpose,
    formatKronor(r.inYear!.total),
    formatKronor(r.inYear!.committee),
    end ? shortDate(end) : '',
  ];
}

/** The reason after a dash: "Bro-modellen – startdatum saknas: …". */
function line(r: AgreementYear): string {
  const reason = r.reason ?? '';
  return `${r.agreement.name} – ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
}

/** The memo for one committee and year from the agreements (all committees' agreements may be passed). */
export function buildMemo(agreements: readonly Agreement[], settings: IopSettings, options: MemoOptions = {}): Memo {
  const committee = options.committee ?? settings.committee;
  const year = options.year ?? settings.baseYear;
  const today = isoDay(options.today ?? new Date());
  const records = options.records ?? [];
  const keys = agreementKeys(agreements);
  const report = reportFor(agreements, committee, year);
  const unknown = report.notCounted.filter((r) => r.standing === 'unknown');
  const inferred = report.counted.filter((r) => r.inferredStart);

  const rows = report.counted.map((r) => rowOf(r, committee));
  const sections = report.counted.map((r) => sectionOf(r.agreement, keys[r.index], year, records, today, options.invoices));
  const abbreviation = committeeAbbreviation(committee);
  const label = FIGURE_LABELS.inYear(year);

  const n = rows.length;
  const actorCount = report.civilActors.length;
  const genitive = committeeGenitive(committee);
  const what = n === 1 ? 'idéburet offentligt partnerskap' : 'idéburna offentliga partnerskap';
  const actors = actorCount === 1 ? 'en aktör' : `${countWord(actorCount)} olika aktörer`;
  const arende = [
    n === 0
      ? `Inom ${inRunningText(committee)} finns under ${year} inga idéburna offentliga partnerskap (IOP).`
      : `Inom ${inRunningText(committee)} finns under ${year} ${countWord(n)} ${what} (IOP) med ${actors} från det lokala civilsamhället.`,
  ];
  if (unknown.length > 0) {
    const them = unknown.length === 1 ? 'ett partnerskap' : `${countWord(unknown.length)} partnerskap`;
    arende.push(`För ${them} saknas uppgifter för att avgöra om ${unknown.length === 1 ? 'det' : 'de'} gäller under ${year}: ${list(unknown.map((r) => r.agreement.name))}. ${unknown.length === 1 ? 'Det' : 'De'} ingår inte i tabellen eller i summan och redovisas under tabellen.`);
  }
  arende.push('Tabellen nedan sammanfattar partnerskapen. Därefter följer en sammanfattning och återrapport för varje partnerskap.');

  const tableNotes: MemoNote[] = [];
  if (unknown.length > 0) tableNotes.push({ heading: 'Ej medräknade, eftersom uppgifter saknas:', lines: unknown.map(line) });
  if (inferred.length > 0) tableNotes.push({ heading: 'Medräknade utan känt startdatum:', lines: inferred.map(line) });

  return {
    title: `Uppföljning av ${genitive} idéburna offentliga partnerskap ${year}`,
    decisionHeading: `Förslag till ${genitive} beslut`,
    decisions: ['Informationen noteras.'],
    arende,
    tableHeading: `Översikt IOP inom ${inRunningText(committee)}`,
    tableIntro: `I nedanstående tabell finns en övergripande sammanställning över ${genitive} IOP:er ${year}. Beloppen är ${label.charAt(0).toLowerCase()}${label.slice(1)}.`,
    figure: label,
    columns: ['Namn', 'Samverkanspart/-er', 'Kategorisering/målgrupp', 'Verksamhetens syfte', `Beräknat värde ${year}`, `Kostnad ${abbreviation} ${year}`, 'Giltighet'],
    rows,
    totals: ['Summa', '', '', '', formatKronor(report.totals.inYear.total), formatKronor(report.totals.inYear.committee), ''],
    tableNotes,
    followUpHeading: `Sammanfattning och återrapport ${year}`,
    sections,
    counts: { partnerships: n, partners: actorCount, unknown: unknown.length },
  };
}
