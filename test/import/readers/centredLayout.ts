/**
 * A PDF table laid out as a word processor prints one whose cells are centred vertically in their rows (or set at
 * their tops): text pieces at their baselines, amounts right-aligned at their column's right edge. For tests of
 * readers/pdfCentred.ts that write their own tables; each test gives its font size, line distance, padding and columns.
 */
export interface Column {
  /** The left edge (text) or, with `right`, the right edge (amounts). */
  x: number;
  right?: boolean;
}

export interface Piece {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export function centredLayout(layout: { size: number; line: number; pad: number; charWidth: number; columns: Column[] }) {
  const piece = (str: string, x: number, y: number, right = false): Piece => {
    const width = str.length * layout.charWidth;
    return { str, x: right ? x - width : x, y, width, size: layout.size };
  };
  /** Rows (each cell a list of lines) from `top` down, every cell centred on its row's middle (or set at its top). */
  const table = (top: number, rows: string[][][], align: 'centre' | 'top' = 'centre', columns = layout.columns, pad = layout.pad): Piece[] => {
    const pieces: Piece[] = [];
    let y = top;
    for (const row of rows) {
      const lines = Math.max(...row.map((c) => c.length));
      const height = lines * layout.line + 2 * pad;
      const middle = y - height / 2;
      row.forEach((cell, c) => {
        const first = align === 'centre' ? middle + ((cell.length - 1) * layout.line) / 2 : y - pad - layout.line / 2;
        cell.forEach((text, n) => pieces.push(piece(text, columns[c].x, first - n * layout.line, columns[c].right)));
      });
      y -= height;
    }
    return pieces;
  };
  return { piece, table };
}
