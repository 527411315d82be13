import { formatKronor } from '../../domain/money';
import { warning } from '../fields/field';
import { findDates } from '../fields/dates';
import type { ImportWarning } from '../result';
import { squash } from '../text/normalize';
import type { Economy } from './model';

/**
 * Columns per agreement year ("Avtalsår 1" over "2027-02-01 – 2028-01-31", "År 2", "Andra avtalsåret", a period
 * alone): the first agreement year's column is the item's yearly amount. The model states amounts per calendar
 * year (`yearAmounts`), so later agreement years are kept only when their periods are calendar years (they start
 * on 1 January); otherwise the multi-year plan steps the first year's amount by the agreement's indexation, and
 * later years that the indexation does not explain are said (checkAgreementYears).
 */

const ORDINALS = ['första', 'andra', 'tredje', 'fjärde', 'femte', 'sjätte', 'sjunde', 'åttonde', 'nionde', 'tionde'];
/** "Avtalsår 1", "Verksamhetsår 2", "År 3", "Avtalsperiod 1". */
const NUMBERED = /^(?:avtalsår(?:et)?|verksamhetsår(?:et)?|avtalsperiod(?:en)?|år)\s*(\d{1,2})(?!\d)/iu;
/** "Första avtalsåret", "Andra året", "Tredje verksamhetsåret". */
const ORDINAL = new RegExp(`^(${ORDINALS.join('|')})\\s+(?:avtals|verksamhets)?året(?!\\p{L})`, 'iu');
/** What may stand beside an agreement year's name and period: a range's words and dashes, a unit, parentheses. */
const REST = /^(?:[\s–—\-,()]|till|t\.?\s?o\.?\s?m\.?|fr\.?\s?o\.?\s?m\.?|kr|kronor|sek|tkr|mnkr|ksek|per\s+år|\/år)*$/iu;
/** The years a named agreement year spans, written as a split year: "2026/27", "2026/2027", "2026–27". */
const SPLIT_YEAR = /(?<!\d)20\d{2}\s*[/–-]\s*(?:20)?\d{2}(?!\d)/gu;

export interface AgreementYearColumn {
  /** 1 for the first agreement year; null for a period without a name (its place in the row gives its order). */
  ordinal: number | null;
  /** The period's first day, when the heading gives it. */
  start: string | null;
}

/**
 * An agreement year's column heading, or null.
 * @example agreementYearColumn('Avtalsår 1 2027-02-01 – 2028-01-31') // { ordinal: 1, start: '2027-02-01' }
 * @example agreementYearColumn('2026-07-01 – 2027-06-30') // { ordinal: null, start: '2026-07-01' }
 * @example agreementYearColumn('Avtalsår 2 2027/28') // { ordinal: 2, start: null }
 * @example agreementYearColumn('Belopp 2027') // null (a calendar year's column)
 */
export function agreementYearColumn(text: string): AgreementYearColumn | null {
  const heading = unbreakDates(squash(text));
  if (!heading || heading.length > 80) return null;
  const numbered = NUMBERED.exec(heading);
  const ordinal = ORDINAL.exec(heading);
  const named = numbered ? Number(numbered[1]) : ordinal ? ORDINALS.indexOf(ordinal[1].toLowerCase()) + 1 : null;
  const rest = numbered || ordinal ? heading.slice((numbered ?? ordinal)![0].length) : heading;
  const dates = findDates(rest);
  let words = rest;
  for (const d of [...dates].reverse()) words = words.slice(0, d.start) + words.slice(d.end);
  // "Avtalsår 1 2026/27": a named agreement year may give the years it spans (its first day is not said).
  if ((numbered || ordinal) && !dates.length) words = words.replace(SPLIT_YEAR, '');
  if (!REST.test(words)) return null;
  // A period alone is an agreement year only as a range (two dates); a name alone is one with or without dates.
  if (named === null && dates.length !== 2) return null;
  if (dates.length > 2 || (named !== null && named < 1)) return null;
  return { ordinal: named, start: dates[0]?.iso ?? null };
}

/** A date a PDF's narrow column broke after a hyphen ("2027-" / "08-31") joined again. */
const unbreakDates = (text: string) => text.replace(/(?<!\d)(\d{4}-(?:\d{2}-)?)\s+(\d{2}(?:-\d{2})?)(?!\d)/g, '$1$2');

/** Dates, pieces of a date a narrow column broke ("2027-", "08-31") and a range's words and dashes. */
const PERIOD_PIECES = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}-(?:\d{2}-?)?|\d{2}-\d{2}|[\s–—-]|till|t\.?\s?o\.?\s?m\.?|fr\.?\s?o\.?\s?m\.?)+$/iu;

/**
 * A cell of a header's second or third line that holds only (part of) a period: "2027-02-01 – 2028-01-31",
 * "2027-02-01 –", "2027-02-01 – 2028-" and "01-31" (a period that wrapped in a PDF's narrow column).
 */
export function isPeriodCell(text: string): boolean {
  const t = squash(text);
  return /\d{4}-|\d{2}-\d{2}/.test(t) && PERIOD_PIECES.test(t);
}

/** The amounts a row states per agreement year, from the first; `unit` is the table's scale (1 000 in tkr). */
export interface AgreementYearAmounts {
  label: string;
  amounts: number[];
  unit: number;
}

/**
 * Later agreement years a table states that the agreement's indexation does not explain: the plan steps the first
 * year's amount by the rate (none without indexation), so a table whose later years differ from that says so on
 * `costItems`, naming the first row that differs. A step within the table's rounding (a krona or its unit per year,
 * or 0,1 %) is the rate's.
 * @example checkAgreementYears([{ label: 'Lokal', amounts: [100_000, 102_000], unit: 1 }], 0.02) // []
 */
export function checkAgreementYears(rows: AgreementYearAmounts[], rate: number | null): ImportWarning[] {
  for (const row of rows) {
    const first = row.amounts[0];
    for (let k = 1; k < row.amounts.length; k++) {
      const expected = first * (1 + (rate ?? 0)) ** k;
      const tolerance = Math.max(k * row.unit + 1, expected * 0.001);
      if (Math.abs(row.amounts[k] - expected) <= tolerance) continue;
      const step = rate ? `avtalets uppräkning (${String(Math.round(rate * 10000) / 100).replace('.', ',')} %)` : 'oförändrat belopp (avtalet räknas inte upp)';
      return [
        warning(
          'AMBIGUOUS',
          'costItems',
          `Tabellen anger belopp per avtalsår: ”${row.label}” ${formatKronor(first)} det första och ${formatKronor(row.amounts[k])} det ${ORDINALS[k] ?? `${k + 1}:e`} avtalsåret. Det första avtalsårets belopp lästes; flerårsplanen räknar senare år med ${step}, inte med tabellens belopp.`,
        ),
      ];
    }
  }
  return [];
}

/** The rows of an economy that state amounts per agreement year: items by label, stated shares and totals by party. */
export function agreementYearRows(economy: Pick<Economy, 'items' | 'partyReadings' | 'totalReadings'>): AgreementYearAmounts[] {
  return [
    ...economy.items.filter((it) => it.agreementYears).map((it) => ({ label: it.label, ...it.agreementYears! })),
    ...[...economy.partyReadings, ...economy.totalReadings].filter((t) => t.agreementYears).map((t) => ({ label: t.party?.name ?? 'Totalt', ...t.agreementYears! })),
  ];
}
