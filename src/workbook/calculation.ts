import { UNLIMITED_EXTENSION_PERIODS } from '../domain/validity';

/*
 * The building blocks of the sheet formulas: the one second implementation of the domain's year rules
 * (src/domain/yearReport.ts, schedule.ts), in Excel's grammar, en-US, with `,` separators. Each block names the
 * domain function it mirrors; the property test (test/workbook/formulaProperty.test.ts) recalculates generated
 * workbooks in LibreOffice and compares every cell with the domain.
 */

/** A structured reference's column specifier needs its own brackets for any special character but the space. */
const SPECIAL = /[\t\n\r,:.[\]#'"{}$^&*+=\-<>/]/;

/** A column name inside a specifier: `[`, `]`, `#` and `'` are escaped with an apostrophe. */
function escapeColumn(column: string): string {
  return column.replace(/['#[\]]/g, "'$&");
}

/**
 * A table column as a structured reference (Microsoft, "Using structured references with Excel tables"):
 * `IOP_Poster[Part]`, and in double brackets when the name holds a special character: `IOP_Poster[[Belopp/år]]`.
 */
export function tableColumn(table: string, column: string): string {
  return remembered(`c\u0000${table}\u0000${column}`, () => {
    const name = escapeColumn(column);
    return SPECIAL.test(column) ? `${table}[[${name}]]` : `${table}[${name}]`;
  });
}

/** The same row's cell of a table column, as a file stores it: `IOP_Avtal[[#This Row],[Start]]` (typed: `[@Start]`). */
export function thisRow(table: string, column: string): string {
  return remembered(`r\u0000${table}\u0000${column}`, () => `${table}[[#This Row],[${escapeColumn(column)}]]`);
}

/** References are built for every cell of big plans from a few dozen table and column names: each once. */
const references = new Map<string, string>();
function remembered(key: string, build: () => string): string {
  let ref = references.get(key);
  if (ref === undefined) references.set(key, (ref = build()));
  return ref;
}

/**
 * A SUMIFS/COUNTIFS criterion that matches exactly the text in `cell` (a formula operand): "=" first, so text that
 * begins with "<", ">" or "=" is not an operator, and the wildcards `~ * ?` escaped.
 */
export function exactly(cell: string): string {
  return `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cell},"~","~~"),"*","~*"),"?","~?")`;
}

/** The text an `exactly` criterion holds for a value (its cached value). */
export function exactlyValue(text: string): string {
  return '=' + text.replace(/~/g, '~~').replace(/\*/g, '~*').replace(/\?/g, '~?');
}

/**
 * The first or last counted month of a date as year × 12 + month (domain: countedMonthsInYear, the middle-day
 * rule: a month counts when the period includes its 16th, the 15th in February). Empty when the cell is no date.
 */
export function countedMonthFormula(date: string, which: 'first' | 'last'): string {
  const middle = `IF(MONTH(${date})=2,15,16)`;
  const shift = which === 'first' ? `+IF(DAY(${date})<=${middle},0,1)` : `-IF(DAY(${date})>=${middle},0,1)`;
  return `IF(ISNUMBER(${date}),YEAR(${date})*12+MONTH(${date})${shift},"")`;
}

/** The last day with every extension the plan includes (domain: lastPossibleEnd), from the row's Slut and terms. */
export function plannedEndFormula(at: (column: string) => string, decidedEnd: string): string {
  const years = `N(${at('Förlängning år')})`;
  const times = `IF(ISNUMBER(${at('Förlängning gånger')}),${at('Förlängning gånger')},${UNLIMITED_EXTENSION_PERIODS})`;
  return `IF(ISNUMBER(${at('Slut')}),MAX(${decidedEnd},IF(${years}>0,EDATE(${at('Slut')}+1,12*${years}*${times})-1,${at('Slut')})),"")`;
}

/** Operands of one agreement's year formulas: cells or expressions holding its months and index rule. */
export interface YearOperands {
  /** First counted month (year × 12 + month). */
  first: string;
  /** Last counted month of the period (decided, or with every planned extension). */
  last: string;
  /** The calendar year. */
  year: string;
  /** The step month (1 = per calendar year). */
  step: string;
  rate: string;
  baseYear: string;
}

/** Counted months of the year before the step month and from it (domain: yearMonths). */
function monthsBetween(o: YearOperands, from: string, to: string): string {
  return `MAX(0,MIN(${o.last},${o.year}*12+${to})-MAX(${o.first},${o.year}*12+${from})+1)`;
}

/**
 * Σ (1 + rate)^level / 12 over the year's counted months (domain: indexedMonthsWeight): the months before the step
 * month are at the previous index year's level, the rest at this year's; never below the base level.
 */
export function indexWeightFormula(o: YearOperands): string {
  const early = monthsBetween(o, '1', `${o.step}-1`);
  const late = monthsBetween(o, o.step, '12');
  return `(${early}*(1+${o.rate})^MAX(0,${o.year}-1-${o.baseYear})+${late}*(1+${o.rate})^MAX(0,${o.year}-${o.baseYear}))/12`;
}

/** The year's counted months / 12 (for amounts stated per calendar year, which are not indexed). */
export function monthShareFormula(o: Pick<YearOperands, 'first' | 'last' | 'year'>): string {
  return `${monthsBetween({ ...o, step: '1', rate: '0', baseYear: '0' }, '1', '12')}/12`;
}

/**
 * One side's figure in a year, rounded once (domain: the schedule's side sums): (amount − the items' yearly amounts
 * replaced by amounts stated for the year) × index weight + the stated amounts × month share. The inner ROUND to
 * six decimals removes binary floating-point noise before rounding half up.
 */
export function sideYearFormula(amount: string, replaced: string, stated: string, weight: string, share: string): string {
  return `ROUND(ROUND((${amount}-${replaced})*${weight}+${stated}*${share},6),0)`;
}
