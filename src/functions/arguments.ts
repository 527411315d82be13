import { DateParts, excelSerialToDate, tryParseIsoDate } from '../domain/dates';
import { DomainError } from '../domain/errors';

/**
 * Turning Excel arguments into typed values, once, at the edge. Excel gives numbers for numeric cells,
 * serial numbers for dates, text for text, and `null` (or nothing) for an omitted optional argument.
 */
export function isOmitted(value: unknown): value is null | undefined {
  return value === null || value === undefined || value === '';
}

export function requireNumber(value: unknown, what: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d+([.,]\d+)?\s*$/.test(value)) return Number(value.replace(',', '.'));
  throw new DomainError('INVALID_NUMBER', `${what} måste vara ett tal.`);
}

export function optionalNumber(value: unknown, what: string): number | undefined {
  return isOmitted(value) ? undefined : requireNumber(value, what);
}

export function requireWholeNumber(value: unknown, what: string): number {
  const n = requireNumber(value, what);
  if (!Number.isInteger(n)) throw new DomainError('INVALID_NUMBER', `${what} måste vara ett heltal.`);
  return n;
}

/** A date as an Excel serial number or ISO text (ÅÅÅÅ-MM-DD). */
export function requireDate(value: unknown, what: string): DateParts {
  if (typeof value === 'number') return excelSerialToDate(value);
  if (typeof value === 'string') {
    const parts = tryParseIsoDate(value);
    if (parts) return parts;
  }
  throw new DomainError('INVALID_DATE', `${what} måste vara ett datum (ett Excel-datum eller text ÅÅÅÅ-MM-DD).`);
}
