import type { ImportWarning, Provenance, WarningCode } from '../result';

/** What one extractor returns: the value, where it was read, and anything the user must know about it. */
export interface Extracted<T> {
  value: T;
  provenance: Provenance[];
  warnings: ImportWarning[];
}

export function found<T>(value: T, provenance: Provenance[] = [], warnings: ImportWarning[] = []): Extracted<T> {
  return { value, provenance, warnings };
}

export function missing<T>(value: T, field: string, message: string): Extracted<T> {
  return { value, provenance: [], warnings: [{ code: 'MISSING_FIELD', field, message }] };
}

export function warning(code: WarningCode, field: string | undefined, message: string): ImportWarning {
  return field === undefined ? { code, message } : { code, field, message };
}

export function provenance(field: string, text: string, start: number, end: number): Provenance {
  return { field, snippet: text.slice(start, end).replace(/\s+/g, ' ').trim(), start, end };
}
