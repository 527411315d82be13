import type { PlanCell } from '../../workbook/plan';
import { IMPORT_SOURCE } from '../../workbook/names';
import type { TableState } from './state';

/** One row of a table after the write: where it stays, and our columns' new cells (null: left as it is). */
export interface PlannedRow {
  /** The existing body row (0-based, empty rows counted) it is; null for a row to insert. */
  from: number | null;
  /** Our columns' cells, in the order of the table spec's columns; null when the row is not written. */
  ours: PlanCell[] | null;
}

/** What an upsert does to a table: rows kept, written, inserted and deleted; never a row moved. */
export interface TableRowPlan {
  headers: string[];
  rows: PlannedRow[];
  /** Existing body rows that go (an agreement's rows it no longer has, empty rows). */
  deleted: number[];
  /** Each final row as the reader sees it (values; formulas where kept), for reading agreements back. */
  values: unknown[][];
  formulas: unknown[][];
  /** Which of those cells hold an error value (only kept cells can: ours are written as text or numbers). */
  errors: boolean[][];
  /** Number format per column of ours (by header). */
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

/**
 * Plans an upsert by agreement key that keeps every row of the user's in place: the user's own columns, cells,
 * formulas, notes and formats stay in their row because rows are never moved or rewritten whole. Only our
 * columns of an agreement's rows are written. In IOP_Avtal (`single`) an agreement's first row is updated; in
 * IOP_Parter and IOP_Poster each imported row is matched to the stored row with the same identity (party, or
 * type+party+label), new ones are inserted after the matched row before them, and stored ones no longer
 * imported are deleted. Rows the user added by hand (Källa not "Import") and other agreements' rows are left
 * alone. New agreements go at the end.
 */
export function planTableRows(
  existing: TableState | null,
  columns: readonly string[],
  incoming: Map<string, PlanCell[][]>,
  options: { single: boolean; identity: (get: (header: string) => unknown) => string },
): TableRowPlan {
  const allRows = [...incoming.values()].flat();
  const formats = formatsOf(columns, allRows);
  const planValues = (p: PlanCell[], headers: string[], base?: unknown[]) => headers.map((h, i) => (columns.includes(h) ? (p[columns.indexOf(h)]?.value ?? '') : (base?.[i] ?? '')));
  if (!existing) {
    const headers = [...columns];
    const values = allRows.map((p) => planValues(p, headers));
    return { headers, rows: allRows.map((ours) => ({ from: null, ours })), deleted: [], values, formulas: values, errors: values.map((r) => r.map(() => false)), formats };
  }
  const headers = [...existing.headers];
  const keyAt = headers.indexOf('Avtals-id');
  const sourceAt = headers.indexOf('Källa');
  const keyOf = (j: number) => (keyAt < 0 ? '' : String(existing.values[j]?.[keyAt] ?? '').trim());
  const get = (j: number) => (h: string) => existing.values[j]?.[headers.indexOf(h)];
  const byHand = (j: number) => !options.single && sourceAt >= 0 && String(existing.values[j]?.[sourceAt] ?? '') !== IMPORT_SOURCE;
  const planGet = (p: PlanCell[]) => (h: string) => p[columns.indexOf(h)]?.value;

  // Stored rows of each incoming agreement, in table order (j indexes existing.values).
  const groups = new Map<string, number[]>();
  existing.values.forEach((_, j) => {
    const key = keyOf(j);
    if (!incoming.has(key) || byHand(j)) return;
    if (options.single && groups.has(key)) return; // a second row with the key was made by hand: kept
    groups.set(key, [...(groups.get(key) ?? []), j]);
  });

  interface GroupLayout {
    first: number;
    matched: Map<number, PlanCell[]>;
    after: Map<number, PlanCell[][]>;
    before: PlanCell[][];
  }
  const layouts = new Map<number, GroupLayout>();
  const inGroup = new Map<number, GroupLayout>();
  for (const [key, stored] of groups) {
    const plan = incoming.get(key)!;
    const free = [...stored];
    const matchOf: (number | null)[] = plan.map((p) => {
      const id = options.identity(planGet(p));
      const at = free.findIndex((j) => options.identity(get(j)) === id);
      return at < 0 ? null : free.splice(at, 1)[0];
    });
    const layout: GroupLayout = { first: stored[0], matched: new Map(), after: new Map(), before: [] };
    let previous: number | null = null;
    plan.forEach((p, i) => {
      const j = matchOf[i];
      if (j !== null) {
        layout.matched.set(j, p);
        previous = j;
      } else if (previous === null) layout.before.push(p);
      else layout.after.set(previous, [...(layout.after.get(previous) ?? []), p]);
    });
    layouts.set(stored[0], layout);
    for (const j of stored) inGroup.set(j, layout);
  }

  const rows: PlannedRow[] = [];
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  const errors: boolean[][] = [];
  const deleted: number[] = [];
  const noErrors = () => headers.map(() => false);
  const keptBody = new Set(existing.bodyIndex);
  const insert = (p: PlanCell[]) => {
    rows.push({ from: null, ours: p });
    const v = planValues(p, headers);
    values.push(v);
    formulas.push(v);
    errors.push(noErrors());
  };
  for (let body = 0; body < existing.bodyRows; body++) {
    if (!keptBody.has(body)) {
      deleted.push(body);
      continue;
    }
    const j = existing.bodyIndex.indexOf(body);
    const layout = inGroup.get(j);
    if (!layout) {
      rows.push({ from: body, ours: null });
      values.push(existing.values[j]);
      formulas.push(existing.formulas[j]);
      errors.push(existing.errors[j] ?? noErrors());
      continue;
    }
    if (layouts.get(j) === layout) layout.before.forEach(insert);
    const p = layout.matched.get(j);
    if (p) {
      rows.push({ from: body, ours: p });
      values.push(planValues(p, headers, existing.values[j]));
      formulas.push(planValues(p, headers, existing.formulas[j]));
      errors.push(headers.map((h, i) => !columns.includes(h) && !!existing.errors[j]?.[i]));
      (layout.after.get(j) ?? []).forEach(insert);
    } else deleted.push(body);
  }
  for (const [key, plan] of incoming) if (!groups.has(key)) plan.forEach(insert);
  // Excel keeps at least one body row in a table.
  if (rows.length === 0 && deleted.length > 0) {
    const body = deleted.shift()!;
    rows.push({ from: body, ours: null });
    values.push(headers.map(() => ''));
    formulas.push(headers.map(() => ''));
    errors.push(noErrors());
  }
  return { headers, rows, deleted, values, formulas, errors, formats };
}
