/**
 * Writes split across syncs by size. Excel on the web refuses a request over 5 MB
 * (RequestPayloadSizeLimitExceeded), so the writer keeps each sync under a budget and syncs before a write that
 * would not fit. A small workbook still goes in one sync. Sizes are the JSON of what is sent, as Office.js
 * serialises it, plus an allowance per action for the envelope.
 */
export const REQUEST_BUDGET = 3_500_000;
const ACTION_ALLOWANCE = 200;

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

export const jsonSize = (value: unknown): number => utf8Length(JSON.stringify(value) ?? 'null');

export class WriteBatch {
  private bytes = 0;
  /** Syncs this batch made (the last one included once flushed). */
  syncs = 0;
  constructor(
    readonly context: Excel.RequestContext,
    readonly budget = REQUEST_BUDGET,
  ) {}

  /** Room for an action with this payload in the current request; syncs first when it would not fit. */
  async reserve(payload = 0): Promise<void> {
    const size = payload + ACTION_ALLOWANCE;
    if (this.bytes > 0 && this.bytes + size > this.budget) await this.flush();
    this.bytes += size;
  }

  async flush(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.bytes = 0;
  }

  /**
   * Assigns a matrix to a block of cells (`formulas`, `formulasR1C1` or `numberFormat`), as one assignment when
   * it fits the budget and in blocks of whole rows when it does not.
   */
  async write(ws: Excel.Worksheet, row: number, column: number, matrix: unknown[][], property: 'formulas' | 'formulasR1C1' | 'numberFormat'): Promise<void> {
    if (matrix.length === 0) return;
    const width = matrix[0].length;
    const sizes = matrix.map((r) => jsonSize(r) + 1);
    const limit = this.budget / 2;
    let start = 0;
    while (start < matrix.length) {
      let end = start;
      let size = 0;
      while (end < matrix.length && (end === start || size + sizes[end] <= limit)) size += sizes[end++];
      await this.reserve(size);
      const range = ws.getRangeByIndexes(row + start, column, end - start, width);
      const block = start === 0 && end === matrix.length ? matrix : matrix.slice(start, end);
      // Spelled out (not range[property]) so the requirement-set check sees each property the writer uses.
      if (property === 'formulas') range.formulas = block;
      else if (property === 'formulasR1C1') range.formulasR1C1 = block;
      else range.numberFormat = block;
      start = end;
    }
  }
}
