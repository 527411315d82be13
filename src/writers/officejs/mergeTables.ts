import type { PlanCell } from '../../workbook/plan';
import { IMPORT_SOURCE } from '../../workbook/names';
import { escapeText, roundTrip } from './cells';
import type { TableState } from './state';

/** A table's new contents: headers (the user's columns included) and body rows ready for `range.formulas`. */
export interface MergedTable {
  headers: string[];
  body: (string | number | boolean)[][];
  /** The same rows as values (a user's formula as its last computed result), for reading agreements back. */
  values: unknown[][];
  /** Number format per column of ours (by header), for the whole column. */
  formats: Record<string, string>;
}

function formatsOf(columns: readonly string[], rows: PlanCell[][]): Record<string, string> {
  const formats: Record<string, string> = {};
  columns.forEach((c, i) => {
    const f = rows.find((r) => r[i]?.format)?.[i]?.format;
    if (f) formats[c] = f;
  });
  return formats;
}

function keyOf(row: unknown[], headers: string[]): string {
  const i = headers.indexOf('Avtals-id');
  return i < 0 ? '' : String(row[i] ?? '').trim();
}

/** Writes our columns of a row into a row that may hold the user's columns too. */
function place(columns: readonly string[], headers: string[], planRow: PlanCell[], base: (string | number | boolean)[]): (string | number | boolean)[] {
  const out = [...base];
  columns.forEach((c, i) => {
    const at = headers.indexOf(c);
    if (at >= 0) out[at] = escapeText(planRow[i]?.value ?? null);
  });
  return out;
}

/**
 * Upserts rows by agreement key into an existing table. One row per key (IOP_Avtal) is updated in place;
 * for multi-row tables (IOP_Parter, IOP_Poster) an agreement's imported rows are replaced where they stood,
 * rows the user added by hand (Källa not "Import") are kept, and the user's own columns are carried over
 * to the replacing row with the same identity (party, or type+party+label).
 */
export function mergeTable(
  existing: TableState | null,
  columns: readonly string[],
  incoming: Map<string, PlanCell[][]>,
  options: { single: boolean; identity: (row: (key: string) => unknown) => string },
): MergedTable {
  const allRows = [...incoming.values()].flat();
  const formats = formatsOf(columns, allRows);
  if (!existing) {
    return {
      headers: [...columns],
      body: allRows.map((r) => r.map((c) => escapeText(c?.value ?? null))),
      values: allRows.map((r) => r.map((c) => c?.value ?? '')),
      formats,
    };
  }
  const headers = [...existing.headers];
  const width = headers.length;
  const blank = () => Array.from({ length: width }, () => '' as string | number | boolean);
  const rows = existing.formulas.map((r, j) => Array.from({ length: width }, (_, i) => roundTrip(r[i], existing.values[j]?.[i])));
  // Each row's values travel with it: kept rows keep what Excel computed, placed rows get the plan's values.
  const valuesOf = new Map<unknown[], unknown[]>(rows.map((r, i) => [r, existing.values[i] ?? []]));
  const sourceAt = headers.indexOf('Källa');
  const byHeader = (row: (string | number | boolean)[]) => (h: string) => row[headers.indexOf(h)];
  const planByHeader = (row: PlanCell[]) => (h: string) => row[columns.indexOf(h)]?.value;

  type Row = (string | number | boolean)[];
  const byHand = (r: Row) => !options.single && sourceAt >= 0 && String(r[sourceAt] ?? '') !== IMPORT_SOURCE;
  const replaceable = new Map<string, Row[]>();
  for (const r of rows) {
    const key = keyOf(r, headers);
    if (incoming.has(key) && !byHand(r)) replaceable.set(key, [...(replaceable.get(key) ?? []), r]);
  }
  const rowsFor = (key: string): Row[] => {
    const reusable = new Map<string, Row[]>();
    for (const r of replaceable.get(key) ?? []) {
      const id = options.identity(byHeader(r));
      reusable.set(id, [...(reusable.get(id) ?? []), r]);
    }
    return (incoming.get(key) ?? []).map((planRow) => {
      const base = reusable.get(options.identity(planByHeader(planRow)))?.shift() ?? blank();
      const placed = place(columns, headers, planRow, base);
      const values = [...(valuesOf.get(base) ?? blank())];
      columns.forEach((c, i) => {
        const at = headers.indexOf(c);
        if (at >= 0) values[at] = planRow[i]?.value ?? '';
      });
      valuesOf.set(placed, values);
      return placed;
    });
  };
  const body: Row[] = [];
  const placed = new Set<string>();
  for (const r of rows) {
    const key = keyOf(r, headers);
    if (!incoming.has(key) || byHand(r)) body.push(r);
    else if (!placed.has(key)) {
      // The agreement's new rows go where its first row stood.
      body.push(...rowsFor(key));
      placed.add(key);
    } else if (options.single) {
      // A second row with the same key was made by hand (the reader reports the duplicate): it is kept.
      body.push(r);
    }
  }
  for (const key of incoming.keys()) if (!placed.has(key)) body.push(...rowsFor(key));
  return { headers, body, values: body.map((r) => valuesOf.get(r) ?? r), formats };
}
