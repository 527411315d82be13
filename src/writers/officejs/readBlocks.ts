import { jsonSize } from './batch';

/**
 * Reads split by size, like the writes. Excel on the web refuses a response over 5 MB
 * (ResponsePayloadSizeLimitExceeded), and what a block of cells weighs is only known once it has been read: the
 * reader reads a first block, measures the bytes per row it got back, and sizes every further block under the
 * budget by the heaviest rows seen so far. Should a block still come back refused, it is read again in smaller
 * blocks.
 */
export const RESPONSE_BUDGET = 3_000_000;
/** Body rows per table read with the first sync (a small workbook is read whole in it). */
export const FIRST_ROWS = 200;
/** Bytes per row are measured, then allowed this much more for rows not yet seen. */
const MARGIN = 1.25;

export type RangeProperty = 'values' | 'valueTypes' | 'formulas' | 'formulasR1C1' | 'numberFormat';
export type Matrices = Record<RangeProperty, unknown[][]>;

/** The response size of loaded properties, as JSON. */
export function loadedBytes(range: Excel.Range, props: readonly RangeProperty[]): number {
  return props.reduce((n, p) => n + jsonSize(range[p]), 0);
}

export function isResponseTooLarge(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? '';
  return code === 'ResponsePayloadSizeLimitExceeded' || /ResponsePayloadSizeLimitExceeded/.test(String((e as Error)?.message ?? ''));
}

/** Tracks the heaviest row seen, to size the next block. */
export class RowWeight {
  private perRow = 0;
  constructor(
    readonly budget = RESPONSE_BUDGET,
    /** Rows of a first block, before any row was measured. */
    readonly firstRows = FIRST_ROWS,
  ) {}

  saw(bytes: number, rows: number): void {
    if (rows > 0) this.perRow = Math.max(this.perRow, bytes / rows);
  }

  /** Rows of the next block: as many as fit the budget at the heaviest rows seen (at least one). */
  rows(wanted: number): number {
    const fit = this.perRow > 0 ? Math.floor(this.budget / (this.perRow * MARGIN)) : this.firstRows;
    return Math.max(1, Math.min(wanted, fit));
  }
}

/**
 * Reads rows [from, to) of a block of cells (`at(start, count)` gives the range of `count` rows from `start`),
 * one sync per block, each sized under the budget; a refused block is read again in eighths. Returns the
 * properties' matrices for those rows, in order.
 */
export async function readRows(context: Excel.RequestContext, at: (start: number, count: number) => Excel.Range, from: number, to: number, props: readonly RangeProperty[], weight: RowWeight): Promise<Matrices & { syncs: number }> {
  const out = Object.assign(Object.fromEntries(props.map((p) => [p, [] as unknown[][]])) as Matrices, { syncs: 0 });
  let start = from;
  let cap = Infinity;
  while (start < to) {
    const count = Math.min(cap, weight.rows(to - start));
    const range = at(start, count).load(props.join(','));
    try {
      await context.sync();
      out.syncs++;
    } catch (e) {
      if (!isResponseTooLarge(e) || count === 1) throw e;
      cap = Math.max(1, Math.floor(count / 8));
      continue;
    }
    weight.saw(loadedBytes(range, props), count);
    for (const p of props) out[p].push(...(range[p] as unknown[][]));
    start += count;
    cap = Infinity;
  }
  return out;
}
