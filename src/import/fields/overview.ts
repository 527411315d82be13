import { formatKronor } from '../../domain/money';
import { luhnValid } from '../../domain/orgNumber';
import type { ImportWarning, Provenance } from '../result';
import { parseSwedishNumber } from '../../domain/swedishNumbers';
import { bareAmount, trailingAmount } from './amounts';
import { findDates, monthEnd } from './dates';
import { datesOfYears, OwnYear, ownYearOf, plausibleYears } from './yearPeriod';
import { provenance, warning } from './field';
import { capitalize, committeeName, committeeOf, letterheadOrganisation, municipalityOf, PartyInfo, PUBLIC_BODY, sectorOf } from './parties';
import { joinWrapped, squash } from '../text/normalize';
import { Line, SourceDoc } from '../text/source';
import { tableScale } from '../economy/scale';
import { findBlockOverview } from './overviewBlocks';
import { placesStated } from './places';
import type { YearAmount } from '../economy/model';

/** One row of the committee's overview table, cells merged across wrapped lines. */
export interface OverviewRow {
  cells: Record<Column, string>;
  /** The row's cells under the table's year columns (OverviewTable.years), in order; empty without them. */
  years: string[];
  start: number;
  end: number;
}

export type Column = 'name' | 'org' | 'civil' | 'parties' | 'target' | 'purpose' | 'places' | 'value' | 'other' | 'cost' | 'validity' | 'index' | 'note';

/** An overview's columns by their headers; the order decides a header two patterns could claim ("Partens insats"). */
export const COLUMNS: [Column, RegExp][] = [
  ['name', /^(namn|iop|insats|benämning|överenskommelse|partnerskap(?:et)?$)/i],
  ['org', /^org(?:anisations)?\.?\s*-?\s*n(?:umme)?r/i],
  // "Idéburen insats", "Idéburna partens insats", "Ideella insatser": the civil side's own (never "Idéburen part").
  ['civil', /^(?:partens|föreningens|organisationens|idéburen parts?|den idéburna partens|motpartens)\s+(?:(?:egen|egna|eget)\s+)?(?:insats|del|bidrag|andel)|^(?:idéburen|idéburna|ideell|ideella|civilsamhällets)\s+(?:partens\s+)?(?:(?:egen|egna|eget)\s+)?(?:insats(?:er)?|del|bidrag|andel)(?!\p{L})|^(?:varav|därav)\s+(?:föreningen|stiftelsen|organisationen|(?:den\s+)?idéburna?\s+parten|idéburen\s+part)(?!\p{L})/iu],
  ['parties', /samverkanspart|^parter?\b|idéburen part|idéburna parter|förening|organisation|aktör/i],
  ['target', /målgrupp|kategoriser/i],
  ['purpose', /syfte/i],
  ['places', /^(?:antal\s+)?platser/i],
  // "Partnerskapets värde, kr/år", "Avtalets årliga värde": the partnership's value, named for it (not its name column).
  ['value', /beräknat värde|total(?:t|a)? värde|^värde|^(?:partnerskapets|avtalets)\s+(?:\p{L}+\s+)?värde|total kostnad|omslutning|^totalt?\b|^summa\b/iu],
  // "Annan offentlig finansiering", "Övrig finansiering", "Medfinansiering": money from a funder besides the committee
  // and the civil party, the funder perhaps named in brackets ("300,0 (Region X)"); before 'cost' ("Annat bidrag").
  ['other', /^(?:annan|annat|andra|övrig|övriga|extern|externa)\s+(?:offentlig\p{L}*\s+)?(?:finansiering|medfinansiering|bidrag|medel|finansiär\p{L}*)|^(?:med|sam)finansi/iu],
  // "varav nämnden", "därav socialnämnden", "varav kommunen": the committee's part of the value beside it. A "varav"
  // column of anything else ("varav statsbidrag") is not the committee's.
  // The issuer's own share, named for the issuer: "Regionens del", "Kommunens andel", "Stadens del", "Nämndens
  // bidrag", "Landstingets insats" (a party's, "Partens insats", is claimed by 'civil' above).
  ['cost', /^(?!(?:varav|därav)\s)(?=.*?(?:kostnad|bidrag|(?:nämndens|kommunens|regionens|stadens|landstingets|förvaltningens) (?:del|andel|insats|finansiering)(?!\p{L})))|^(?:varav|därav)\s+(?:(?:\p{L}+-,?\s+(?:och\s+)?)*\p{L}*nämndens?|kommunens?|regionens?|stadens?)(?!\p{L})/iu],
  // A period in one column, or its start in one ("Start", "Startdatum", "Fr.o.m.") and its end in another (END_COLUMN).
  ['validity', /giltighet|gäller|avtalstid|period|slutdatum|löper ut|^(?:start(?:datum)?|avtalsstart|fr(?:ån|\.?\s?o\.?\s?m\.?))$/i],
  ['index', /uppräkning|index/i],
  // A free-text column: read only for what it says about indexation ("Uppräkning 2 % per år").
  ['note', /^(?:kommentar(?:er)?|anmärkning(?:ar)?|övrigt|noteringar?|not)\b/i],
];

/** The end of the period in a column of its own, beside a start column: "Slut", "Slutdatum", "T.o.m.", "Till". */
const END_COLUMN = /^(?:slut(?:datum)?|avtalsslut|till|t\.?\s?o\.?\s?m\.?)$/i;

export interface OverviewTable {
  header: Line;
  columns: Partial<Record<Column, number>>;
  /**
   * One amount column per calendar year ("2027 | 2028 | 2029") where the table has no value or cost column: whose
   * amounts they are (`yearsOf`, from the words before the table, `yearsOfSure` false when they do not say).
   */
  years: YearColumn[];
  yearsOf: 'value' | 'cost';
  yearsOfSure: boolean;
  costAbbreviation: string | null;
  rows: OverviewRow[];
  /** Kronor per unit of the value and cost columns (1000 under a "(tkr)" header). */
  valueFactor: number;
  costFactor: number;
  /**
   * The overview's rows of sums ("Summa", "Delsumma", "Totalt för …", a grand-total table of its own), each with the
   * rows it adds up: a subtotal the rows above it since the last sum row, a total after subtotals every row.
   */
  checks: SumCheck[];
}

/** One row of sums and the rows (indices into OverviewTable.rows) it is the sum of. */
export interface SumCheck {
  label: string;
  rows: number[];
  value: number | null;
  cost: number | null;
  civil: number | null;
  /** "Samtliga förvaltningar (5 partnerskap)": the number of partnerships the sum row says it counts. */
  count: number | null;
  /** The sum row's cells under the year columns, as amounts. */
  years: (number | null)[];
}

/** A column of one calendar year's amounts. */
export interface YearColumn {
  index: number;
  year: number;
}

/** A column header that is a calendar year alone ("2027", "År 2028", "2029 (kr)", "**2029**"). */
const YEAR_COLUMN = /^\s*(?:år\s+)?((?:19|20)\d{2})\s*(?:\(\s*(?:t?kr|kronor|sek)\s*\)|,?\s*(?:t?kr|kronor|sek))?\s*$/iu;

/**
 * A header's columns per calendar year: two or more, the years rising from left to right; none otherwise.
 * @example yearColumns(['Partnerskap', 'Gäller', '2027', '2028', '2029']) // [{ index: 2, year: 2027 }, …]
 */
export function yearColumns(cells: string[]): YearColumn[] {
  const out = cells.flatMap((c, index) => {
    const m = YEAR_COLUMN.exec(c.replace(/[*_]/g, ''));
    return m ? [{ index, year: Number(m[1]) }] : [];
  });
  return out.length >= 2 && out.every((y, k) => k === 0 || y.year > out[k - 1].year) ? out : [];
}

function mapColumns(cells: string[]): Partial<Record<Column, number>> {
  const columns: Partial<Record<Column, number>> = {};
  const hitOf = (text: string) => COLUMNS.find(([col, re]) => columns[col] === undefined && re.test(text));
  cells.forEach((cell, i) => {
    const hit = hitOf(cell) ?? translatedHeader(cell, hitOf);
    if (hit) columns[hit[0]] = i;
  });
  // "Belopp 2028" beside "Föreningens insats 2028" and "Totalt värde 2028": with the civil side's column and the
  // value's, a plain amount column is the only other side's, the committee's.
  if (columns.cost === undefined && columns.civil !== undefined && columns.value !== undefined) {
    const plain = cells.findIndex((cell, i) => !Object.values(columns).includes(i) && PLAIN_AMOUNT_HEADER.test(cell.trim()));
    if (plain >= 0) columns.cost = plain;
  }
  return columns;
}

/**
 * A header cell followed by its translation in a bilingual register ("Partnerskap Kumppanuus", "Partnership name
 * Kumppanuus"): the column its leading words name, the longest such lead first, when the cell as a whole names none.
 */
function translatedHeader<T>(cell: string, hitOf: (text: string) => T | undefined): T | undefined {
  const words = cell.trim().split(/\s+/);
  for (let w = words.length - 1; w >= 1; w--) {
    const hit = hitOf(words.slice(0, w).join(' '));
    if (hit) return hit;
  }
  return undefined;
}

/** An amount column that says no more than kronor and a year: "Belopp", "Belopp 2028", "Kr/år", "Kronor per år (tkr)". */
const PLAIN_AMOUNT_HEADER = /^(?:belopp|kr|kronor|sek)(?:\s*(?:per|\/)\s*år|\s+(?:19|20)\d{2}|\s*\((?:kr|tkr|sek)\))*$/iu;

/** A cell's amount; a bare number is in the unit its column header states ("Beräknat värde/år (tkr)"). */
function amountOf(raw: string, factor = 1): number | null {
  // A sum row's amounts in emphasis ("*1 720 000*", "_530 000_") read as the amounts they mark.
  const cell = raw.replace(/^[\s*_]+|[\s*_]+$/g, '');
  const stated = trailingAmount(cell)?.value;
  if (stated !== undefined) return stated;
  // In thousands the decimals count ("1 232,5" tkr is 1 232 500 kr): the number is read whole before it is scaled.
  const scaled = factor > 1 ? parseSwedishNumber(cell.trim()) : null;
  if (scaled !== null && scaled > 0) return Math.round(scaled * factor);
  const bare = bareAmount(cell);
  return bare === null ? null : Math.round(bare * factor);
}


/**
 * A table's row of sums: "Summa", "Delsumma", "Totalt", "Total", "Samtliga", "Sammanlagt", "Sammantaget",
 * "Hela nämnden", in its first filled cell (markdown's "**Summa**" and "*Summa förvaltningen*" too).
 */
const SUM_ROW = /^\W*(?:summa|delsumma|del-?total|totalt?|samtliga|sammanlagt|sammantaget|sum)(?!\p{L})/iu;

/** "(5 partnerskap)", "5 avtal", "totalt 5 IOP": the number of partnerships a sum row's label counts. */
const COUNTED = /(?<!\d)(\d{1,3})\s+(?:partnerskap|avtal|överenskommelser|iop|insatser)(?!\p{L})/iu;

/** The committee's overview: a table with a row per partnership, else a block per partnership (overviewBlocks.ts). */
export function findOverviewTable(doc: SourceDoc): OverviewTable | null {
  return findTable(doc) ?? findBlockOverview(doc);
}

/**
 * A header row of an overview table: a name column, an amount column and at least four known columns. The amounts may
 * stand in a column per calendar year instead ("Partnerskap | Förening | Gäller | 2027 | 2028 | 2029"), which counts
 * as one column, when each row also gives its period (an agreement's own economy table has years but no period).
 */
function overviewHeader(cells: string[] | null): Partial<Record<Column, number>> | null {
  if (!cells || cells.length < 4) return null;
  const columns = mapColumns(cells);
  const amounts = columns.value !== undefined || columns.cost !== undefined;
  const years = !amounts && columns.validity !== undefined && yearColumns(cells).length > 0;
  if (columns.name === undefined || (!amounts && !years) || Object.keys(columns).length + (years ? 1 : 0) < 4) return null;
  return columns;
}

/** The committee's own money: "nämndens bidrag", "kommunens kostnad", "bidrag per kalenderår". */
const COMMITTEE_MONEY =
  /(?<!\p{L})(?:(?:\p{L}*nämndens|kommunens|regionens|stadens|förvaltningens|landstingets)\s+(?:\p{L}+\s+)?(?:bidrag|kostnad\p{L}*|del|andel|insats\p{L}*|finansiering)|bidrag(?:et)?\s+per\s+(?:kalender)?år)(?!\p{L})/iu;
/** The partnerships' whole value: "beräknat värde", "totalt värde", "omslutning". */
const WHOLE_VALUE = /(?<!\p{L})(?:(?:beräknat|beräknade|totalt|totala|samlat|samlade)\s+värde|omslutning)(?!\p{L})/iu;

/**
 * Whose amounts the year columns give, by the words before the table (a year alone names no one): the committee's
 * ("nämndens bidrag per kalenderår") or the whole value ("beräknat värde per år"). When the words say neither, or
 * both, the committee's, unsure.
 */
function yearsOwner(doc: SourceDoc, headerStart: number): { of: 'value' | 'cost'; sure: boolean } {
  const before = doc.prose.slice(Math.max(0, headerStart - 1500), headerStart);
  const cost = COMMITTEE_MONEY.test(before);
  const value = WHOLE_VALUE.test(before);
  if (cost !== value) return { of: cost ? 'cost' : 'value', sure: true };
  return { of: 'cost', sure: false };
}

/** The set of columns a header maps, for telling a continuation of the same overview from another table. */
const shape = (columns: Partial<Record<Column, number>>) => Object.keys(columns).sort().join(',');

/** How far past a table the next table of the same overview may start: headings and a few lines of prose. */
const NEXT_TABLE_WITHIN = 12;

/**
 * A PDF's header in which two cells ran together ("Värde per år Nämndens del" over rows of one cell more):
 * split where each half names a column of its own and the first row's cells then fit their columns. The header as
 * written otherwise.
 */
function headerOf(doc: SourceDoc, line: Line): Line {
  const cells = line.cells;
  if (!cells) return line;
  const row = doc.lines.slice(line.index + 1, line.index + 6).find((l) => l.cells?.some((c) => c.trim()));
  if (row?.cells?.length !== cells.length + 1) return line;
  const known = (text: string) => COLUMNS.find(([, re]) => re.test(text))?.[0];
  for (let k = 0; k < cells.length; k++) {
    const words = cells[k].trim().split(/\s+/);
    for (let w = 1; w < words.length; w++) {
      const [left, right] = [words.slice(0, w).join(' '), words.slice(w).join(' ')];
      const [a, b] = [known(left), known(right)];
      if (!a || !b || a === b || known(cells[k]) !== a) continue;
      const split = [...cells.slice(0, k), left, right, ...cells.slice(k + 1)];
      if (fitsRow(mapColumns(split), row.cells)) return { ...line, cells: split };
    }
  }
  return line;
}

/** A row under columns as mapped: an amount in each amount column, a year in the period column. */
function fitsRow(columns: Partial<Record<Column, number>>, row: string[]): boolean {
  const amounts = (['value', 'cost', 'civil'] as const).filter((c) => columns[c] !== undefined);
  const period = columns.validity === undefined || /(?:19|20)\d{2}/.test(row[columns.validity]);
  return amounts.length > 0 && amounts.every((c) => amountOf(row[columns[c] as number]) !== null) && period;
}

function findTable(doc: SourceDoc): OverviewTable | null {
  for (const written of doc.lines) {
    if (!overviewHeader(written.cells)) continue;
    const line = headerOf(doc, written);
    const columns = overviewHeader(line.cells);
    if (!columns || !line.cells) continue;
    const rows: OverviewRow[] = [];
    const checks: SumCheck[] = [];
    const years = columns.value === undefined && columns.cost === undefined ? yearColumns(line.cells) : [];
    const owner = years.length ? yearsOwner(doc, line.start) : { of: 'cost' as const, sure: true };
    const yearsScale = years.length ? tableScale(doc, line.index, 0, line.cells[years[0].index]) : 1;
    const valueFactor = columns.value !== undefined ? tableScale(doc, line.index, 0, line.cells[columns.value]) : years.length && owner.of === 'value' ? yearsScale : 1;
    const cost = columns.cost !== undefined ? line.cells[columns.cost] : '';
    const costFactor = years.length && owner.of === 'cost' ? yearsScale : tableScale(doc, line.index, 0, cost);
    const sameYears = (cells: string[]) => yearColumns(cells).map((y) => y.year).join() === years.map((y) => y.year).join();
    // The overview may go on in further tables of the same columns (one per förvaltning, nämnd, område or year),
    // each under its own heading, and end in a table of totals only ("Totalt för regionen").
    let at = readRows(doc, line.index, columns, valueFactor, costFactor, rows, checks, line.cells);
    for (let gap = 0, i = at; i < doc.lines.length && gap <= NEXT_TABLE_WITHIN; i++) {
      const l = doc.lines[i];
      if (!l.cells) {
        if (!l.blank) gap++;
        continue;
      }
      const next = overviewHeader(l.cells);
      const scaled = next && l.cells && (next.value === undefined || tableScale(doc, l.index, 0, l.cells[next.value]) === valueFactor) &&
        (next.cost === undefined || tableScale(doc, l.index, 0, l.cells[next.cost]) === costFactor);
      if (next && shape(next) === shape(columns) && scaled && sameYears(l.cells)) {
        at = readRows(doc, l.index, next, valueFactor, costFactor, rows, checks);
      } else if (!next && rows.length) {
        // A table of sums only: its header names amount columns and every row of it is a sum row.
        at = readTotals(doc, l.index, valueFactor, costFactor, rows, checks);
        if (at === l.index) break;
      } else break;
      i = at - 1;
      gap = 0;
    }
    if (rows.length) {
      // "Kostnad AN/år", "AN:s kostnad", "Kostnad för BUN (tkr)": the committee's abbreviation ends in N (nämnd).
      const abbr = /(?<!\p{L})(\p{Lu}{1,4}N)(?::s)?(?!\p{L})/u.exec(cost);
      return { header: line, columns, years, yearsOf: owner.of, yearsOfSure: owner.sure, costAbbreviation: abbr ? abbr[1] : null, rows, valueFactor, costFactor, checks };
    }
  }
  return null;
}

/**
 * The rows under one header, appended to `rows`; each sum row appended to `checks` with the rows it adds up. A sum
 * row closes the group of rows above it (a subtotal); one right after another sum row, or the table's only one, adds
 * up every row so far. A row with only its first cell filled that opens a group ("Område norr") labels the group and
 * is no partnership. Returns the index of the line after the table.
 */
function readRows(
  doc: SourceDoc,
  headerIndex: number,
  columns: Partial<Record<Column, number>>,
  valueFactor: number,
  costFactor: number,
  rows: OverviewRow[],
  checks: SumCheck[],
  header: string[] = doc.lines[headerIndex].cells ?? [],
): number {
  const end = header.findIndex((c, k) => k !== columns.validity && END_COLUMN.test(c.trim()));
  // Amounts per calendar year, in a table without a value or cost column: read in the unit of the year columns.
  const yearIndices = columns.value === undefined && columns.cost === undefined ? yearColumns(header).map((y) => y.index) : [];
  const yearFactor = Math.max(valueFactor, costFactor);
  let group: number[] = [];
  const firstOfTable = rows.length;
  let i = headerIndex + 1;
  for (; i < doc.lines.length; i++) {
    doc.budget?.tick();
    const l = doc.lines[i];
    if (l.blank && !l.cells) continue;
    if (!l.cells) {
      // In plain text a group's label ("Område norr") is a line of its own between rows: a short line, no sentence,
      // right above a row of the table's width.
      const below = doc.lines[i + 1];
      if (squash(l.text).length <= 60 && !/[.:;!?]\s*$/.test(l.text) && below?.cells?.length === header.length) {
        continue;
      }
      break;
    }
    // The header repeated (after a page break, or over the next group's rows) is no row.
    if (overviewHeader(l.cells)) continue;
    const get = (c: Column) => (columns[c] !== undefined ? (l.cells?.[columns[c] as number] ?? '') : '');
    const cells = Object.fromEntries(COLUMNS.map(([c]) => [c, get(c)])) as Record<Column, string>;
    // Start and end in columns of their own read as one period ("2023-07-01 – Tills vidare").
    if (end >= 0 && columns.validity !== undefined && (cells.validity || l.cells[end])) cells.validity = `${cells.validity} – ${l.cells[end] ?? ''}`;
    const prev = rows.length > firstOfTable ? rows[rows.length - 1] : undefined;
    const years = yearIndices.map((k) => l.cells?.[k] ?? '');
    const noAmounts =
      amountOf(cells.value, valueFactor) === null && amountOf(cells.cost, costFactor) === null && amountOf(cells.civil, costFactor) === null && years.every((y) => amountOf(y, yearFactor) === null);
    const label = l.cells.find((c) => c) ?? '';
    const continues = prev && group.length > 0 && noAmounts && (!cells.name || /^\p{Ll}/u.test(cells.name) || /-$/.test(prev.cells.name));
    const onlyFirst = l.cells.filter((c) => c).length === 1 && l.cells[0] === label;
    if (continues) {
      for (const [c] of COLUMNS) {
        if (cells[c]) prev.cells[c] = joinWrapped(prev.cells[c], cells[c]);
      }
      prev.end = l.end;
    } else if (SUM_ROW.test(label)) {
      // The sum row's label stands in its first filled cell, under whichever column comes first.
      const all = rows.map((_, k) => k);
      const counted = COUNTED.exec(label);
      checks.push({
        label: squash(label.replace(/[*_]/g, '')),
        rows: group.length ? group : all,
        value: amountOf(cells.value, valueFactor),
        cost: amountOf(cells.cost, costFactor),
        civil: amountOf(cells.civil, costFactor),
        count: counted ? Number(counted[1]) : null,
        years: years.map((y) => amountOf(y, yearFactor)),
      });
      group = [];
    } else if (onlyFirst && noAmounts && group.length === 0) {
      // A group's label row ("**Område norr**", "Socialförvaltningen"): not a partnership.
      continue;
    } else if (cells.name) {
      group.push(rows.length);
      rows.push({ cells, years, start: l.start, end: l.end });
    }
  }
  return i;
}

/**
 * A table of totals only, after the overview's tables ("| | Regionens del | Totalt värde |" over "Samtliga
 * förvaltningar (5 partnerskap) | 3 500 000 | 6 125 000"): each of its rows a check on every row read so far.
 * Returns the index after it, or `headerIndex` when the table is not one of sums.
 */
function readTotals(doc: SourceDoc, headerIndex: number, valueFactor: number, costFactor: number, rows: OverviewRow[], checks: SumCheck[]): number {
  const header = doc.lines[headerIndex].cells ?? [];
  const columns = mapColumns(header);
  if (columns.name !== undefined || (columns.value === undefined && columns.cost === undefined)) return headerIndex;
  if (tableScale(doc, headerIndex, 0, header[columns.value ?? columns.cost ?? 0]) !== (columns.value !== undefined ? valueFactor : costFactor)) return headerIndex;
  const found: SumCheck[] = [];
  let i = headerIndex + 1;
  for (; i < doc.lines.length; i++) {
    const l = doc.lines[i];
    if (l.blank && !l.cells) continue;
    if (!l.cells) break;
    const label = l.cells.find((c) => c) ?? '';
    if (!SUM_ROW.test(label)) return headerIndex;
    const get = (c: Column) => (columns[c] !== undefined ? (l.cells?.[columns[c] as number] ?? '') : '');
    const counted = COUNTED.exec(label);
    found.push({
      label: squash(label.replace(/[*_]/g, '')),
      rows: rows.map((_, k) => k),
      value: amountOf(get('value'), valueFactor),
      cost: amountOf(get('cost'), costFactor),
      civil: amountOf(get('civil'), costFactor),
      count: counted ? Number(counted[1]) : null,
      years: [],
    });
  }
  if (!found.length) return headerIndex;
  checks.push(...found);
  return i;
}

export interface OverviewAgreement {
  name: string;
  parties: PartyInfo[];
  committeeParty: PartyInfo;
  targetGroup: string | null;
  purpose: string | null;
  places: number | null;
  start: string | null;
  end: string | null;
  annualTotal: number | null;
  cost: number | null;
  /** The committee's amounts per calendar year, from a table's year columns, when they differ from year to year. */
  costYears: YearAmount[] | null;
  /** The civil party's own amount, from a column of its own ("Partens insats, kr/år"). */
  civil: { party: PartyInfo; amount: number } | null;
  /** The row's index rate, from an index column ("2 %"; "AKI" and "–" give null). */
  indexation: { rate: number; baseYear: number | null } | null;
  hasIndexColumn: boolean;
  /** What the row's comment says of money from someone besides its parties ("ESF", "X kommun bidrar med …"). */
  otherFunding: string | null;
  /** Public co-funders a column of other public funding names with their amounts ("300,0 (Region X)"). */
  coFunders: { party: PartyInfo; amount: number }[];
  /** Whether the table's "Summa" row confirms the value, the cost and the civil columns. */
  confirmed: { value: boolean; cost: boolean; civil: boolean };
  warnings: ImportWarning[];
  provenance: Provenance[];
}

/** Every row of the overview as the fields of one agreement. */
export function readOverview(doc: SourceDoc, table: OverviewTable): OverviewAgreement[] {
  const municipality = letterheadOrganisation(doc) ?? municipalityOf(doc);
  const named = table.costAbbreviation ? committeeOf(doc, table.costAbbreviation) : null;
  const committee = named ?? committeeOf(doc);
  // The cost column names a committee the text never spells out: which committee pays is then a guess.
  const unsure = table.costAbbreviation !== null && named === null;
  const own = ownYearOf(doc.prose);
  const chosen = table.rows.map((row) => chooseYear(row, table, own));
  const values = table.rows.map((row, k) => ({
    value: table.years.length && table.yearsOf === 'value' ? chosen[k].amount : amountOf(row.cells.value, table.valueFactor),
    cost: table.years.length && table.yearsOf === 'cost' ? chosen[k].amount : amountOf(row.cells.cost, table.costFactor),
    civil: amountOf(row.cells.civil, table.costFactor),
  }));
  const reconciled = reconcile(table, values, chosen);
  const ownNumber = municipality ? (orgNumberNear(doc, municipality) ?? onlyPublicOrgNumber(doc)) : null;
  const read = table.rows.map((row, at) => {
    const warnings: ImportWarning[] = [...reconciled.warnings[at], ...chosen[at].warnings];
    const confirmed = reconciled.confirmed[at];
    const prov = (field: string) => provenance(field, doc.text, row.start, row.end);
    const committeeParty: PartyInfo = {
      name: municipality ?? committee ?? 'Kommunen',
      orgNumber: ownNumber,
      sector: 'public',
      unit: committee,
      aliases: [],
    };
    if (unsure) {
      warnings.push(
        warning('AMBIGUOUS', 'parties[0].unit', `Kostnadskolumnen gäller ${table.costAbbreviation}, men ingen nämnd med den förkortningen nämns; ${committee ?? 'ingen nämnd'} antogs.`),
      );
    }
    if (!municipality) warnings.push(warning('MISSING_FIELD', 'parties[0].name', 'Kommunens namn framgår inte; nämnden används som part.'));
    if (table.years.length && !table.yearsOfSure) {
      warnings.push(warning('AMBIGUOUS', 'contributions', 'Översikten anger belopp per år utan att säga vems de är; de lästes som nämndens bidrag.'));
    }
    const parties: PartyInfo[] = [committeeParty];
    // "Föreningen X (802508-7431) Stiftelsen Y (888401-5275)": each partner with its number in parentheses.
    const partnerCell = withoutSection(row.cells.parties);
    const numbered = numberedNames(partnerCell);
    for (const raw of numbered ? numbered.map((n) => n.name) : partnerCell.split(/\s*,\s*|\s+och\s+|\s*&\s*|\s*\/\s*|\s*;\s*|\s+\+\s+/)) {
      const name = squash(raw);
      if (!name) continue;
      if (/nämnd/i.test(name)) {
        const unit = committeeName(name.split(' ').pop() ?? name);
        if (unit === committee) continue;
        parties.push({ name: `${committeeParty.name}, ${unit}`, orgNumber: null, sector: 'public', unit, aliases: [] });
      } else {
        const n = capitalize(name);
        const number = numbered?.find((x) => x.name === raw)?.orgNumber ?? null;
        parties.push({ name: n, orgNumber: number, sector: sectorOf(n, number), unit: null, aliases: [] });
      }
    }
    // An org-number column gives the row's civil parties their numbers, in the order the parties are named
    // ("802490-3273 + 802506-6740" beside "X + Y"); a count that differs gives none.
    const civilParties = parties.filter((p) => p.sector === 'civil');
    const orgs = [...row.cells.org.matchAll(/(\d{6})\s?[-–]?\s?(\d{4})/g)];
    if (orgs.length === civilParties.length) civilParties.forEach((p, k) => (p.orgNumber = `${orgs[k][1]}-${orgs[k][2]}`));
    // A places column holds a bare number or says it ("12 helårsplatser", "upp till 8 platser"); without one, the
    // purpose or target group may state it ("Boende (40 platser)").
    const bare = /^\s*(\d{1,4})\s*$/.exec(row.cells.places);
    const placesNumber = bare ? Number(bare[1]) : placesStated(row.cells.places) ?? placesStated(`${row.cells.purpose} ${row.cells.target}`);
    const purpose = squash(row.cells.purpose.replace(/\(\s*\d{1,4}\s*(?:hel(?:tids|års)?platser|årsplatser|platser)\s*\)/i, '')) || null;
    const period = rowPeriod(row.cells.validity, own);
    warnings.push(...period.warnings);
    if (period.openRange) warnings.push(warning('AMBIGUOUS', 'validity.end', `Giltigheten "${row.cells.validity}" anger bara ett startdatum; slutdatumet lämnas tomt.`));
    const { value, cost } = values[at];
    // One civil column for two partners ("två föreningar delar på föreningens insats"): the amount is theirs together,
    // with no split written; it stands on the first of them, said as ambiguous (as a group's amount in prose).
    const civil = civilParties.length ? amountOf(row.cells.civil, table.costFactor) : null;
    if (civilParties.length > 1 && civil !== null) {
      const names = civilParties.map((p) => p.name);
      warnings.push(
        warning(
          'AMBIGUOUS',
          'contributions',
          `${formatKronor(civil)} anges gemensamt för ${names.slice(0, -1).join(', ')} och ${names[names.length - 1]} utan fördelning mellan dem; beloppet fördes till ${names[0]}.`,
        ),
      );
    }
    // A column of other funding: its amount is in the row's value beside the committee's and the civil party's; a
    // public funder it names in brackets is a party of the row's agreement, with that amount.
    const other = otherFundingCell(row.cells.other, table.costFactor, public_(table.header.cells?.[table.columns.other ?? -1] ?? ''));
    const coFunders: { party: PartyInfo; amount: number }[] = [];
    if (other?.funder && !parties.some((p) => p.name.toLowerCase() === other.funder?.toLowerCase())) {
      const party: PartyInfo = { name: other.funder, orgNumber: null, sector: 'public', unit: null, aliases: [] };
      parties.push(party);
      coFunders.push({ party, amount: other.amount });
    } else if (other && civil === null) {
      warnings.push(warning('AMBIGUOUS', 'contributions', `${row.cells.name}: annan finansiering (${squash(row.cells.other)}) ingår i värdet; den idéburna partens del beräknas inte.`));
    }
    const index = table.columns.index !== undefined ? indexationOf(row.cells.index) : { value: noteIndexation(row.cells.note), warning: null };
    if (index.warning) warnings.push(index.warning);
    return {
      name: row.cells.name,
      parties,
      committeeParty,
      targetGroup: row.cells.target || null,
      purpose,
      places: placesNumber,
      // "2022-01-01 – 2025-12-31" gives both ends; a single date is when the agreement runs out.
      start: period.start,
      end: period.end,
      annualTotal: value,
      cost,
      costYears: table.yearsOf === 'cost' && chosen[at].years.length ? chosen[at].years : null,
      civil: civil === null ? null : { party: civilParties[0], amount: civil },
      indexation: index.value,
      hasIndexColumn: table.columns.index !== undefined,
      otherFunding: other ? squash(row.cells.other) : otherFundingOf(row.cells.note, committeeParty.name),
      coFunders,
      confirmed,
      warnings,
      provenance: ['name', 'parties', 'contributions', 'annualTotal', 'validity.end'].map(prov),
    };
  });
  return foldRepeated(read);
}

/**
 * A row's period from its validity cell: "2025-02-01 – 2027-01-31"; "2025-02-01 – tills vidare" and "tills vidare"
 * (no end date); "2024-01-01 –" with nothing after the dash (`openRange`: the start of a range whose end is missing,
 * not an end date). Months without a day ("jan 2027 – dec 2028") run from the first of the first month to the last
 * day of the last (INFERRED, as in an agreement's validity); years without dates ("kalenderåren 2029–2031",
 * "läsåren 2028/29–2029/30") are read as an agreement's period in years is (datesOfYears, with what the overview's own
 * text says its verksamhetsår is, read once), with its warnings.
 */
function rowPeriod(validity: string, own: OwnYear): { start: string | null; end: string | null; openRange: boolean; warnings: ImportWarning[] } {
  const dates = findDates(validity, 0, { shortYearFirst: true });
  const untilFurther = /tills\s+vidare|tillsvidare/i.test(validity);
  if (!dates.length && !untilFurther) {
    const years = plausibleYears(validity);
    if (years) {
      const d = datesOfYears(years, own, `"${squash(validity)}"`);
      return { start: d.start, end: d.end, openRange: false, warnings: [...d.startWarnings, ...d.endWarnings] };
    }
  }
  const openRange = !untilFurther && dates.length === 1 && /^\s*[–-]\s*$/.test(validity.slice(dates[0].end));
  const first = dates.length >= 2 || openRange || (untilFurther && dates.length) ? dates[0] : null;
  const last = dates.length && !openRange && !untilFurther ? dates[dates.length - 1] : null;
  const warnings: ImportWarning[] = [];
  if (first?.dayAssumed) warnings.push(warning('INFERRED', 'validity.start', `Dagen anges inte ("${squash(validity)}"); startdatumet antogs vara den första i månaden (${first.iso}).`));
  const end = last?.dayAssumed ? monthEnd(last.iso) : (last?.iso ?? null);
  if (last?.dayAssumed) warnings.push(warning('INFERRED', 'validity.end', `Dagen anges inte ("${squash(validity)}"); slutdatumet antogs vara den sista i månaden (${end}).`));
  return { start: first?.iso ?? null, end, openRange, warnings };
}

/** Which of a row's year columns gives its yearly amount, its amounts per year, and what is said of them. */
interface YearChoice {
  /** The index into OverviewTable.years of the column read as the yearly amount, or null. */
  at: number | null;
  amount: number | null;
  /** The amounts of the years in the row's period, when they differ; empty otherwise. */
  years: YearAmount[];
  warnings: ImportWarning[];
}

/** A cell that says the agreement does not run that year: "–", "—", "-", "0", or nothing. */
const NO_YEAR = /^[\s*_]*(?:[–—-]|0(?:[,.]0+)?)?[\s*_]*$/u;

/**
 * The yearly amount of a row in a table with a column per calendar year: the first year of the row's own period
 * that the table shows whole (a row that starts in 2028 has "–" in 2027; one that started before the first column
 * counts from the first column), the way the economy reader takes the first year's column. A year the period covers
 * only in part (it starts or ends within it, "januari–juni") is no yearly level: kept as that year's amount and said.
 * The amounts of the period's years are kept (`yearAmounts`) when they differ.
 */
function chooseYear(row: OverviewRow, table: OverviewTable, own: OwnYear): YearChoice {
  const none: YearChoice = { at: null, amount: null, years: [], warnings: [] };
  if (!table.years.length) return none;
  const field = table.yearsOf === 'cost' ? 'contributions' : 'annualTotal';
  const factor = table.yearsOf === 'cost' ? table.costFactor : table.valueFactor;
  const { start, end } = rowPeriod(row.cells.validity, own);
  const cover = (year: number): 'whole' | 'part' | 'none' => {
    if ((start && start > `${year}-12-31`) || (end && end < `${year}-01-01`)) return 'none';
    return (start && start > `${year}-01-01`) || (end && end < `${year}-12-31`) ? 'part' : 'whole';
  };
  const warnings: ImportWarning[] = [];
  const stated: { at: number; year: number; amount: number; cover: 'whole' | 'part' }[] = [];
  table.years.forEach((y, at) => {
    const cell = row.years[at] ?? '';
    const amount = NO_YEAR.test(cell) ? null : amountOf(cell, factor);
    const covers = cover(y.year);
    if (amount === null) {
      if (!NO_YEAR.test(cell)) warnings.push(warning('AMBIGUOUS', field, `${row.cells.name}: cellen för ${y.year} ("${squash(cell)}") kunde inte läsas som ett belopp.`));
      return;
    }
    if (covers === 'none') {
      warnings.push(warning('AMBIGUOUS', field, `${row.cells.name}: översikten anger ${formatKronor(amount)} för ${y.year}, utanför radens giltighet (${row.cells.validity}); beloppet togs inte med.`));
      return;
    }
    stated.push({ at, year: y.year, amount, cover: covers });
  });
  if (!stated.length) return { ...none, warnings };
  const first = stated.find((y) => y.cover === 'whole') ?? stated[0];
  for (const y of stated.filter((x) => x.cover === 'part')) {
    warnings.push(
      warning(y === first ? 'AMBIGUOUS' : 'INFERRED', field, `${row.cells.name}: beloppet för ${y.year} (${formatKronor(y.amount)}) gäller bara en del av året (giltighet ${row.cells.validity})${y === first ? ' och lästes som årsbelopp i brist på ett helt år' : ' och är inget årsbelopp'}.`),
    );
  }
  const startYear = start ? Number(start.slice(0, 4)) : null;
  if (startYear !== null && startYear < first.year && !stated.some((y) => y.year === startYear)) {
    warnings.push(warning('INFERRED', field, `${row.cells.name}: översikten visar inte ${startYear}, partnerskapets första år; beloppet för ${first.year} lästes som årsbelopp.`));
  }
  const differ = stated.some((y) => y.amount !== stated[0].amount);
  return { at: first.at, amount: first.amount, years: differ ? stated.map(({ year, amount }) => ({ year, amount })) : [], warnings };
}

/**
 * A partnership listed in more than one of the overview's tables (one table per year, or per förvaltning that
 * share it) is one agreement: the first row stands, and when a later row gives it another value, share or period
 * the fields that differ are warned as ambiguous (which one holds cannot be told).
 */
function foldRepeated(read: OverviewAgreement[]): OverviewAgreement[] {
  const out: OverviewAgreement[] = [];
  // The same name with the same partners: two rows of one name and different partners stay two agreements. Keyed once
  // per row (a search of the rows so far for each row made a long overview quadratic).
  const key = (a: OverviewAgreement) => [a.name, ...a.parties.map((p) => p.name)].map((x) => squash(x).toLowerCase()).join('|');
  const firstOf = new Map<string, OverviewAgreement>();
  for (const a of read) {
    const k = key(a);
    const first = firstOf.get(k);
    if (!first) {
      firstOf.set(k, a);
      out.push(a);
      continue;
    }
    const differs = (field: string, x: unknown, y: unknown, what: string) => {
      if (x === y) return;
      first.confirmed = { value: false, cost: false, civil: false };
      first.warnings.push(warning('AMBIGUOUS', field, `${first.name} står på flera rader i översikten med olika ${what} (${String(x ?? '–')} och ${String(y ?? '–')}); den första raden lästes.`));
    };
    differs('annualTotal', first.annualTotal, a.annualTotal, 'värde');
    differs('contributions', first.cost, a.cost, 'belopp för nämnden');
    differs('contributions', first.civil?.amount ?? null, a.civil?.amount ?? null, 'belopp för den idéburna parten');
    differs('validity', `${first.start ?? ''}–${first.end ?? ''}`, `${a.start ?? ''}–${a.end ?? ''}`, 'giltighet');
  }
  return out;
}

type AmountColumn = 'value' | 'cost' | 'civil';
const FIELD_OF: Record<AmountColumn, string> = { value: 'annualTotal', cost: 'contributions', civil: 'contributions' };
const COLUMN_NAME: Record<AmountColumn, string> = { value: 'värdet', cost: 'nämndens del', civil: 'den idéburna partens del' };

/**
 * Each sum row a second reading of the rows it adds up, column by column: when the rows' amounts add up to it, each
 * is confirmed; when they do not, each row it covers that no other sum row confirms gets a TOTAL_MISMATCH warning on
 * that field (which row is wrong cannot be told). A sum row that counts its partnerships ("5 partnerskap") and
 * covers another number of rows warns every row: a row was missed or read twice.
 */
function reconcile(
  table: OverviewTable,
  values: Record<AmountColumn, number | null>[],
  chosen: YearChoice[] = [],
): { confirmed: Record<AmountColumn, boolean>[]; warnings: ImportWarning[][] } {
  const confirmed = values.map(() => ({ value: false, cost: false, civil: false }));
  const warnings: ImportWarning[][] = values.map(() => []);
  const misses: { check: SumCheck; column: AmountColumn; sum: number }[] = [];
  // Year columns: each year's sum row confirms the rows whose yearly amount was read from that year ("–" adds 0).
  const factor = table.yearsOf === 'cost' ? table.costFactor : table.valueFactor;
  for (const check of table.years.length ? table.checks : []) {
    table.years.forEach((y, at) => {
      const stated = check.years[at];
      const cells = check.rows.map((k) => table.rows[k].years[at] ?? '');
      if (stated === null || stated === undefined || cells.some((c) => !NO_YEAR.test(c) && amountOf(c, factor) === null)) return;
      const sum = cells.reduce((t, c) => t + (NO_YEAR.test(c) ? 0 : (amountOf(c, factor) as number)), 0);
      for (const k of check.rows.filter((r) => chosen[r]?.at === at)) {
        if (sum === stated) confirmed[k][table.yearsOf] = true;
        else {
          warnings[k].push(
            warning(
              'TOTAL_MISMATCH',
              FIELD_OF[table.yearsOf],
              `Raderna summerar ${y.year} till ${formatKronor(sum)}, men summaraden "${check.label}" anger ${formatKronor(stated)}; vilken rad som avviker framgår inte.`,
            ),
          );
        }
      }
    });
  }
  for (const check of table.checks) {
    for (const column of ['value', 'cost', 'civil'] as AmountColumn[]) {
      const stated = check[column];
      if (stated === null || !check.rows.length || check.rows.some((k) => values[k][column] === null)) continue;
      const sum = check.rows.reduce((t, k) => t + (values[k][column] as number), 0);
      if (sum === stated) check.rows.forEach((k) => (confirmed[k][column] = true));
      else misses.push({ check, column, sum });
    }
    if (check.count !== null && check.count !== check.rows.length) {
      for (const k of check.rows) {
        warnings[k].push(warning('TOTAL_MISMATCH', 'name', `Summaraden "${check.label}" räknar ${check.count} partnerskap, men ${check.rows.length} rader lästes.`));
      }
    }
  }
  for (const { check, column, sum } of misses) {
    for (const k of check.rows) {
      if (confirmed[k][column]) continue;
      warnings[k].push(
        warning(
          'TOTAL_MISMATCH',
          FIELD_OF[column],
          `Raderna summerar ${COLUMN_NAME[column]} till ${formatKronor(sum)}, men summaraden "${check.label}" anger ${formatKronor(check[column] as number)}; vilken rad som avviker framgår inte.`,
        ),
      );
    }
  }
  return { confirmed, warnings };
}

/**
 * A name followed by its org number: "(802508-7431)", "(org.nr 802508-7431)", ", org.nr 802508-7431", ", 8025324719"
 * (unhyphenated after a comma only when its check digit holds: numberedNames).
 */
/**
 * A section of the organisation named before it, after a comma: "Orrskogs IF, parasportsektionen", "Föreningen X,
 * ungdomsavdelningen", "X FF, damsektion". A section or department of an association is no organisation of its own
 * (the number beside it is the association's), so the partner is the association acting through it.
 */
const SECTION_AFTER_NAME = /,\s*\p{L}[\p{L}-]*?(?:sektion|avdelning)(?:en)?(?=\s*(?:\(|[,;&/+]|\s(?:och|samt)\s|$))/gu;

/**
 * The partner cell without the sections its organisations act through.
 * @example withoutSection('Orrskogs IF, parasportsektionen (802493-7156)') // 'Orrskogs IF (802493-7156)'
 */
export function withoutSection(cell: string): string {
  return cell.replace(SECTION_AFTER_NAME, '');
}

const NAME_AND_NUMBER =
  /([^(),]+?)\s*(?:\(\s*(?:org(?:anisations)?\.?\s*-?\s*n(?:umme)?r\.?:?\s*)?(\d{6})\s?[-–]?\s?(\d{4})\s*\)|,\s*(?:org(?:anisations)?\.?\s*-?\s*n(?:umme)?r\.?:?\s*)?(\d{6})(?:\s?[-–]\s?|(?=\d{4}(?!\d)))(\d{4})(?!\d))/giu;

/**
 * A partner cell that gives each partner's org number after its name (in parentheses, or after a comma), one or
 * several, with nothing else in it: the partners with their numbers; null for any other cell.
 *
 * @example numberedNames('Hovhults IF (802481-1963) och Studiefrämjandet Bohuslän (802516-0394)') // two partners with numbers
 */
export function numberedNames(cell: string): { name: string; orgNumber: string }[] | null {
  const out: { name: string; orgNumber: string }[] = [];
  for (const m of cell.matchAll(NAME_AND_NUMBER)) {
    if (m[4] && !/[-–]/.test(m[0]) && !luhnValid(m[4] + m[5])) return null;
    const name = squash(m[1].replace(/^[\s,;&/]*(?:och\s+)?/iu, '').replace(/[\s,;&/]+$/u, ''));
    if (name) out.push({ name, orgNumber: `${m[2] ?? m[4]}-${m[3] ?? m[5]}` });
  }
  const rest = squash(cell.replace(NAME_AND_NUMBER, '').replace(/[\s,;&/]|(?<!\p{L})och(?!\p{L})/giu, ''));
  return out.length && !rest ? out : null;
}

/** The org number printed right after an organisation's name ("Nyköpings kommun (org.nr 212000-0357)"). */
function orgNumberNear(doc: SourceDoc, name: string): string | null {
  const after = /^\s*,?\s*\(?\s*(?:org(?:anisations)?\.?\s*-?\s*n(?:umme)?r\.?:?\s*)(\d{6})\s?[-–]?\s?(\d{4})/iu;
  for (let at = doc.prose.indexOf(name); at >= 0; at = doc.prose.indexOf(name, at + 1)) {
    const m = after.exec(doc.prose.slice(at + name.length, at + name.length + 60));
    if (m) return `${m[1]}-${m[2]}`;
  }
  return null;
}

/**
 * The document's one public-sector org number (first digit 2), labelled "Org.nr", wherever it stands: in the
 * letterhead ("Region Halland / Regionala utvecklingsnämnden / Org.nr 232100-0479") or the closing footer line
 * ("Kristianstads kommun · Socialförvaltningen · … · Org.nr 212000-8236"). The overview's only public party is the
 * committee's municipality or region, so the number is its; two different such numbers give none.
 *
 * @example onlyPublicOrgNumber(doc) // "212000-8236"
 */
function onlyPublicOrgNumber(doc: SourceDoc): string | null {
  const numbers = new Set<string>();
  for (const m of doc.prose.matchAll(/org(?:anisations)?\.?\s*-?\s*n(?:umme)?r\.?\s*:?\s*(2\d{5})\s?[-–]?\s?(\d{4})(?!\d)/giu)) numbers.add(`${m[1]}-${m[2]}`);
  return numbers.size === 1 ? [...numbers][0] : null;
}

/**
 * A rate of indexation a comment cell states: "Uppräkning 2 % per år", "Räknas upp med 1,5 procent årligen",
 * "Indexeras 3 %/år". A comment saying anything else about it gives none.
 *
 * @example noteIndexation('Sex lägenheter. Uppräkning 2 % per år.') // { rate: 0.02, baseYear: null }
 */
function noteIndexation(cell: string): { rate: number; baseYear: number | null } | null {
  const m = /(?:uppräkning|räknas\s+upp|uppräknas|indexeras|indexering)[^.;\d]{0,25}?(\d{1,2}(?:[,.]\d{1,2})?)\s*(?:%|procent)/iu.exec(cell);
  return m ? { rate: Math.round(Number(m[1].replace(',', '.')) * 1000) / 100000, baseYear: null } : null;
}

/**
 * A comment cell that speaks of money from someone besides the issuer and the civil party: another kommun or region
 * "är part"/"bidrar med", co-financing ("medfinansieras av", "samfinansieras"), EU or state money ("Europeiska
 * socialfonden", "ESF", "Arvsfonden", "statsbidrag"). The row's value then holds more than the two parties' shares,
 * so the civil party's share is not the value minus the issuer's. The issuer itself ("ingår ej i regionens del")
 * does not count.
 *
 * @example otherFundingOf('Knivsta kommun är part och bidrar med 720 000 kr/år', 'Region Uppsala') // the comment
 */
export function otherFundingOf(note: string, issuer: string): string | null {
  const text = squash(note);
  if (!text) return null;
  const money = /medfinansi|samfinansi|delfinansi|socialfond|(?<!\p{L})ESF(?!\p{L})|arvsfond|statsbidrag|statliga medel|EU-medel/iu;
  const body = /(?<!\p{L})Region\s+\p{Lu}\p{L}+|\p{Lu}\p{L}+\s+(?:kommun|stad|region)(?!\p{L})/u;
  const m = money.exec(text) ?? body.exec(text);
  if (!m) return null;
  // The issuer named as itself is no other funder.
  if (issuer && squash(m[0]).toLowerCase() === issuer.toLowerCase()) return null;
  return text;
}

/** A header that says its funding is public: "Annan offentlig finansiering", "Övriga offentliga medel". */
const public_ = (header: string) => /offentlig/iu.test(header);

/**
 * A cell of the column of other funding: its amount (the table's unit) and the funder it names in brackets ("300,0
 * (Region X)"), the funder kept only when it is public (by its own name, or by the header's "offentlig" for a name
 * such as "Samordningsförbundet Y"). Null for "–" or an empty cell.
 * @example otherFundingCell('300,0 (Region Västlanda)', 1000, true) // { amount: 300000, funder: 'Region Västlanda' }
 */
export function otherFundingCell(cell: string, factor: number, publicHeader: boolean): { amount: number; funder: string | null } | null {
  const named = /\(([^()]{3,80})\)/u.exec(cell);
  const amount = amountOf(cell.replace(/\([^()]*\)/gu, ' '), factor);
  if (amount === null || amount <= 0) return null;
  const funder = named ? squash(named[1]) : null;
  return { amount, funder: funder && (PUBLIC_BODY.test(funder) || (publicHeader && /^\p{Lu}/u.test(funder) && sectorOf(funder, null) === 'public')) ? funder : null };
}

/** An index column's cell: "2 %", "1,5 %" a rate; a named index ("AKI") or "–" no rate. */
function indexationOf(cell: string): { value: { rate: number; baseYear: number | null } | null; warning: ImportWarning | null } {
  const rate = /^\s*(\d{1,2}(?:[,.]\d{1,2})?)\s*(?:%|procent)\s*$/i.exec(cell);
  if (rate) return { value: { rate: Math.round(Number(rate[1].replace(',', '.')) * 1000) / 100000, baseYear: null }, warning: null };
  if (/\p{L}{2,}/u.test(cell)) return { value: null, warning: warning('AMBIGUOUS', 'indexation', `Uppräkningen följer ${squash(cell)} utan en fast procentsats; ingen sats antas.`) };
  return { value: null, warning: null };
}
