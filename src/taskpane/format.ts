/**
 * Swedish number and date formats for the task pane (Intl, sv-SE), and the inverse: reading what a Swedish
 * user types ("1 710 000", "2,5 %", "0,3142") back into numbers.
 */
import { tryParseIsoDate } from '../domain/dates';
import { parseSwedishNumber as parseNumber } from '../domain/swedishNumbers';

const KRONOR = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0, minimumFractionDigits: 0 });
const DECIMAL = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 4 });
const PERCENT = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 2 });
const DATE = new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

export function formatKr(value: number): string {
  return KRONOR.format(value);
}

/** A number as a Swedish user would type it (decimal comma, no grouping), for prefilled inputs. */
export function formatDecimalInput(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return DECIMAL.format(value).replace(/[\s\u00a0\u202f]/g, '');
}

/**
 * An amount for an input field with Swedish grouping ("1 710 000"). Ordinary spaces, not Intl's no-break
 * spaces, so what the user sees is what they would type and copy; parseSwedishNumber reads both.
 */
export function formatAmountInput(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return DECIMAL.format(value).replace(/[\s\u00a0\u202f]/g, ' ');
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
 * What a user types as a date, made ISO where it is unambiguous: "20250101", "2025-1-1", "2025.01.01" and
 * "2025 01 01" become "2025-01-01". Anything else is returned trimmed, for the validation to point at.
 */
export function normaliseDateInput(text: string): string {
  const trimmed = text.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed);
  const separated = /^(\d{4})[-./\s](\d{1,2})[-./\s](\d{1,2})$/.exec(trimmed);
  const m = compact ?? separated;
  if (!m) return trimmed;
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}

/** Why a typed date cannot be used, in Swedish; null when it is empty or a real ÅÅÅÅ-MM-DD date. */
export function dateInputProblem(text: string): string | null {
  const value = text.trim();
  if (value === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2025-01-01.';
  if (!tryParseIsoDate(value)) return `${value} är inget giltigt datum.`;
  return null;
}

/**
 * Reads a number typed the Swedish way, by the one policy of src/domain/swedishNumbers.ts (comma decimal,
 * spaces and points group thousands: "1.750" is 1 750); "kr" and "%" may follow. Null for empty or unreadable text.
 */
export function parseSwedishNumber(text: string): number | null {
  const cleaned = String(text ?? '')
    .trim()
    .replace(/\s*(kr|kronor|sek|%)\.?$/i, '');
  return cleaned === '' ? null : parseNumber(cleaned);
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
