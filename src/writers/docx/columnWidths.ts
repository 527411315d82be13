/*
 * Column widths fitted to a table's content: each column gets at least its longest word (so no word is broken
 * inside, "Överenskom melse"), and the rest of the page goes where it makes the table shortest. Word and
 * LibreOffice lay out a fixed table from the widths they are given, and the widths come from here.
 */

/**
 * The width of text in twips, estimated generously from the characters' classes at 11 pt: Word and LibreOffice
 * set the same document in different fonts (Times New Roman at 10 pt, Liberation Serif, Calibri or Carlito at
 * 11 pt), so the estimate is above all of them, and a word is never given less room than it needs.
 * @example textWidth('Överenskommelse') // 1 837 twips (3,2 cm); Liberation Serif at 12 pt takes 1 488
 */
export function textWidth(text: string, bold = false): number {
  let em = 0;
  for (const c of text) {
    if (/[iljtf.,:;'!|()[\]\s]/.test(c)) em += 0.3;
    else if (/[mwMWÅÄÖ@%]/.test(c)) em += 0.85;
    else if (/[A-ZÉÜ0-9]/.test(c)) em += 0.62;
    else em += 0.5;
  }
  // 11 pt = 220 twips per em; bold letters run some 6 % wider.
  return Math.ceil(em * 220 * (bold ? 1.06 : 1));
}

/** Room a cell takes beside its text: Word's default cell margins (108 twips each side) and a little slack. */
const CELL_PADDING = 2 * 108 + 60;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * Column widths in twips that add up to `total`. Each column starts at its widest word (its whole text for the
 * `nowrap` columns' body cells: amounts stay on one line; the first row is the header, in bold, and wraps between
 * words); then the remaining width is handed out step by step to the column that shortens the table most, each
 * row counted as high as its tallest cell (text width ÷ column width lines). When even the words do not fit (a
 * 60-letter word), every column shrinks in proportion.
 * @example fitColumns([['Namn', 'Belopp'], ['Hoppfull framtid', '2 080 500 kr']], 5000, new Set([1]))
 */
export function fitColumns(rows: readonly (readonly string[])[], total: number, nowrap: ReadonlySet<number> = new Set()): number[] {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const min = new Array<number>(columns).fill(CELL_PADDING);
  // The text to wrap in each cell: its width on one line; nothing for a cell that never wraps.
  const text: number[][] = rows.map((row, r) =>
    Array.from({ length: columns }, (_, c) => {
      const cell = row[c] ?? '';
      const bold = r === 0;
      if (r > 0 && nowrap.has(c)) {
        min[c] = Math.max(min[c], textWidth(cell, bold) + CELL_PADDING);
        return 0;
      }
      min[c] = Math.max(min[c], ...words(cell).map((w) => textWidth(w, bold) + CELL_PADDING));
      return textWidth(cell, bold);
    }),
  );
  const sumMin = min.reduce((s, w) => s + w, 0);
  if (sumMin >= total) return exactly(min.map((w) => (w * total) / sumMin), total);

  const widths = [...min];
  const lines = (r: number, c: number, width: number) => Math.max(1, text[r][c] / (width - CELL_PADDING));
  const height = (r: number, c: number, width: number) => Math.max(...widths.map((w, k) => lines(r, k, k === c ? width : w)));
  let remaining = total - sumMin;
  const step = Math.max(20, Math.ceil(remaining / 200));
  while (remaining >= step) {
    let best = -1;
    let gain = 0;
    for (let c = 0; c < columns; c++) {
      let g = 0;
      for (let r = 0; r < rows.length; r++) g += height(r, c, widths[c]) - height(r, c, widths[c] + step);
      if (g > gain + 1e-9) {
        best = c;
        gain = g;
      }
    }
    if (best < 0) break; // every row is one line high
    widths[best] += step;
    remaining -= step;
  }
  // What is left (every row on one line, or less than a step) is shared in proportion.
  const sum = widths.reduce((s, w) => s + w, 0);
  return exactly(widths.map((w) => (w * total) / sum), total);
}

/** Whole twips adding up to `total`: what rounding loses goes to the widest column. */
function exactly(widths: readonly number[], total: number): number[] {
  const whole = widths.map(Math.floor);
  const widest = whole.indexOf(Math.max(...whole));
  whole[widest] += total - whole.reduce((s, w) => s + w, 0);
  return whole;
}
