import type { ImportWarning, Provenance } from '../result';
import { parseSwedishNumber } from '../../domain/swedishNumbers';
import { bareAmount, trailingAmount } from './amounts';
import { findDates } from './dates';
import { provenance, warning } from './field';
import { capitalize, committeeName, committeeOf, letterheadOrganisation, municipalityOf, PartyInfo, sectorOf } from './parties';
import { joinWrapped, squash } from '../text/normalize';
import { Line, SourceDoc } from '../text/source';
import { tableScale } from '../economy/scale';
import { findBlockOverview } from './overviewBlocks';

/** One row of the committee's overview table, cells merged across wrapped lines. */
export interface OverviewRow {
  cells: Record<Column, string>;
  start: number;
  end: number;
}

export type Column = 'name' | 'org' | 'civil' | 'parties' | 'target' | 'purpose' | 'places' | 'value' | 'cost' | 'validity' | 'index' | 'note';

/** An overview's columns by their headers; the order decides a header two patterns could claim ("Partens insats"). */
export const COLUMNS: [Column, RegExp][] = [
  ['name', /^(namn|iop|insats|benämning|överenskommelse|partnerskap(?:et)?$)/i],
  ['org', /^org(?:anisations)?\.?\s*-?\s*n(?:umme)?r/i],
  ['civil', /^(?:partens|föreningens|organisationens|idéburen parts?|den idéburna partens|motpartens)\s+(?:(?:egen|egna|eget)\s+)?(?:insats|del|bidrag|andel)|^(?:varav|därav)\s+(?:föreningen|stiftelsen|organisationen|(?:den\s+)?idéburna?\s+parten|idéburen\s+part)(?!\p{L})/iu],
  ['parties', /samverkanspart|^parter?\b|idéburen part|idéburna parter|förening|organisation|aktör/i],
  ['target', /målgrupp|kategoriser/i],
  ['purpose', /syfte/i],
  ['places', /^(?:antal\s+)?platser/i],
  ['value', /beräknat värde|total(?:t|a)? värde|^värde|total kostnad|omslutning|^totalt?\b|^summa\b/i],
  // "varav nämnden", "därav socialnämnden", "varav kommunen": the committee's part of the value beside it. A "varav"
  // column of anything else ("varav statsbidrag") is not the committee's.
  ['cost', /^(?!(?:varav|därav)\s)(?=.*?(?:kostnad|bidrag|nämndens (?:del|andel|insats)))|^(?:varav|därav)\s+(?:(?:\p{L}+-,?\s+(?:och\s+)?)*\p{L}*nämndens?|kommunens?|regionens?|stadens?)(?!\p{L})/iu],
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
  costAbbreviation: string | null;
  rows: OverviewRow[];
  /** Kronor per unit of the value and cost columns (1000 under a "(tkr)" header). */
  valueFactor: number;
  costFactor: number;
  /** The amounts of a "Summa"/"Totalt" row under the value and cost columns, when the table has one. */
  sums: { value: number | null; cost: number | null; civil: number | null } | null;
}

function mapColumns(cells: string[]): Partial<Record<Column, number>> {
  const columns: Partial<Record<Column, number>> = {};
  cells.forEach((cell, i) => {
    const hit = COLUMNS.find(([col, re]) => columns[col] === undefined && re.test(cell));
    if (hit) columns[hit[0]] = i;
  });
  return columns;
}

/** A cell's amount; a bare number is in the unit its column header states ("Beräknat värde/år (tkr)"). */
function amountOf(cell: string, factor = 1): number | null {
  const stated = trailingAmount(cell)?.value;
  if (stated !== undefined) return stated;
  // In thousands the decimals count ("1 232,5" tkr is 1 232 500 kr): the number is read whole before it is scaled.
  const scaled = factor > 1 ? parseSwedishNumber(cell.trim()) : null;
  if (scaled !== null && scaled > 0) return Math.round(scaled * factor);
  const bare = bareAmount(cell);
  return bare === null ? null : Math.round(bare * factor);
}


/** A table's row of sums: "Summa", "Totalt", "Samtliga", in its first filled cell (markdown's "**Summa**" too). */
const SUM_ROW = /^\W*(?:summa|totalt?|samtliga)\b/i;

/** The committee's overview: a table with a row per partnership, else a block per partnership (overviewBlocks.ts). */
export function findOverviewTable(doc: SourceDoc): OverviewTable | null {
  return findTable(doc) ?? findBlockOverview(doc);
}

function findTable(doc: SourceDoc): OverviewTable | null {
  for (const line of doc.lines) {
    if (!line.cells || line.cells.length < 4) continue;
    const columns = mapColumns(line.cells);
    if (columns.name === undefined || (columns.value === undefined && columns.cost === undefined) || Object.keys(columns).length < 4) continue;
    const rows: OverviewRow[] = [];
    let sums: OverviewTable['sums'] = null;
    const cost = columns.cost !== undefined ? line.cells[columns.cost] : '';
    const valueFactor = columns.value !== undefined ? tableScale(doc, line.index, 0, line.cells[columns.value]) : 1;
    const costFactor = tableScale(doc, line.index, 0, cost);
    const end = line.cells.findIndex((c, k) => k !== columns.validity && END_COLUMN.test(c.trim()));
    for (let i = line.index + 1; i < doc.lines.length; i++) {
      const l = doc.lines[i];
      if (l.blank && !l.cells) continue;
      if (!l.cells) break;
      const get = (c: Column) => (columns[c] !== undefined ? (l.cells?.[columns[c] as number] ?? '') : '');
      const cells = Object.fromEntries(COLUMNS.map(([c]) => [c, get(c)])) as Record<Column, string>;
      // Start and end in columns of their own read as one period ("2023-07-01 – Tills vidare").
      if (end >= 0 && columns.validity !== undefined && (cells.validity || l.cells[end])) cells.validity = `${cells.validity} – ${l.cells[end] ?? ''}`;
      const prev = rows[rows.length - 1];
      const noAmounts = amountOf(cells.value, valueFactor) === null && amountOf(cells.cost, costFactor) === null && amountOf(cells.civil, costFactor) === null;
      const continues = prev && noAmounts && (!cells.name || /^\p{Ll}/u.test(cells.name) || /-$/.test(prev.cells.name));
      if (continues) {
        for (const [c] of COLUMNS) {
          if (cells[c]) prev.cells[c] = joinWrapped(prev.cells[c], cells[c]);
        }
        prev.end = l.end;
      } else if (cells.name && !SUM_ROW.test(cells.name)) {
        rows.push({ cells, start: l.start, end: l.end });
      } else if (SUM_ROW.test(l.cells.find((c) => c) ?? '')) {
        // The sum row's label stands in its first filled cell, under whichever column comes first.
        sums = { value: amountOf(cells.value, valueFactor), cost: amountOf(cells.cost, costFactor), civil: amountOf(cells.civil, costFactor) };
      }
    }
    if (rows.length) {
      // "Kostnad AN/år", "AN:s kostnad", "Kostnad för BUN (tkr)": the committee's abbreviation ends in N (nämnd).
      const abbr = /(?<!\p{L})(\p{Lu}{1,4}N)(?::s)?(?!\p{L})/u.exec(cost);
      return { header: line, columns, costAbbreviation: abbr ? abbr[1] : null, rows, valueFactor, costFactor, sums };
    }
  }
  return null;
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
  /** The civil party's own amount, from a column of its own ("Partens insats, kr/år"). */
  civil: { party: PartyInfo; amount: number } | null;
  /** The row's index rate, from an index column ("2 %"; "AKI" and "–" give null). */
  indexation: { rate: number; baseYear: number | null } | null;
  hasIndexColumn: boolean;
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
  const values = table.rows.map((row) => ({
    value: amountOf(row.cells.value, table.valueFactor),
    cost: amountOf(row.cells.cost, table.costFactor),
    civil: amountOf(row.cells.civil, table.costFactor),
  }));
  // The table's own "Summa" row is a second reading of every row's amount in that column.
  const sumsTo = (column: 'value' | 'cost' | 'civil') =>
    table.sums?.[column] != null && values.every((v) => v[column] !== null) && values.reduce((t, v) => t + (v[column] as number), 0) === table.sums[column];
  const confirmed = { value: sumsTo('value'), cost: sumsTo('cost'), civil: sumsTo('civil') };
  const ownNumber = municipality ? (orgNumberNear(doc, municipality) ?? onlyPublicOrgNumber(doc)) : null;
  return table.rows.map((row) => {
    const warnings: ImportWarning[] = [];
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
    const parties: PartyInfo[] = [committeeParty];
    // "Föreningen X (802508-7431) Stiftelsen Y (888401-5275)": each partner with its number in parentheses.
    const numbered = numberedNames(row.cells.parties);
    for (const raw of numbered ? numbered.map((n) => n.name) : row.cells.parties.split(/\s*,\s*|\s+och\s+|\s*&\s*|\s*\/\s*|\s*;\s*|\s+\+\s+/)) {
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
    const placesColumn = /^\s*(\d{1,4})\s*$/.exec(row.cells.places);
    const placesHit = placesColumn ?? /(\d{1,4})\s*(?:hel(?:tids|års)?platser|årsplatser|platser)/i.exec(`${row.cells.purpose} ${row.cells.target}`);
    const purpose = squash(row.cells.purpose.replace(/\(\s*\d{1,4}\s*(?:hel(?:tids|års)?platser|årsplatser|platser)\s*\)/i, '')) || null;
    const dates = findDates(row.cells.validity, 0, { shortYearFirst: true });
    // "2025-02-01 – tills vidare", "tills vidare": an agreement without an end date.
    const untilFurther = /tills\s+vidare|tillsvidare/i.test(row.cells.validity);
    // "2024-01-01 –" with nothing after the dash: the start of a range whose end is missing, not an end date.
    const openRange = !untilFurther && dates.length === 1 && /^\s*[–-]\s*$/.test(row.cells.validity.slice(dates[0].end));
    if (openRange) warnings.push(warning('AMBIGUOUS', 'validity.end', `Giltigheten "${row.cells.validity}" anger bara ett startdatum; slutdatumet lämnas tomt.`));
    const value = amountOf(row.cells.value, table.valueFactor);
    const cost = amountOf(row.cells.cost, table.costFactor);
    const civil = civilParties.length === 1 ? amountOf(row.cells.civil, table.costFactor) : null;
    const index = table.columns.index !== undefined ? indexationOf(row.cells.index) : { value: noteIndexation(row.cells.note), warning: null };
    if (index.warning) warnings.push(index.warning);
    return {
      name: row.cells.name,
      parties,
      committeeParty,
      targetGroup: row.cells.target || null,
      purpose,
      places: placesHit ? Number(placesHit[1]) : null,
      // "2022-01-01 – 2025-12-31" gives both ends; a single date is when the agreement runs out.
      start: dates.length >= 2 || openRange || (untilFurther && dates.length) ? dates[0].iso : null,
      end: dates.length && !openRange && !untilFurther ? dates[dates.length - 1].iso : null,
      annualTotal: value,
      cost,
      civil: civil === null ? null : { party: civilParties[0], amount: civil },
      indexation: index.value,
      hasIndexColumn: table.columns.index !== undefined,
      confirmed,
      warnings,
      provenance: ['name', 'parties', 'contributions', 'annualTotal', 'validity.end'].map(prov),
    };
  });
}

/** A name followed by its org number: "(802508-7431)", "(org.nr 802508-7431)", ", org.nr 802508-7431". */
const NAME_AND_NUMBER =
  /([^(),]+?)\s*(?:\(\s*(?:org(?:anisations)?\.?\s*-?\s*n(?:umme)?r\.?:?\s*)?(\d{6})\s?[-–]?\s?(\d{4})\s*\)|,\s*(?:org(?:anisations)?\.?\s*-?\s*n(?:umme)?r\.?:?\s*)?(\d{6})\s?[-–]\s?(\d{4})(?!\d))/giu;

/**
 * A partner cell that gives each partner's org number after its name (in parentheses, or after a comma), one or
 * several, with nothing else in it: the partners with their numbers; null for any other cell.
 *
 * @example numberedNames('Hovhults IF (802481-1963) och Studiefrämjandet Bohuslän (802516-0394)') // two partners with numbers
 */
export function numberedNames(cell: string): { name: string; orgNumber: string }[] | null {
  const out: { name: string; orgNumber: string }[] = [];
  for (const m of cell.matchAll(NAME_AND_NUMBER)) {
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

/** An index column's cell: "2 %", "1,5 %" a rate; a named index ("AKI") or "–" no rate. */
function indexationOf(cell: string): { value: { rate: number; baseYear: number | null } | null; warning: ImportWarning | null } {
  const rate = /^\s*(\d{1,2}(?:[,.]\d{1,2})?)\s*(?:%|procent)\s*$/i.exec(cell);
  if (rate) return { value: { rate: Math.round(Number(rate[1].replace(',', '.')) * 1000) / 100000, baseYear: null }, warning: null };
  if (/\p{L}{2,}/u.test(cell)) return { value: null, warning: warning('AMBIGUOUS', 'indexation', `Uppräkningen följer ${squash(cell)} utan en fast procentsats; ingen sats antas.`) };
  return { value: null, warning: null };
}
