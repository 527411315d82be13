/**
 * Swedish number and date formats for the task pane (Intl, sv-SE), and the inverse: reading what a Swedish
 * user types ("1 710 000", "2,5 %", "0,3142") back into numbers.
 */
const KRONOR = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0, minimumFractionDigits: 0 });
const INTEGER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const DECIMAL = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 4 });
const PERCENT = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 2 });
const DATE = new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

export function formatKr(value: number): string {
  return KRONOR.format(value);
}

export function formatInteger(value: number): string {
  return INTEGER.format(value);
}

/** A number as a Swedish user would type it (decimal comma, no grouping), for prefilled inputs. */
export function formatDecimalInput(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return DECIMAL.format(value).replace(/[\s\u00a0\u202f]/g, '');
}

export function formatPercent(fraction: number): string {
  return PERCENT.format(fraction);
}

/** "1 januari 2024" for an ISO date; the ISO text itself when it is not a date. */
export function formatIsoDate(iso: string | null): string {
  if (!iso) return '–';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return DATE.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

/**
 * Reads a number typed the Swedish way: spaces (also no-break and thin spaces) group thousands, comma or
 * point is the decimal separator, "kr" and "%" may follow. Returns null for empty or unreadable text.
 */
export function parseSwedishNumber(text: string): number | null {
  const cleaned = String(text ?? '')
    .trim()
    .replace(/\s*(kr|kronor|sek|%)\.?$/i, '')
    .replace(/[\s\u00a0\u2009\u202f]/g, '')
    .replace(/\u2212/g, '-');
  if (cleaned === '') return null;
  const normalised = /,/.test(cleaned) ? cleaned.replace(/\./g, '').replace(',', '.') : cleaned;
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

/** A percentage typed by the user ("2" or "2,5 %") as a fraction (0.02, 0.025). */
export function parsePercent(text: string): number | null {
  const value = parseSwedishNumber(text);
  return value === null ? null : Math.round(value * 1e6) / 1e8;
}

/** A fraction as a percentage for an input field: 0.3142 → "31,42". */
export function percentInput(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined) return '';
  return formatDecimalInput(Math.round(fraction * 1e8) / 1e6);
}
