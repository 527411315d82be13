import { formatKronor, multiply, ratioOf, roundHalfUp } from '../../domain/money';
import { findAmounts } from '../fields/amounts';
import { warning } from '../fields/field';
import type { PartyInfo } from '../fields/parties';
import { joinWrapped, squash } from '../text/normalize';
import type { Line, SourceDoc } from '../text/source';
import { cellAmount, cellPeriod, describeItem, onePartyIn, partiesIn, withoutMarks } from './cells';
import { sentencesBefore, tableScale } from './scale';
import { agreementYearColumn, isPeriodCell } from './agreementYears';
import { monthsOf, partitionsYear, splitFigures, splitParts, splitYears } from './yearParts';
import { AgreementYears, emptyRead, RawItem, RuleRead, StatedAmount, YearAmount } from './model';
import {
  AMOUNT_HEADER,
  COMMITTEE_NAME,
  COST_SIDE,
  FINANCING,
  GRAND_LABEL,
  OWN_RESOURCES,
  OUTSIDE_MONEY,
  PARTIES_MONEY,
  MONTHLY_HEADER,
  HALF_YEAR_HEADER,
  PARTY_HEADER,
  QUANTITY_HEADER,
  ROW_TOTAL_HEADER,
  countUnitOf,
  rateUnitOf,
  SUM_HEADER,
  TOTAL_LABEL,
  YEAR_HEADER,
  YEARLY_HEADER,
} from './vocabulary';

/**
 * The table rule: a table whose header says what its columns hold (Word, Markdown, PDF columns or a plain-text
 * column table). Columns are read by their headers: a Part column (empty cells below a party belong to it), a
 * column per party, a column per year (the first year is the yearly amount; different years are kept as
 * `yearAmounts`), "Kr/år" over "Kr/mån", Antal × À-pris only when no amount column exists, Summa/Totalt rows
 * as stated sums. A table without such a header is left to the line rule.
 */

export interface Row {
  line: Line;
  cells: string[];
}

interface Layout {
  label: number;
  party: number | null;
  partyColumns: Map<number, PartyInfo> | null;
  /** Columns headed like a party's (a committee) that the table could not give to one party: their amounts are not read. */
  unattributed: number[];
  sum: number | null;
  years: { index: number; year: number }[];
  /** Columns per agreement year that are not calendar years ("Avtalsår 1" over "2027-02-01 – 2028-01-31"), in order. */
  agreementYears: number[];
  /** The column of yearly amounts, and its factor to a year (12 for a month column, 2 for a term's). */
  amount: { index: number; perYear: number } | null;
  /** The amount column when it totals each row beside columns of the row's parts ("Summa kr/år"), by its header. */
  rowTotal: string | null;
  quantities: number[];
  /** A column per term ("Ht 2027 | Vt 2028"): the first autumn and spring terms together are the year (a läsår). */
  terms: number[];
  /**
   * The count column that makes the amount column's rate a year ("Kr per vecka" × "Antal veckor"): each row's
   * yearly amount is its rate times its count, and the unit names both in warnings.
   */
  count: { index: number; unit: string; header: string } | null;
  /** Columns that are parts of one year ("Jan–jun | Jul–dec", "Kv 1 … Kv 4"): each row's year is their sum. */
  parts: number[];
  /** Part-of-a-year columns that do not cover the year once ("Jan–jun" alone): not read, said so. */
  partialParts: string[];
  scale: number;
}

/** A sentence above a table that puts its amounts per term: "beloppen nedan gäller för varje termin", "Kostnad per termin". */
const TERM_NOTE = /(?:belopp\p{L}*|kostnad\p{L}*|insats\p{L}*|summ\p{L}*|tabell\p{L}*)[^.;]{0,60}?(?:(?:per|för\s+(?:varje|en)|varje|avser\s+en)\s+termin|(?:per|för\s+(?:varje|ett)|varje|avser\s+ett)\s+halvår)(?!\p{L})/iu;

/** A term's column: "Ht 2027", "VT 2028", "Höstterminen 2027", "Vårtermin 2028". */
const TERM_YEAR = /^(?:(ht|vt)|(höst|vår)termin(?:en)?)\s*(?:20\d{2})(?:\s*\((?:t|mn)?kr\))?$/iu;

/** A line drawn with dashes or equals signs under a plain-text table's header or between its parts. */
const RULE = /^\s*[-=_–—]{5,}\s*$/;

/** Cells of a line: a table row's cells, or a plain-text row split at runs of spaces ("Insats      Part      tkr/år"). */
function cellsOf(line: Line, plain: boolean): string[] | null {
  if (line.cells) return line.cells;
  if (!plain || line.blank) return null;
  const parts = line.text.trim().split(/\s{2,}/).map(squash);
  return parts.length >= 2 ? parts : null;
}

/** The word a year's column may name its year by: "År 2028", "Läsår 2028/29", "Verksamhetsår 2029", "Budget 2029 tkr". */
const YEAR_WORD = /^(?:år|läsår|verksamhetsår|budgetår|budget|kalenderår|säsong(?:en)?)$/iu;
const isYearCell = (cell: string) => {
  if (!YEAR_HEADER.test(cell)) return false;
  // "2029, kr", "2030 – tkr": the unit after a comma or dash is the column's unit too.
  const rest = squash(cell.replace(YEAR_HEADER, '').replace(/\((?:t|mn)?kr\)|(?<!\p{L})(?:(?:t|mn)?kr|kronor|sek)(?!\p{L})/giu, '')).replace(/^[,;:–-]\s*|\s*[,;:–-]$/g, '');
  return rest === '' || YEAR_WORD.test(rest);
};
/** A year under an amount heading merged into one header cell ("Belopp (kr) 2025", "Belopp per år (tkr) 2026"). */
const isAmountYear = (cell: string) => {
  if (!YEAR_HEADER.test(cell)) return false;
  const rest = squash(cell.replace(YEAR_HEADER, '').replace(/\([^)]*\)/g, ''));
  return rest === '' || AMOUNT_HEADER.test(rest) || YEARLY_HEADER.test(rest);
};

/** A split year alone in a header's cell: "2029/30", "2029/2030". */
const SPLIT_YEAR_CELL = /^\s*20\d{2}\s*\/\s*(?:20)?\d{2}\s*$/u;
/** A header's cell: words, a year (or years run together), an agreement year's period, no amount. */
const isHeaderCell = (c: string) =>
  !c || isYearCell(c) || isPeriodCell(c) || agreementYearColumn(c) !== null || splitYears(c) !== null || (findAmounts(c).length === 0 && !/^\s*[\d\s.,–-]+\s*$/.test(withoutMarks(c)));

/** A header row: words (or years, or agreement years' periods) and no amount. */
function isHeaderRow(cells: string[]): boolean {
  return cells.some((c) => /\p{L}{2,}|^\d{4}$/u.test(c)) && cells.every(isHeaderCell);
}

/**
 * The columns of a header that each name a party (a name, a role word, a committee), and the columns that look like
 * a party's but name none the table can use (a committee two public parties could have). A public party acting
 * through two committees may have a column per committee ("Socialnämnden | Kultur- och fritidsnämnden"): both are
 * that party's; another second column of one party (its name twice) is left out and listed as unattributed.
 */
function partyColumnsOf(cells: string[], parties: PartyInfo[]): { columns: Map<number, PartyInfo>; unattributed: number[] } | null {
  const columns = new Map<number, PartyInfo>();
  const unattributed: number[] = [];
  const rests = new Map<number, string>();
  cells.forEach((cell, i) => {
    if (i === 0 || !cell) return;
    const rest = squash(cell.replace(/\((?:kr|tkr|mnkr|sek)\)|\b(?:kr|tkr|mnkr|sek|per år|\/år|insats|bidrag|kostnad)\b/gi, ''));
    // A role word ("Staden") or a committee ("Socialnämnden | Föreningen") names a column's party as in a Part column.
    const byName = partiesIn(cell, parties);
    const byRole = byName.length ? null : onePartyIn(rest, parties);
    const named = byRole ? [byRole] : byName;
    const committee = COMMITTEE_NAME.test(rest);
    // The cell is the party's name (a few words more at most) or one committee's name, not a sentence naming it.
    if (named.length !== 1 || !(byRole || committee || rest.length <= named[0].name.length + 12)) {
      if (committee) unattributed.push(i);
      return;
    }
    const same = [...columns].filter(([, p]) => p === named[0]).map(([k]) => k);
    const ownCommittee = committee && same.every((k) => COMMITTEE_NAME.test(rests.get(k) ?? '') && (rests.get(k) ?? '').toLowerCase() !== rest.toLowerCase());
    if (!same.length || ownCommittee) {
      columns.set(i, named[0]);
      rests.set(i, rest);
    } else unattributed.push(i);
  });
  return columns.size >= 2 ? { columns, unattributed } : null;
}

/**
 * "Tidigare belopp", "Före ändring", "Nuvarande belopp", "Hittills gällande, kr/år": the old column of an amendment.
 */
const SUPERSEDED_HEADER = /^(?:tidigare|före\s+ändring(?:en)?|nuvarande|hittillsvarande|hittills(?:\s+gällande)?|gammalt|gamla|ursprungligt|ursprungliga)(?!\p{L})/iu;

function layoutOf(header: string[][], parties: PartyInfo[], scaleFor: (headerText: string) => number): Layout | null {
  const width = Math.max(...header.map((r) => r.length));
  const own = (c: number) => squash(header.map((r) => r[c] ?? '').join(' '));
  // A merged header cell ("Belopp (kr)" over "2025 | 2026") is the text of the nearest filled cell to the left.
  const group = (c: number) => {
    for (let k = c; k >= 0; k--) if (header[0][k]) return header[0][k];
    return '';
  };
  const texts = Array.from({ length: width }, (_, c) => own(c));
  const byParty = partyColumnsOf(header[header.length - 1], parties) ?? partyColumnsOf(texts, parties);
  const layout: Layout = { label: -1, party: null, partyColumns: byParty?.columns ?? null, unattributed: byParty?.unattributed ?? [], sum: null, years: [], agreementYears: [], amount: null, rowTotal: null, quantities: [], terms: [], count: null, parts: [], partialParts: [], scale: 1 };
  const termsSeen: { index: number; autumn: boolean }[] = [];
  // The header's own unit first: "Kronor" or "(kr)" there says kronor whatever a sentence above the table says.
  const headerText = header.flat().join(' ');
  layout.scale = scaleFor(headerText);
  let yearly: number | null = null;
  let monthly: number | null = null;
  let halfYearly: number | null = null;
  let generic: number | null = null;
  // A column of each row's total beside its parts ("Lön | PO | Summa"), by the period it is written in.
  const totals: { yearly: number | null; monthly: number | null; generic: number | null } = { yearly: null, monthly: null, generic: null };
  const rowTotal = (label: string) => !layout.partyColumns && ROW_TOTAL_HEADER.test(label);
  const agreementYears: { index: number; ordinal: number | null; start: string | null }[] = [];
  // Amount columns priced per a unit ("Kr per vecka") and count columns ("Antal veckor"), by the unit they name.
  const rates: { index: number; unit: string }[] = [];
  const counts: { index: number; unit: string }[] = [];
  const parts: { index: number; months: number[] }[] = [];
  texts.forEach((t, c) => {
    const label = t.replace(/^[\s*]+|[\s*:]+$/g, '');
    if (!label) return;
    if (layout.partyColumns?.has(c) || layout.unattributed.includes(c)) return;
    const months = c > 0 ? monthsOf(label) : null;
    if (months) {
      parts.push({ index: c, months });
      return;
    }
    const rateUnit = c > 0 && !YEARLY_HEADER.test(label) ? rateUnitOf(label) : null;
    if (rateUnit) rates.push({ index: c, unit: rateUnit });
    const countUnit = c > 0 ? countUnitOf(label) : null;
    if (countUnit !== null) counts.push({ index: c, unit: countUnit });
    const agreementYear = c > 0 ? agreementYearColumn(label) : null;
    if (agreementYear) {
      agreementYears.push({ index: c, ...agreementYear });
      return;
    }
    // An amendment's before/after table: the amounts before the change are not the agreement's any more.
    if (SUPERSEDED_HEADER.test(label)) {
      layout.quantities.push(c);
      return;
    }
    const bottom = header[header.length - 1][c] ?? '';
    const term = TERM_YEAR.exec(label) ?? TERM_YEAR.exec(bottom);
    if (term) termsSeen.push({ index: c, autumn: /^h/i.test(term[1] ?? term[2]) });
    else if (PARTY_HEADER.test(label)) layout.party ??= c;
    else if (header.length > 1 && isYearCell(bottom)) layout.years.push({ index: c, year: Number(YEAR_HEADER.exec(bottom)![1]) });
    else if (isYearCell(label) || isAmountYear(label)) layout.years.push({ index: c, year: Number(YEAR_HEADER.exec(label)![1]) });
    else if (QUANTITY_HEADER.test(label)) layout.quantities.push(c);
    else if (MONTHLY_HEADER.test(label)) {
      monthly ??= c;
      if (rowTotal(label)) totals.monthly ??= c;
    } else if (HALF_YEAR_HEADER.test(label) && !YEARLY_HEADER.test(label)) halfYearly ??= c;
    else if (YEARLY_HEADER.test(label) || (AMOUNT_HEADER.test(label) && c > 0)) {
      if (SUM_HEADER.test(label) && layout.partyColumns) layout.sum = c;
      else if (YEARLY_HEADER.test(label)) {
        yearly ??= c;
        if (rowTotal(label)) totals.yearly ??= c;
      } else {
        generic ??= c;
        if (rowTotal(label)) totals.generic ??= c;
      }
    } else if (SUM_HEADER.test(label) && layout.partyColumns) layout.sum = c;
    else if (c > 0 && rowTotal(label)) totals.generic ??= c;
    // The rows' own numbers ("Nr", "Rad", "#"): not their labels, which stand in the next column of words.
    else if (ROW_NUMBER_HEADER.test(label)) return;
    else if (layout.label < 0) layout.label = c;
  });
  // A year heading under a merged "Belopp" cell is still a year column; the merged cell's unit scales it.
  if (!layout.years.length) {
    for (let c = 0; c < width; c++) {
      const t = header[header.length - 1][c] ?? '';
      if (header.length > 1 && isYearCell(t) && AMOUNT_HEADER.test(group(c))) layout.years.push({ index: c, year: Number(YEAR_HEADER.exec(t)![1]) });
    }
  }
  if (layout.label < 0) layout.label = 0;
  // Columns that are the year's parts, and no column of the year: the row's year is their sum.
  if (parts.length) {
    if (yearly === null && !layout.years.length && partitionsYear(parts.map((p) => p.months))) {
      layout.parts = parts.map((p) => p.index);
      layout.amount = { index: parts[0].index, perYear: 1 };
      return layout;
    }
    for (const p of parts) layout.quantities.push(p.index);
    if (yearly === null && !layout.years.length) layout.partialParts = parts.map((p) => texts[p.index]);
  }
  // The first two term columns, one autumn and one spring, make one läsår when nothing is stated per year.
  if (yearly === null && !layout.years.length && termsSeen.length >= 2 && termsSeen[0].autumn !== termsSeen[1].autumn) {
    layout.terms = [termsSeen[0].index, termsSeen[1].index];
    for (const t of termsSeen.slice(2)) layout.quantities.push(t.index);
    layout.amount = { index: termsSeen[0].index, perYear: 1 };
    return layout;
  }
  for (const t of termsSeen) layout.quantities.push(t.index);
  if (!layout.years.length && agreementYears.length) placeAgreementYears(layout, agreementYears);
  // A rate and a count of its unit, and no column of yearly amounts: each row's year is its rate times its count.
  const priced = yearly === null && !layout.years.length && !layout.agreementYears.length ? rateTimesCount(rates, counts, generic) : null;
  if (priced) {
    layout.amount = { index: priced.rate, perYear: 1 };
    layout.count = { index: priced.count, unit: priced.unit, header: texts[priced.count] };
    if (!layout.quantities.includes(priced.count)) layout.quantities.push(priced.count);
    return layout;
  }
  const total = layout.years.length || layout.agreementYears.length ? null : rowTotalColumn(totals, { yearly, monthly, generic });
  if (total) {
    layout.amount = total;
    layout.rowTotal = texts[total.index];
  } else if (layout.agreementYears.length) layout.amount = { index: layout.agreementYears[0], perYear: 1 };
  else if (yearly !== null) layout.amount = { index: yearly, perYear: 1 };
  else if (layout.years.length) layout.amount = { index: layout.years[0].index, perYear: 1 };
  else if (generic !== null) layout.amount = { index: generic, perYear: 1 };
  else if (monthly !== null) layout.amount = { index: monthly, perYear: 12 };
  else if (halfYearly !== null) layout.amount = { index: halfYearly, perYear: 2 };
  if (!layout.amount && !layout.partyColumns) return null;
  return layout;
}

/** Units a plain "Antal" column may count: things, not periods ("Kr/mån | Antal" is more often posts than months). */
const COUNTABLE_BY_ANTAL = new Set(['tillfälle', 'plats', 'timme', 'deltagare', 'gång', 'kurs']);

/**
 * The one amount column priced per a unit and the one count column of that unit ("Kr per vecka | Antal veckor",
 * "Kr/tillfälle | Antal tillfällen", "Kr per deltagare | Antal"), when no other column holds amounts of no period
 * (a "Belopp" column beside them is the product already). Null otherwise.
 * @example rateTimesCount([{ index: 2, unit: 'vecka' }], [{ index: 3, unit: 'vecka' }], 2) // { rate: 2, count: 3, unit: 'vecka' }
 */
function rateTimesCount(rates: { index: number; unit: string }[], counts: { index: number; unit: string }[], generic: number | null): { rate: number; count: number; unit: string } | null {
  if (rates.length !== 1 || (generic !== null && generic !== rates[0].index)) return null;
  const rate = rates[0];
  const same = counts.filter((c) => c.unit === rate.unit || (c.unit === '' && COUNTABLE_BY_ANTAL.has(rate.unit)));
  return same.length === 1 ? { rate: rate.index, count: same[0].index, unit: rate.unit } : null;
}

/**
 * Columns per agreement year, in the order their names give (else their place): periods that are calendar years
 * (each starts on 1 January) are year columns like "2027 | 2028"; others are agreement years, whose first column is
 * the yearly amount.
 */
function placeAgreementYears(layout: Layout, columns: { index: number; ordinal: number | null; start: string | null }[]): void {
  const ordered = [...columns].sort((a, b) => (a.ordinal ?? a.index) - (b.ordinal ?? b.index) || a.index - b.index);
  if (ordered.every((c) => c.start?.endsWith('-01-01'))) {
    for (const c of ordered) layout.years.push({ index: c.index, year: Number(c.start!.slice(0, 4)) });
  } else layout.agreementYears = ordered.map((c) => c.index);
}

/**
 * The column of each row's total when the table also has columns of its parts ("Lön kr/år | PO 31,42 % | Summa
 * kr/år"): a total per year, else one that names no period beside parts per year or of no period ("Lön | PO |
 * Totalt"), else a monthly total beside monthly parts (× 12). Null when no column totals the row.
 * @example rowTotalColumn({ yearly: 4, monthly: null, generic: null }, { yearly: 2, monthly: null, generic: null }) // { index: 4, perYear: 1 }
 */
function rowTotalColumn(
  totals: { yearly: number | null; monthly: number | null; generic: number | null },
  first: { yearly: number | null; monthly: number | null; generic: number | null },
): { index: number; perYear: number } | null {
  if (totals.yearly !== null) return { index: totals.yearly, perYear: 1 };
  if (totals.generic !== null && (first.monthly === null || first.yearly !== null)) return { index: totals.generic, perYear: 1 };
  if (totals.monthly !== null && first.yearly === null && first.generic === null) return { index: totals.monthly, perYear: 12 };
  return null;
}

/** A table of who pays what ("Finansiär | 2025 | …", under "4.2 Finansiering"): its rows are the parties' shares, not cost lines. */
function isFinancing(doc: SourceDoc, at: number, from: number, header: string[]): boolean {
  if (FINANCING.test(header[0] ?? '')) return true;
  return sentencesBefore(doc, at, from).some((text) => FINANCING.test(squash(text).replace(/^(?:tabell\s+\d+\.?|\d+(?:\.\d+)*\.?)\s*/i, '')));
}

/** A cell of the row that names its own period ("160 000 kr per kvartal"), made yearly or unread (cells.ts). */
const periodCellOf = (row: Row, c: number) => {
  const cell = row.cells[c];
  return cell ? cellPeriod(cell, row.line.start + Math.max(0, row.line.text.indexOf(cell))) : null;
};

const amountIn = (row: Row, c: number, scale: number): number | null => {
  const cell = row.cells[c];
  if (!cell) return null;
  return cellAmount(cell, row.line.start + Math.max(0, row.line.text.indexOf(cell)), scale);
};

/** A cell that says "nothing" in an amount column: a dash or a zero. */
const DASH_CELL = /^\s*(?:[–—-]|0(?:[,.]0+)?)\s*$/;

/**
 * The amounts of a row's columns per year, in order; a PDF may shift them a column, so the k-th amount is the k-th year.
 * A row too short for its columns (a plain-text "Summa" row with no Part cell: "Summa   692 000   810 000") has its
 * first amount where the Part column is.
 */
function columnValues(row: Row, layout: Layout, columns: number[]): number[] {
  const first = Math.min(...columns);
  const short = row.cells.length <= Math.max(...columns);
  const values: number[] = [];
  for (let c = Math.min(first, layout.label + 1); c < row.cells.length; c++) {
    if ((c === layout.party && !short) || c === layout.label || layout.quantities.includes(c)) continue;
    const v = amountIn(row, c, layout.scale);
    if (v !== null) values.push(v);
  }
  return values.slice(0, columns.length);
}

const yearAmountsOf = (row: Row, layout: Layout): YearAmount[] =>
  columnValues(row, layout, layout.years.map((y) => y.index)).map((amount, k) => ({ year: layout.years[k].year, amount }));

/** The row's yearly amount under the layout, with the per-year amounts when they differ, or per agreement year. */
function rowAmount(row: Row, layout: Layout, width = row.cells.length): { amount: number; yearAmounts?: YearAmount[]; agreementYears?: AgreementYears; note?: string } | null {
  if (layout.agreementYears.length) {
    const values = columnValues(row, layout, layout.agreementYears);
    if (!values.length) return null;
    return values.length > 1 ? { amount: values[0], agreementYears: { amounts: values, unit: layout.scale } } : { amount: values[0] };
  }
  if (layout.years.length) {
    const years = yearAmountsOf(row, layout);
    if (!years.length) return null;
    const differ = years.some((y) => y.amount !== years[0].amount);
    return differ ? { amount: years[0].amount, yearAmounts: years } : { amount: years[0].amount };
  }
  if (layout.parts.length) {
    // Each part's cell ("–" or "0" for a part with nothing); a row one cell short (a Summa row without its Part
    // cell) gives its amounts in order.
    const own = layout.parts.map((c) => (DASH_CELL.test(row.cells[c] ?? '') ? 0 : amountIn(row, c, layout.scale)));
    const values = own.every((v) => v !== null) ? (own as number[]) : columnValues(row, layout, layout.parts);
    return values.length === layout.parts.length && values.some((v) => v > 0) ? { amount: values.reduce((t, v) => t + v, 0) } : null;
  }
  if (layout.terms.length) {
    const [autumn, spring] = layout.terms.map((c) => amountIn(row, c, layout.scale));
    return autumn !== null && spring !== null ? { amount: autumn + spring } : null;
  }
  const a = layout.amount;
  if (!a) return null;
  if (layout.count) {
    // Rate × count, both from the row's own cells; a row missing either is no yearly amount (never the rate alone).
    const rate = amountIn(row, a.index, layout.scale);
    const count = countIn(row.cells[layout.count.index] ?? '');
    return rate !== null && count !== null ? { amount: roundHalfUp(multiply(ratioOf(rate), ratioOf(count))) } : null;
  }
  const v = amountIn(row, a.index, layout.scale);
  if (v !== null) return { amount: v * a.perYear };
  // "160 000 kr per kvartal" beside "84 000 kr per år": the cell's own period makes it yearly (period.ts).
  const own = periodCellOf(row, a.index);
  if (own && 'factor' in own) return { amount: own.amount, ...(own.note ? { note: own.note } : {}) };
  // A value that slid out of its column (merged cells in a PDF): the row's last amount, if it is the only one. A row
  // with fewer cells than the header (a "Summa" row a page break set on a page of its own, laid out without the
  // table's columns: "Summa | 1 653 000") may have it in any cell after its first.
  const others: number[] = [];
  for (let c = row.cells.length < width ? 1 : layout.label + 1; c < row.cells.length; c++) {
    // The Part column holds a name, except in a short row ("Summa socialnämnden    400 000") whose amount slid left.
    if (layout.quantities.includes(c)) continue;
    const x = amountIn(row, c, layout.scale);
    if (x !== null) others.push(x);
  }
  return others.length === 1 && a.perYear === 1 ? { amount: others[0] } : null;
}

/**
 * A count cell: "30", "30 st", "12 veckor", "1 200", "2,5" (a count may have decimals: hours, months). Null when the cell
 * holds anything else or nothing.
 * @example countIn('30 v.') // 30
 */
function countIn(cell: string): number | null {
  const m = /^\s*((?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,5})(?:[.,]\d{1,2})?)\s*(?:st|v|veckor|mån|månader|h|tim|timmar|ggr|gånger|dagar|dygn|nätter|tillfällen|platser|terminer|kvartal)?\.?\s*$/iu.exec(withoutMarks(cell));
  if (!m) return null;
  const n = Number(m[1].replace(/[ \u00a0]/g, '').replace(',', '.'));
  return n > 0 ? n : null;
}

/**
 * A row's total column against the parts beside it ("210 000 | 65 982 | 275 982"): the amounts in the row's other
 * columns (not its label, party, quantities or years) should add up to its total; a row that has parts which do
 * not is noted with its figures. A row with no parts (a rent in the Summa column only) is its total alone.
 */
function checkRowTotal(row: Row, layout: Layout, total: number, label: string, unexplained: string[]): void {
  if (layout.rowTotal === null || !layout.amount) return;
  let parts = 0;
  let any = false;
  row.cells.forEach((_, c) => {
    if (c === layout.label || c === layout.party || c === layout.amount!.index || layout.quantities.includes(c)) return;
    const v = amountIn(row, c, layout.scale);
    if (v === null) return;
    parts += v;
    any = true;
  });
  if (any && parts * layout.amount.perYear !== total) unexplained.push(`”${label}” ${formatKronor(parts * layout.amount.perYear)}, inte ${formatKronor(total)}`);
}

function labelOf(row: Row, layout: Layout): string {
  const own = row.cells[layout.label] ?? '';
  if (own) return own;
  // A label merged across the Part column ("Summa stadsdelsnämnden" over Part and Insats).
  return row.cells.find((c, i) => c && i !== layout.amount?.index && !layout.years.some((y) => y.index === i) && !layout.partyColumns?.has(i)) ?? '';
}

/**
 * A row whose first cell stops mid-phrase ("Ideellt arbete, 1 400 timmar à", "Samordnare, 75 % av heltid inkl."):
 * the line below it carries on that cell, amounts and all ("250 kr (värderat)"), in a PDF whose cells wrap.
 */
function unfinishedCell(row: Row | undefined): boolean {
  return endsMidPhrase(row?.cells.find(Boolean) ?? '');
}

/** A figure at a line's end, with thousands' spaces or decimals ("264 000", "1 250,5"), after words. */
const TRAILING_FIGURE = /^(\S.*?\p{L}.*?)\s+(\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d{1,3},\d+)\s*(?:kr\.?|kronor)?\s*$/iu;
/** How many words a Part cell may have at the end of a row that ran together. */
const PART_WORDS = 5;

/**
 * A PDF row whose cells ran together into one line without tabs ("Lokal Ekhöjdsvägen 14, 212 kvm, värderad internhyra
 * Stadsdelsnämnden 264 000") in a table of three columns whose middle one is the Part column ("Insats | Part |
 * Kronor per år"): the figure at its end is its amount cell, and the party named right before it (the shortest run of
 * words in capitals at the label's end that names one party, grown by the words of that party's own name) its Part
 * cell. Null for any other line, and when no party stands right before the figure.
 * @example runTogetherRow(line('Lokal Storgatan 14 Stadsdelsnämnden 264 000'), ['Insats', 'Part', 'Kronor'], parties) // ['Lokal Storgatan 14', 'Stadsdelsnämnden', '264 000']
 */
function runTogetherRow(line: Line, header: string[], parties: PartyInfo[]): string[] | null {
  if (line.cells || line.blank || header.length !== 3 || !PARTY_HEADER.test(squash(header[1])) || line.text.length > 160) return null;
  const m = TRAILING_FIGURE.exec(line.text.trim());
  if (!m) return null;
  const words = squash(m[1]).split(' ');
  let party: PartyInfo | null = null;
  let cut = 0;
  for (let k = 1; k <= Math.min(PART_WORDS, words.length - 1); k++) {
    const first = words[words.length - k];
    if (!/^\p{Lu}/u.test(first)) {
      if (party) break;
      continue;
    }
    const named = onePartyIn(words.slice(-k).join(' '), parties);
    if (!party) {
      if (named) [party, cut] = [named, k];
      continue;
    }
    if (named !== party || !party.name.toLowerCase().includes(first.toLowerCase())) break;
    cut = k;
  }
  return party ? [words.slice(0, -cut).join(' '), words.slice(-cut).join(' '), m[2]] : null;
}

/** The row after a blank line when it goes on with the table: as many cells as the row before the gap, and an amount. */
function rowAfterGap(line: Line | undefined, plain: boolean, rows: Row[], parties: PartyInfo[]): Line | undefined {
  const cells = line ? (cellsOf(line, plain) ?? (rows.length ? runTogetherRow(line, rows[0].cells, parties) : null)) : null;
  const width = [...rows].reverse().find((r) => r.cells.length >= 2)?.cells.length;
  return cells && cells.length === width && !isHeaderRow(cells) ? line : undefined;
}

const endsMidPhrase = (text: string) => /(?:[àá@,–-]|(?<!\p{L})(?:och|samt|inkl\.?|exkl\.?|av|för|med|per|till|om|i|på|vid|hos))$/iu.test(text.trim());

/** A row that carries on the cells of the row above (PDF text): its label or its party cell goes on in lower case. */
function continuesRow(label: string, partyCell: string): boolean {
  return /^\p{Ll}/u.test(label) || /^\p{Ll}/u.test(partyCell);
}

/**
 * A PDF row whose narrow amount cell broke its number at the thousands' space: "Beräknat totalt värde | 815" over
 * "per år | 000". The line below has the row's width, a cell of exactly three digits under a cell ending in one to
 * three digits, and otherwise only words in lower case (the label's rest) or nothing: one row, each cell joined to the
 * one above ("Beräknat totalt värde per år | 815 000"). Null for any other pair of lines.
 */
function brokenNumberRow(above: Row, cells: string[]): Row | null {
  if (above.cells.length !== cells.length || !cells.some((c) => /^\d{3}$/.test(c.trim()))) return null;
  const fits = cells.every((c, k) => {
    const t = c.trim();
    if (!t) return true;
    if (/^\d{3}$/.test(t)) return /(?:^|[^\d\s])\s*\d{1,3}$/.test(squash(above.cells[k] ?? '')) && !/\d[ \u00a0]\d{3}$/.test(squash(above.cells[k] ?? ''));
    return /^\p{Ll}[\p{L}\s,.-]*$/u.test(t);
  });
  if (!fits) return null;
  return { line: above.line, cells: above.cells.map((c, k) => squash(`${c} ${cells[k] ?? ''}`)) };
}

/**
 * A PDF header whose column names wrapped over two lines while the outer headings stood centred between them:
 * "Kommun A | Kommun B | Föreningen" / "Post | | | Summa" / "kommun | kommun | (huvudman)", above rows one or two cells
 * wider ("Lotsar | 620 | 410 | – | 1 030"). The lines whose every cell is filled are the inner columns' names, joined
 * cell by cell; the line with only its first (and last) cell filled gives the label column (and the sum column). Null
 * unless the two or three header lines have one width and the first row below is exactly that much wider.
 * @example // [["Sävlunda","Älvsnäs"],["Post","Summa"],["kommun","kommun"]] above 4 cells → Post | Sävlunda kommun | Älvsnäs kommun | Summa
 */
function stackedHeader(rows: Row[]): { rows: number; cells: string[] } | null {
  for (let n = 2; n <= 3 && n < rows.length; n++) {
    const head = rows.slice(0, n).map((r) => r.cells);
    const w = head[0].length;
    if (w < 2 || head.some((c) => c.length !== w || !isHeaderRow(c))) return null;
    const below = rows[n].cells;
    if (isHeaderRow(below)) continue;
    const names = head.filter((c) => c.every(Boolean));
    const outer = head.filter((c) => !c.every(Boolean));
    if (names.length < 1 || outer.length !== 1 || !outer[0][0] || outer[0].slice(1, -1).some(Boolean)) return null;
    const last = outer[0][w - 1];
    if (below.length !== w + (last ? 2 : 1)) return null;
    const inner = Array.from({ length: w }, (_, k) => squash(names.map((c) => c[k]).join(' ')));
    return { rows: n, cells: [outer[0][0], ...inner, ...(last ? [last] : [])] };
  }
  return null;
}

/** A short line in lower case with no amount, between blank lines, above a row of the table: the rest of a cell. */
function isWrappedRest(doc: SourceDoc, k: number, to: number, rowCells: (line: Line) => string[] | null): boolean {
  const line = doc.lines[k];
  if (line.cells || line.text.length > 60 || !/^\s*\p{Ll}/u.test(line.text) || findAmounts(line.text).length || /\d/.test(line.text)) return false;
  let after = k + 1;
  while (after < to && after <= k + 2 && doc.lines[after].blank && !doc.lines[after].cells) after++;
  return after > k + 1 && after < to && rowCells(doc.lines[after]) !== null;
}

/** A table's header rows and where the table began (its scale is read above that line). */
export interface TableHeader {
  rows: Row[];
  at: number;
  /** The column whose party and amount ran together (joinedPartyAmount), split in the rows that follow too. */
  joined: number | null;
}

/**
 * A header cell that joins a Part column's heading and an amount column's ("Bärs av tkr/år", "Part Belopp",
 * "Finansiär kr/år", "Part 2027" before "2028 | 2029"): a PDF whose narrow columns stand closer than a space's width gives one text run per row
 * ("Kommunen 610"). Its index, or null.
 * @example joinedPartyAmount(['Kostnad', 'Bärs av tkr/år']) // 1
 */
/** The months of a part year after its year: "2028 (sep–dec)", "2030 (jan-aug)", "2029 (sept.–dec.)". */
const MONTHS_IN_BRACKETS = /\s*\(\s*\p{L}{3,9}\.?\s*[–-]\s*\p{L}{3,9}\.?\s*\)\s*$/u;

export function joinedPartyAmount(cells: string[]): number | null {
  for (let c = 1; c < cells.length; c++) {
    const words = squash(cells[c]).split(' ');
    for (let k = 1; k < words.length; k++) {
      const [party, amount] = [words.slice(0, k).join(' '), words.slice(k).join(' ')];
      // "Part 2027" over "Nämnden 465 000": the first of a column per year ran into the Part column.
      // "Part 2028 (sep–dec)" over "Regionen 160 000": a first year that is a part year, its months in brackets.
      if (PARTY_HEADER.test(party) && (AMOUNT_HEADER.test(amount) || YEARLY_HEADER.test(amount) || MONTHLY_HEADER.test(amount) || isYearCell(amount.replace(MONTHS_IN_BRACKETS, '')))) return c;
    }
  }
  return null;
}

/** "Kommunen 610" → "Kommunen" | "610", "1 780" → "" | "1 780"; a header cell at its last word that is no party heading. */
function splitJoined(row: Row, c: number, header: boolean): Row {
  const cell = row.cells[c];
  if (cell === undefined) return row;
  let parts: [string, string];
  if (header) {
    const words = squash(cell).split(' ');
    const k = words.findIndex((_, j) => j > 0 && PARTY_HEADER.test(words.slice(0, j).join(' ')));
    parts = k > 0 ? [words.slice(0, k).join(' '), words.slice(k).join(' ')] : [cell, ''];
  } else {
    const m = /^(.*?)\s*((?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:,\d+)?|[–—-])$/u.exec(cell);
    parts = m ? [m[1], m[2]] : [cell, ''];
  }
  return { line: row.line, cells: [...row.cells.slice(0, c), ...parts, ...row.cells.slice(c + 1)] };
}

/**
 * A row one cell short whose Part cell ends in the amount ("Sigtuna kommun högst 1 200" under "Part | tkr/år"): a PDF
 * set the two columns closer than a space's width. Split again when the words before the number name a party and the
 * amount column follows the Part column; any other row is left as it is.
 * @example splitPartyAmount(row('Hyra', 'Kommunen 216'), layout, 3, parties).cells // ['Hyra', 'Kommunen', '216']
 */
function splitPartyAmount(row: Row, layout: Layout, width: number, parties: PartyInfo[]): Row {
  const p = layout.party;
  if (p === null || row.cells.length !== width - 1 || layout.amount?.index !== p + 1 || p !== row.cells.length - 1) return row;
  const m = PARTY_THEN_AMOUNT.exec(row.cells[p]);
  if (!m || !onePartyIn(m[1], parties)) return row;
  return { line: row.line, cells: [...row.cells.slice(0, p), m[1], m[2]] };
}
const PARTY_THEN_AMOUNT = /^(\p{L}.*?\p{L})\s+((?:(?:högst|maximalt|max\.?|upp\s+till)\s+)?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?(?:\s*(?:kr|tkr))?)$/iu;

/**
 * A PDF row whose label wrapped onto two lines while its party and amount, run together, stand centred on a line of
 * their own between them: "Hyresgaranti och blockhyra, 12 lägenheter" / "Nämnden 0,42" / "(nettokostnad)". Up to
 * three short lines with no tab, exactly one of them a party followed by an amount (PARTY_THEN_AMOUNT) and no other
 * with an amount of money: one row (label | "party amount"), split as the table's other joined rows are. Null for
 * anything else, so a paragraph between two tables is never read as a row.
 */
function wrappedPartyRow(doc: SourceDoc, at: number, to: number, plain: boolean, parties: PartyInfo[]): { row: Row; last: number } | null {
  const lines: Line[] = [];
  for (let k = at; k < to && k <= at + 2; k++) {
    const line = doc.lines[k];
    if (line.blank || cellsOf(line, plain) || line.text.length > 80) break;
    lines.push(line);
  }
  const joined = lines.map((l) => PARTY_THEN_AMOUNT.exec(squash(l.text))).map((m) => (m && onePartyIn(m[1], parties) ? m : null));
  const which = joined.flatMap((m, k) => (m ? [k] : []));
  if (which.length !== 1 || which[0] === 0) return null;
  const [j] = which;
  const rest = [...lines.slice(0, j), ...lines.slice(j + 1, j + 2)];
  if (rest.some((l) => MONEY_WORD.test(l.text) || TOTAL_LABEL.test(squash(l.text)))) return null;
  // The line after the party's may be the next row's label, not the rest of this one: only "(…)" or lower case goes on.
  const tail = j + 1 < lines.length && /^\s*(?:\(|\p{Ll})/u.test(lines[j + 1].text) ? [lines[j + 1]] : [];
  const label = squash([...lines.slice(0, j), ...tail].map((l) => l.text).join(' '));
  return { row: { line: lines[j], cells: [label, squash(lines[j].text)] }, last: at + j + tail.length };
}
const MONEY_WORD = /(?<!\p{L})(?:kr|kronor|tkr|mnkr|mkr|msek|sek)(?!\p{L})/iu;

/** A column of row numbers: "Nr", "Nr.", "Rad", "Radnr", "Löpnr", "Post nr", "#". */
const ROW_NUMBER_HEADER = /^(?:nr\.?|#|rad(?:nr)?|löp(?:nummer|nr)|post\s*nr|nummer)$/i;

/**
 * A table read from `at`: its header first, or, for the rest of a table that a page break cut (`carried`, the header
 * of the table before, not repeated on the new page), that earlier header. Returns what was read, the line after the
 * table and its header, or null when the lines are no table.
 */
export function readTable(
  doc: SourceDoc,
  at: number,
  to: number,
  parties: PartyInfo[],
  sectionFrom: number,
  carried?: TableHeader,
): { read: RuleRead; next: number; header: TableHeader } | null {
  const plain = !doc.lines[at].cells;
  const first = cellsOf(doc.lines[at], plain);
  if (!first || (plain && first.length < 3) || (!carried && !isHeaderRow(first))) return null;
  const tableAt = carried?.at ?? at;
  // The header and layout come from the first rows, so that a block that is no table costs a few lines, not the
  // block: the line loop may try every line of a long block.
  const rows: Row[] = carried ? [...carried.rows] : [];
  let i = at;
  let layout: Layout | null | undefined;
  let header: string[][] = [];
  // A Part column and the amount column that a PDF ran together ("Bärs av tkr/år" over "Kommunen 610"), split again.
  let joined = carried?.joined ?? null;
  // A header cell of years run together, and how many: each row's cell there is split into as many figures.
  let yearRun: { index: number; count: number } | null = null;
  const decide = () => {
    if (!rows.length) return null;
    if (joined === null) {
      joined = joinedPartyAmount(rows[0].cells);
      if (joined !== null) rows.forEach((row, k) => (rows[k] = splitJoined(row, joined!, k === 0)));
    }
    // "Jan–jun Jul–dec" in one header cell over two columns of amounts: the parts, one column each.
    if (rows[0].cells.some((c) => splitParts(c))) rows[0] = { line: rows[0].line, cells: rows[0].cells.flatMap((c) => splitParts(c) ?? [c]) };
    // "2029 2030 2031" in one header cell over cells of as many figures: one column per year, in every row.
    const years = carried ? -1 : rows[0].cells.findIndex((c) => splitYears(c));
    if (years >= 0) {
      yearRun = { index: years, count: splitYears(rows[0].cells[years])!.length };
      rows[0] = { line: rows[0].line, cells: rows[0].cells.flatMap((c, k) => (k === years ? splitYears(c)! : [c])) };
    }
    const stacked = stackedHeader(rows);
    if (stacked) rows.splice(0, stacked.rows, { line: rows[0].line, cells: stacked.cells });
    header = [rows[0].cells];
    // A second header row only under a merged one: years ("2025 | 2026"), periods or column words, or words under
    // the header's empty cells (a PDF's header whose "Insats | Part" stood a line below "Avtalsår 1"), never a party's name.
    // A row of split years alone ("2029/30 | 2030/31") under the header's words is a row of year headings too.
    const subHeading = (cells: string[]) =>
      (isHeaderRow(cells) || (cells.some((c) => isPeriodCell(c) || SPLIT_YEAR_CELL.test(c)) && cells.every(isHeaderCell))) &&
      cells.every(
        (c, k) =>
          !c ||
          isYearCell(c) ||
          isPeriodCell(c) ||
          [AMOUNT_HEADER, YEARLY_HEADER, MONTHLY_HEADER, QUANTITY_HEADER, SUM_HEADER].some((re) => re.test(c)) ||
          (header.every((h) => !h[k]) && !onePartyIn(c, parties)),
      );
    while (header.length < 3 && header.length < rows.length && subHeading(rows[header.length].cells)) header.push(rows[header.length].cells);
    const layout = layoutOf(header, parties, (text) => tableScale(doc, tableAt, sectionFrom, text));
    // "Beloppen nedan gäller för varje termin.": a plain amount column is then per term, as a "per termin" header says.
    if (layout?.amount?.perYear === 1 && !layout.years.length && !layout.terms.length && !layout.parts.length && !layout.count && !header.flat().some((c) => YEARLY_HEADER.test(c))) {
      if (sentencesBefore(doc, tableAt, sectionFrom).some((t) => TERM_NOTE.test(t) && !findAmounts(t).length)) layout.amount.perYear = 2;
    }
    return layout;
  };
  // A row's cells; in a table of cells, also a row whose cells ran together into one line (runTogetherRow).
  const rowCells = (line: Line) => cellsOf(line, plain) ?? (!plain && rows.length ? runTogetherRow(line, rows[0].cells, parties) : null);
  for (; i < to; i++) {
    doc.budget?.tick();
    if (layout === undefined && rows.length >= 4) {
      layout = decide();
      if (!layout) return null;
    }
    const line = doc.lines[i];
    // A ruled line of a plain-text table ("-------") separates rows as a blank line does.
    if (line.blank || (plain && RULE.test(line.text))) {
      let k = i + 1;
      while (k < to && (doc.lines[k].blank || (plain && RULE.test(doc.lines[k].text)))) k++;
      if (k < to && (rowCells(doc.lines[k]) || (rows.length > header.length && wrappedPartyRow(doc, k, to, plain, parties)))) {
        i = k - 1;
        continue;
      }
      // A cell's wrapped rest that a PDF set between blank lines ("… av medlemmar och" / "" / "volontärer" / "" / next
      // row): a short line in lower case with no amount, and a row after it.
      if (k < to && rows.length > 1 && isWrappedRest(doc, k, to, rowCells)) {
        i = k - 1;
        continue;
      }
      break;
    }
    const cells = rowCells(line);
    const brokenAbove = cells && rows.length > header.length ? brokenNumberRow(rows[rows.length - 1], cells) : null;
    if (brokenAbove) {
      rows[rows.length - 1] = brokenAbove;
      continue;
    }
    if (cells) {
      rows.push(joined !== null ? splitJoined({ line, cells }, joined, false) : { line, cells });
      continue;
    }
    const wrapped = rows.length ? wrappedPartyRow(doc, i, to, plain, parties) : null;
    if (wrapped) {
      rows.push(wrapped.row);
      i = wrapped.last;
      continue;
    }
    // A short line between rows (a PDF's party heading or wrapped label, "Socialnämnden", "inklusive städning"),
    // up to three such lines before the next row.
    let k = i + 1;
    while (k < to && k <= i + 3 && !doc.lines[k].blank && !cellsOf(doc.lines[k], plain) && doc.lines[k].text.length <= 80) k++;
    // A blank line may follow (a PDF's paragraph gap inside the table): the table goes on when the next row after it
    // is a row of the table's width with an amount, not the header of another table.
    let after = k;
    while (after < to && after <= k + 2 && doc.lines[after].blank && !doc.lines[after].cells) after++;
    const next = doc.lines[k]?.blank && after > k ? rowAfterGap(doc.lines[after], plain, rows, parties) : doc.lines[k];
    // A line in lower case carries on the cell above, also with the price its label names ("timmar à 200 kr"); so does
    // the rest of a label that began on a line of its own above a row with an empty label cell (a row whose cells a PDF
    // centred vertically beside a wrapped label: "Ideellt arbete, 1 200 timmar à" / row / "200 kr").
    const above = rows[rows.length - 1];
    const wordsOnly =
      !findAmounts(line.text).length ||
      unfinishedCell(above) ||
      /^\s*\p{Ll}/u.test(line.text) ||
      (!!above && above.cells.length > 1 && !above.cells[0] && rows.length >= 2 && rows[rows.length - 2].cells.length === 1 && unfinishedCell(rows[rows.length - 2]));
    // A lower-case line with no amount right after the last row carries on its cell also where the table ends there
    // (a page break follows: "Kultur- och fritids-" / "nämnden").
    const carriesOn = /^\s*\p{Ll}/u.test(line.text) && !findAmounts(line.text).length && rows.length > header.length && !!rows[rows.length - 1].cells && rows[rows.length - 1].cells.length > 1;
    if (rows.length && line.text.length <= 80 && wordsOnly && !TOTAL_LABEL.test(squash(line.text)) && ((next && !next.blank && rowCells(next)) || carriesOn)) {
      rows.push({ line, cells: [squash(line.text)] });
      continue;
    }
    break;
  }
  if (layout === undefined) layout = decide();
  if (!layout) return null;

  // Which side of a budget the rows are on: a financing table (or an "Intäkter" column) is income throughout; a
  // budget in one column switches at its "Intäkter" and "Kostnader" headings. Null for a plain cost table.
  let side: 'income' | 'costs' | null = isFinancing(doc, at, sectionFrom, header[0]) ? 'income' : null;
  const read = emptyRead();
  let current: PartyInfo | null = null;
  let partyText = '';
  let last: RawItem | null = null;
  // The last item's label as written, so that a wrapped continuation is described with it.
  let lastRaw = '';
  // Rows whose total column is not the sum of their other amount columns ("Lön | PO | Summa" that does not add up).
  const unexplained: string[] = [];
  // Each party's subtotal of a block of its own rows, and where the rows since the last sum row begin.
  const blockSums = new Map<PartyInfo, StatedAmount>();
  let blockStart = 0;
  // Columns headed like a party's but given to none, that hold amounts (warned once after the rows).
  const unreadColumns = new Set<number>();
  // Each financing party's rows, summed: several income lines of one party are its share together.
  const financed = new Map<PartyInfo, StatedAmount>();
  let previous: Row | undefined;
  // A lone line of words just above: the label of the next row when that row's own label cell is empty.
  let lone: string | null = null;
  // Under a heading of others' money ("Övriga intäkter (inte insatser från parterna)"): rows that are no party's.
  let outside = false;
  // Income rows that name none of the parties (participant fees, a foundation's grant): a sum after them is the gross.
  let others = 0;
  const width = header[header.length - 1].length;
  const splitRun = (row: Row): Row => {
    if (!yearRun || row.cells.length <= yearRun.index) return row;
    const { index, count } = yearRun;
    const cell = row.cells[index];
    let figures = cell.trim() ? splitFigures(cell, count) : Array<string>(count).fill('');
    if (!figures) {
      read.warnings.push(warning('AMBIGUOUS', 'costItems', `Raden "${squash(row.cells.join(' '))}" har beloppen för flera år ihopskrivna ("${squash(cell)}") och kunde inte delas entydigt; raden togs inte med.`));
      figures = Array<string>(count).fill('');
    }
    return { line: row.line, cells: [...row.cells.slice(0, index), ...figures, ...row.cells.slice(index + 1)] };
  };
  for (const row of rows.slice(header.length).map((r) => splitPartyAmount(splitRun(r), layout!, width, parties))) {
    const before = previous;
    previous = row;
    const ownLabel = row.cells[layout.label] ?? '';
    const heldLabel = lone;
    lone = null;
    const partyCell = layout.party !== null ? (row.cells[layout.party] ?? '') : '';
    // A repeated header (after a page break) is words only; so is a row's wrapped rest, which is not a header.
    const wrapped = last !== null && (continuesRow(ownLabel, partyCell) || (partyCell !== '' && last.partyText !== undefined));
    if (!wrapped && isHeaderRow(row.cells) && row.cells.filter(Boolean).length >= 2 && !TOTAL_LABEL.test(labelOf(row, layout))) continue;
    const label = !ownLabel && heldLabel ? heldLabel : labelOf(row, layout);
    const span = { start: row.line.start, end: row.line.end };
    const sumLabel = TOTAL_LABEL.test(label) || GRAND_LABEL.test(label) || TOTAL_LABEL.test(partyCell);
    // Rows under a heading of others' money, and the gross sum among them, are skipped up to a heading of the
    // parties' own rows, of the budget's cost side or of its financing.
    const filled = row.cells.filter(Boolean);
    const heading = filled.length === 1 && !sumLabel && !findAmounts(filled[0]).length ? filled[0] : null;
    if (heading !== null && OUTSIDE_MONEY.test(heading)) {
      outside = true;
      last = null;
      continue;
    }
    if (outside) {
      if (heading === null || !(PARTIES_MONEY.test(heading) || COST_SIDE.test(heading) || FINANCING.test(heading))) continue;
      outside = false;
    }
    if (layout.partyColumns) {
      const amounts: { party: PartyInfo; amount: number }[] = [];
      for (const [c, party] of layout.partyColumns) {
        const v = amountIn(row, c, layout.scale);
        if (v !== null) amounts.push({ party, amount: v });
      }
      const sum = layout.sum !== null ? amountIn(row, layout.sum, layout.scale) : null;
      for (const c of layout.unattributed) if (amountIn(row, c, layout.scale) !== null) unreadColumns.add(c);
      if (sumLabel) {
        // One amount under several party columns is a total merged across them ("Totalt per år"); a party's columns
        // per committee add up to its share.
        if (amounts.length === 1 && layout.partyColumns.size > 1) read.totals.push({ party: null, amount: amounts[0].amount, ...span });
        else for (const [party, amount] of sumByParty(amounts)) read.partyTotals.push({ party, amount, ...span });
        if (sum !== null) read.totals.push({ party: null, amount: sum, ...span });
        last = null;
        continue;
      }
      if (!amounts.length) {
        if (last && /^\p{Ll}/u.test(label)) last.label = squash(`${last.label} ${label}`);
        continue;
      }
      for (const a of amounts) read.items.push({ party: a.party, ...describeItem(label), amount: a.amount, ...span });
      last = amounts.length === 1 ? read.items[read.items.length - 1] : null;
      continue;
    }
    const value = rowAmount(row, layout, width);
    if (value && !sumLabel) checkRowTotal(row, layout, value.amount, label, unexplained);
    if (sumLabel) {
      if (!value) continue;
      const named = onePartyIn(`${label} ${TOTAL_LABEL.test(partyCell) ? partyCell : ''}`, parties);
      const stated: StatedAmount = {
        party: named,
        amount: value.amount,
        ...(value.yearAmounts ? { yearAmounts: value.yearAmounts } : {}),
        ...(value.agreementYears ? { agreementYears: value.agreementYears } : {}),
        ...span,
      };
      const block = read.items.slice(blockStart);
      blockStart = read.items.length;
      last = null;
      current = null;
      if (!named) {
        // "Summa intäkter (brutto)" over income from others besides the parties: the gross budget, not the parties' total.
        if (side === 'income' && others > 0) {
          read.warnings.push(warning('INFERRED', 'annualTotal', `”${label}” (${formatKronor(value.amount)}) omfattar även intäkter från andra än parterna; den lästes inte som partnerskapets värde.`));
          read.totals.push({ ...stated, gross: true });
          continue;
        }
        read.totals.push(stated);
        continue;
      }
      // A party's second subtotal closing a block of its own rows ("Summa socialnämnden" and then "Summa kultur- och
      // fritidsnämnden", both the municipality's): the party's share is the blocks' sum, not the first block.
      const earlier = blockSums.get(named);
      const ownBlock = block.length > 0 && block.every((it) => it.party === named);
      if (earlier && ownBlock) {
        const merged = addStated(earlier, value, span);
        read.partyTotals[read.partyTotals.indexOf(earlier)] = merged;
        blockSums.set(named, merged);
        continue;
      }
      read.partyTotals.push(stated);
      if (ownBlock) blockSums.set(named, stated);
      continue;
    }
    if (!value && layout.count && amountIn(row, layout.amount!.index, layout.scale) !== null) {
      // A rate with no count beside it ("Kr per vecka" filled, "Antal veckor" empty): its year is unknown, said so.
      read.warnings.push(warning('AMBIGUOUS', 'costItems', `Raden ”${label}” anger ett belopp per ${layout.count.unit} men inget antal i kolumnen ”${layout.count.header}”; den togs inte med.`));
      last = null;
      continue;
    }
    const unreadPeriod = !value && layout.amount && !layout.count ? periodCellOf(row, layout.amount.index) : null;
    if (unreadPeriod && 'unread' in unreadPeriod) {
      read.warnings.push(warning('AMBIGUOUS', 'costItems', `Raden ”${label}” anger sitt belopp för ${unreadPeriod.unread} (”${row.cells[layout.amount!.index]}”); den togs inte med.`));
      last = null;
      continue;
    }
    if (!value) {
      const only = row.cells.filter(Boolean);
      if (only.length === 1 && (FINANCING.test(only[0]) || (side !== null && COST_SIDE.test(only[0])))) {
        side = FINANCING.test(only[0]) ? 'income' : 'costs';
        last = null;
        continue;
      }
      // A cell that wrapped onto a row of its own (PDF text): the rest of the label and of the party's name. A lone
      // line stands in the first column, so beside a Part column it is the party's name, not the label.
      // A party cell goes on when it is lower case or when the line above named no party ("Region" / "Västmanland").
      const rest = ownLabel || (label !== partyCell ? label : '');
      // A label that stopped mid-phrase ("Region X: lokal i") goes on with the lone line below ("Visby"), whatever
      // that line names, where one column holds both the party and the label ("Part och insats").
      const sameColumn = layout.party === null || layout.party === layout.label;
      const unfinished = sameColumn && only.length === 1 && rest !== '' && unfinishedCell(before);
      // A lone lower-case word under a party cell that named no party and broke its word at a hyphen ("Kultur- och
      // fritids-" / "nämnden", a space-aligned table whose wrapped line lost its column) is the party's rest, not the label's.
      if (last && !sameColumn && only.length === 1 && last.partyText !== undefined && /\p{L}-$/u.test(partyText) && !/\p{L}-$/u.test(lastRaw) && /^\p{Ll}/u.test(only[0])) {
        partyText = joinWrapped(partyText, only[0]);
        const p = onePartyIn(partyText, parties);
        if (p) {
          last.party = p;
          delete last.partyText;
          current = p;
        } else last.partyText = partyText;
        continue;
      }
      if (last && (unfinished || /^\p{Ll}/u.test(rest) || (rest && endsMidPhrase(lastRaw)) || (partyCell && (/^\p{Ll}/u.test(partyCell) || last.partyText !== undefined)))) {
        if (rest) {
          lastRaw = joinWrapped(lastRaw, rest);
          Object.assign(last, describeItem(lastRaw));
        }
        if (partyCell && !unfinished) {
          partyText = joinWrapped(partyText, partyCell);
          const p = onePartyIn(partyText, parties);
          if (!p && last.partyText !== undefined) last.partyText = partyText;
          if (p) {
            // "Regionala" / "utvecklingsnämnden": the whole cell names the party the first line could not.
            last.party = p;
            delete last.partyText;
            current = p;
          }
        }
        continue;
      }
      // A row holding only a party's name heads that party's rows; other words alone may begin the next row's label.
      const p = onePartyIn(row.cells.join(' '), parties);
      if (p) current = p;
      else if (row.cells.filter(Boolean).length === 1 && ownLabel) lone = ownLabel;
      last = null;
      continue;
    }
    // The cost side of a budget whose income side says who pays: its lines are what the money is used for.
    if (side === 'costs') continue;
    if (side === 'income') {
      // A budget's other side ("Intäkter | tkr | Kostnader | tkr"): a row with only a cost line finances nothing.
      if (!ownLabel && !partyCell) continue;
      // "Socialnämnden | 600 000 | 600 000": a party's share of the costs; "Medlemsavgifter och egna medel | 45": the
      // only non-profit's own income in its budget.
      const named = onePartyIn(partyCell || label, parties);
      const payer = (named && !namesAnother(partyCell || label, named) ? named : null) ?? ownResourcesOf(partyCell || label, parties);
      if (payer) addFinanced(financed, payer, value, span);
      else {
        others++;
        read.warnings.push(warning('AMBIGUOUS', 'contributions', `Finansiären ”${partyCell || label}” kunde inte knytas till någon av parterna; ${value.amount} kr togs inte med.`));
      }
      continue;
    }
    if (partyCell) {
      partyText = partyCell;
      current = onePartyIn(partyCell, parties);
    }
    const party = layout.party !== null ? current : (onePartyIn(label, parties) ?? current);
    lastRaw = label || partyCell;
    const unknown = party === null && partyCell ? { partyText: partyCell } : {};
    const perMonth = !layout.years.length && layout.amount !== null && (layout.amount.perYear !== 1 || layout.terms.length > 0 || layout.count !== null || layout.parts.length > 0);
    const item: RawItem = {
      party,
      ...describeItem(lastRaw),
      ...unknown,
      amount: value.amount,
      ...(perMonth || value.note ? { computed: true } : {}),
      ...(value.yearAmounts ? { yearAmounts: value.yearAmounts } : {}),
      ...(value.agreementYears ? { agreementYears: value.agreementYears } : {}),
      ...span,
    };
    read.items.push(item);
    if (value.note) read.warnings.push(warning('INFERRED', 'costItems', `${label}: ${value.note} (${formatKronor(value.amount)} per år).`));
    last = item;
  }
  for (const t of financed.values()) read.partyTotals.push(t);
  if (unreadColumns.size) {
    const names = [...unreadColumns].map((c) => `”${header[header.length - 1][c] || header[0][c]}”`).join(', ');
    read.warnings.push(warning('AMBIGUOUS', 'contributions', `Kolumnen ${names} i ekonomitabellen kunde inte knytas till en av parterna; dess belopp togs inte med.`));
  }
  // "Kronor per termin": two terms make the year (a läsår), said once for the table; a stated yearly sum confirms it.
  if (layout.amount?.perYear === 2 && !layout.years.length && read.items.length) {
    read.warnings.push(warning('INFERRED', 'costItems', 'Tabellens belopp anges per termin eller halvår och räknades om till år (× 2).'));
  }
  // "2028 (sep–dec) | 2029 | 2030 (jan–aug)": the first year's column, read as the year's level, covers only some of its
  // months; a full year's amounts would be more. Said on the shares and the total, which are then not yearly amounts.
  const firstYear = layout.years[0];
  const firstLabel = firstYear ? squash(header.map((h) => h[firstYear.index] ?? '').join(' ')) : '';
  if (firstYear && layout.amount?.index === firstYear.index && MONTHS_IN_BRACKETS.test(firstLabel) && read.items.length) {
    for (const field of ['contributions', 'annualTotal']) {
      read.warnings.push(warning('AMBIGUOUS', field, `Första årets kolumn ”${firstLabel}” gäller bara en del av året; dess belopp lästes men är inga helårsbelopp. Ange parternas årliga belopp för hand.`));
    }
  }
  if (layout.partialParts.length && read.items.length === 0) {
    read.warnings.push(warning('AMBIGUOUS', 'costItems', `Kolumnerna ${layout.partialParts.map((t) => `”${t}”`).join(', ')} täcker inte ett helt år; deras belopp togs inte med.`));
  }
  if (unexplained.length) {
    read.warnings.push(
      warning('AMBIGUOUS', 'costItems', `Kolumnen ”${layout.rowTotal}” lästes som varje posts belopp, men radens övriga beloppskolumner summerar inte till den: ${unexplained.slice(0, 3).join('; ')}.`),
    );
  }
  // A party cell that named no party, also with the lines it wrapped onto.
  for (const text of new Set(read.items.map((it) => it.partyText).filter((t): t is string => t !== undefined))) {
    read.warnings.push(warning('AMBIGUOUS', 'costItems', `Parten ”${text}” i ekonomitabellen kunde inte knytas till någon av parterna.`));
  }
  return { read, next: i, header: { rows: rows.slice(0, header.length), at: tableAt, joined } };
}

/** A kind of organisation in its definite form, as the only non-profit's alias: "Stiftelsen", "Föreningen". */
const KIND_WORD = /(?<!\p{L})(?:föreningen|stiftelsen|organisationen|förbundet|kooperativet|församlingen) +(\p{Lu}[\p{L}-]{2,})/iu;

/**
 * Whether a financing row names another organisation by a kind word and its own name ("Anslag från Stiftelsen
 * Byälvens Sociala Fond") where the party found is only the non-profit the text also calls "stiftelsen": a funder
 * besides the parties. A capitalised word that the party's own name holds ("Föreningen Kanalgården") still names it.
 */
function namesAnother(text: string, party: PartyInfo): boolean {
  if (text.toLowerCase().includes(party.name.toLowerCase())) return false;
  const m = KIND_WORD.exec(text);
  if (!m) return false;
  const word = m[1].toLowerCase();
  return !party.name.toLowerCase().split(/\s+/).some((w) => w === word || w === word.replace(/s$/u, ''));
}

/** A sum row's amounts per party: a party's columns per committee add up. */
function sumByParty(amounts: { party: PartyInfo; amount: number }[]): Map<PartyInfo, number> {
  const by = new Map<PartyInfo, number>();
  for (const a of amounts) by.set(a.party, (by.get(a.party) ?? 0) + a.amount);
  return by;
}

/** The only non-profit, for an income line that is a non-profit's own resources (membership fees, volunteer time). */
function ownResourcesOf(text: string, parties: PartyInfo[]): PartyInfo | null {
  const civil = parties.filter((p) => p.sector === 'civil');
  return civil.length === 1 && OWN_RESOURCES.test(text) ? civil[0] : null;
}

/** Adds a financing row to its party's share, and its amounts per year to the party's years. */
function addFinanced(financed: Map<PartyInfo, StatedAmount>, party: PartyInfo, value: { amount: number; yearAmounts?: YearAmount[] }, span: { start: number; end: number }): void {
  const had = financed.get(party);
  financed.set(party, had ? addStated(had, value, span) : { party, amount: value.amount, ...(value.yearAmounts ? { yearAmounts: value.yearAmounts } : {}), ...span });
}

/** A party's stated amount with another of its amounts added, year by year, spanning both. */
function addStated(had: StatedAmount, value: { amount: number; yearAmounts?: YearAmount[] }, span: { start: number; end: number }): StatedAmount {
  const years = [...new Set([...(had.yearAmounts ?? []), ...(value.yearAmounts ?? [])].map((y) => y.year))].sort((a, b) => a - b);
  const inYear = (v: { amount: number; yearAmounts?: YearAmount[] }, year: number) => v.yearAmounts?.find((y) => y.year === year)?.amount ?? v.amount;
  return {
    party: had.party,
    amount: had.amount + value.amount,
    ...(years.length ? { yearAmounts: years.map((year) => ({ year, amount: inYear(had, year) + inYear(value, year) })) } : {}),
    start: had.start,
    end: span.end,
  };
}
