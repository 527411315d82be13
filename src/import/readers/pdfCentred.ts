import { joinWrapped } from '../text/normalize';

/**
 * A table whose cells are centred vertically in their rows (a landscape overview printed from Word or LibreOffice):
 * a row's one-line cells (the name, the period, the amounts) share one baseline, and a cell that wraps onto several
 * lines spreads them evenly above and below it ("Föreningen X" / "(802508-7431)" straddle the amounts' line). Read
 * line by line, the wrapped cells fall between rows and beside other rows' names; rows are not set apart by wider gaps
 * (a row's padding is less than a line). This module finds such tables and gives each row as one line of cells:
 *
 * - anchors: the baselines holding two or more amounts (the amount cells of a row never wrap);
 * - columns: the page's x-ranges that the text of the band between the header and the last anchor falls into;
 * - per column, its lines are cut into cells, each a run of lines at a line's spacing whose middle is an anchor's
 *   baseline; lines above the first anchor that no cell takes are the header's.
 *
 * A table is taken only when every line of every column finds its cell that way and some cell does lie above its
 * anchor (a table whose cells are aligned at the top is left to the ordinary reading). Pure: pieces in, lines out.
 */

export interface TextPiece {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Span {
  text: string;
  x0: number;
  x1: number;
  y: number;
}

interface Column {
  x0: number;
  x1: number;
}

/** An amount cell's text: "620 000", "1 450 000", "95,5", "2 %"; a lone dash is an empty amount. */
const AMOUNT = /^(?:\d{1,3}(?:[  ]\d{3})+|\d{1,7})(?:[,.]\d{1,2})?(?:\s*(?:kr|tkr|mnkr|%))?$/iu;

/** A baseline's text as spans: pieces joined across word spaces, split at gaps wider than a third of the font size. */
function spansOf(line: TextPiece[]): Span[] {
  const spans: Span[] = [];
  for (const p of [...line].sort((a, b) => a.x - b.x)) {
    const text = p.str.trim();
    if (!text) continue;
    // A piece's own leading and trailing spaces are no part of its ink: its edges move in by their share of the width.
    const per = p.str.length ? p.width / p.str.length : 0;
    const x0 = p.x + per * (p.str.length - p.str.trimStart().length);
    const x1 = p.x + p.width - per * (p.str.length - p.str.trimEnd().length);
    const last = spans[spans.length - 1];
    if (last && x0 - last.x1 <= p.size * 0.35) {
      last.text += x0 - last.x1 > p.size * 0.1 ? ` ${text}` : text;
      last.x1 = x1;
    } else spans.push({ text, x0, x1, y: p.y });
  }
  return spans;
}

/** A year heading a column ("2025"): no amount. */
const YEAR = /^(?:19|20)\d{2}$/;
/** A lone dash in an amount column: nothing paid, still the row's cell. */
const DASH = /^[–—-]$/u;
const amountCount = (spans: Span[]) => spans.filter((s) => AMOUNT.test(s.text) && !YEAR.test(s.text)).length;
/**
 * A row's line: two amounts (or an amount and a dash) among three or more cells, or one amount closing a line of
 * cells (a budget's one "Kronor per år" column: "Bengtsfors kommun | 547 200" between the wrapped lines of its label).
 */
const isAnchor = (spans: Span[]) => {
  const amounts = amountCount(spans);
  if (amounts >= 1 && amounts + spans.filter((s) => DASH.test(s.text)).length >= 2 && spans.length >= 3) return true;
  const last = spans[spans.length - 1];
  return spans.length >= 2 && amounts === 1 && AMOUNT.test(last.text) && !YEAR.test(last.text);
};

/** Text ending in an amount after a space: "2026-01-01 – 2027-12-31 340 000". */
const TRAILING_AMOUNT = /^(.*?\S)\s+((?:\d{1,3}(?:[  ]\d{3})+|\d{1,7})(?:[,.]\d{1,2})?)$/u;

/**
 * A cell's text and the amount right of it can reach the page as one piece ("2026-01-01 – 2027-12-31 340 000") when
 * the amount column's number comes close to the cell before. Where another row has an amount alone at the same edge
 * (the same right edge, or nearly the same left edge: the split's place is estimated from the amount's share of the
 * characters), the amount is split off as a span of its own.
 */
function splitTrailingAmounts(spans: Span[][]): void {
  const lone = spans.flatMap((line) => (amountCount(line) >= 2 ? line.filter((s) => AMOUNT.test(s.text)) : []));
  for (const line of spans) {
    for (let n = 0; n < line.length; n++) {
      const s = line[n];
      const m = TRAILING_AMOUNT.exec(s.text);
      if (!m || AMOUNT.test(s.text)) continue;
      const x0 = s.x1 - ((s.x1 - s.x0) * m[2].length) / s.text.length;
      // The amount column's edge: right-aligned amounts end where this one ends, left-aligned ones start where it starts.
      if (!lone.some((o) => Math.abs(o.x1 - s.x1) <= 1.5 || Math.abs(o.x0 - x0) <= 3)) continue;
      line.splice(n, 1, { text: m[1], x0: s.x0, x1: x0 - 3, y: s.y }, { text: m[2], x0, x1: s.x1, y: s.y });
    }
  }
  // The other way round: an empty amount's dash and the next column's text as one piece ("– Ny 2026.").
  for (const line of spans) {
    for (let n = 0; n < line.length; n++) {
      const s = line[n];
      const m = LEADING_DASH.exec(s.text);
      if (!m) continue;
      const x1 = s.x0 + ((s.x1 - s.x0) * m[1].length) / s.text.length;
      if (!lone.some((o) => Math.abs(o.x1 - x1) <= 1.5)) continue;
      const rest = s.text.length - m[2].length;
      line.splice(n, 1, { text: m[1], x0: s.x0, x1, y: s.y }, { text: m[2], x0: s.x0 + ((s.x1 - s.x0) * rest) / s.text.length, x1: s.x1, y: s.y });
    }
  }
}

/**
 * A cell's text and the next column's can reach the page as one span ("Föreningen X 802070-5615", "802815-8064;
 * 2027-01-01 –") when a wide cell comes close to the next column. Where two or more other lines start a span at the
 * place of one of this span's words (the next column's left edge; the word's place estimated from its share of the
 * characters, to half a font size), the span is split there.
 */
function splitAtColumnEdges(spans: Span[][]): void {
  const starts = spans.map((line) => line.map((s) => s.x0));
  const edge = (x: number, own: number, reach: number) => {
    let best: number | null = null;
    for (const e of new Set(starts.flat())) {
      if (Math.abs(e - x) > reach || (best !== null && Math.abs(best - x) <= Math.abs(e - x))) continue;
      if (starts.filter((line, n) => n !== own && line.some((o) => Math.abs(o - e) <= 1)).length >= 2) best = e;
    }
    return best;
  };
  spans.forEach((line, own) => {
    for (let n = 0; n < line.length; n++) {
      const s = line[n];
      const size = (s.x1 - s.x0) / Math.max(1, s.text.length) * 2;
      for (const m of s.text.matchAll(/ (?=\S)/gu)) {
        const at = (m.index ?? 0) + 1;
        // Never inside an amount: "2 340 000" has its thousands where a shorter amount of another row starts.
        if (/\d$/u.test(s.text.slice(0, at - 1)) && /^\d{3}(?!\d)/u.test(s.text.slice(at))) continue;
        const e = edge(s.x0 + ((s.x1 - s.x0) * at) / s.text.length, own, size * 0.5);
        if (e === null || e <= s.x0 + 1 || e >= s.x1) continue;
        line.splice(n, 1, { text: s.text.slice(0, at).trim(), x0: s.x0, x1: e - 1, y: s.y }, { text: s.text.slice(at), x0: e, x1: s.x1, y: s.y });
        break;
      }
    }
  });
}

/** A lone dash (an empty amount) run together with the next cell's text: "– Ny 2026.". */
const LEADING_DASH = /^([–—-])\s+(\p{L}.*)$/u;

/** Overlapping x-ranges merged: each a column. */
function columnsOf(spans: Span[]): Column[] {
  const sorted = [...spans].sort((a, b) => a.x0 - b.x0);
  const out: Column[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.x0 < last.x1 - 0.5) last.x1 = Math.max(last.x1, s.x1);
    else out.push({ x0: s.x0, x1: s.x1 });
  }
  return out;
}

const columnOf = (columns: Column[], s: Span) => columns.findIndex((c) => s.x0 >= c.x0 - 0.5 && s.x1 <= c.x1 + 0.5);

export interface CentredTable {
  /** First and one past the last baseline index of the table. */
  from: number;
  to: number;
  /** The header row and each row as cells joined by tabs. */
  lines: string[];
}

/** How many baselines at most lie between two rows' anchors: a cell of more lines than this is no table's. */
const MAX_GAP_LINES = 12;

/**
 * The centred tables among a page's baselines (each a list of pieces, top to bottom), in order.
 *
 * @example centredTables(baselinesOf(pieces)) // [{ from: 3, to: 27, lines: ['Partnerskap\tIdéburen part …', …] }]
 */
export function centredTables(baselines: TextPiece[][]): CentredTable[] {
  const spans = baselines.map(spansOf);
  splitTrailingAmounts(spans);
  splitAtColumnEdges(spans);
  const ys = baselines.map((b) => b[0]?.y ?? 0);
  const out: CentredTable[] = [];
  let i = 0;
  while (i < baselines.length) {
    if (!isAnchor(spans[i])) {
      i++;
      continue;
    }
    const table = tableFrom(spans, ys, baselines, i);
    if (table) {
      out.push(table);
      i = table.to;
    } else i++;
  }
  return out;
}

/** The table whose first anchor is baseline `first`, or null when the lines there are no centred table. */
function tableFrom(spans: Span[][], ys: number[], baselines: TextPiece[][], first: number): CentredTable | null {
  const size = baselines[first][0].size;
  const reach = size * 2.2;
  // The anchors of one table: each within a few cells' height of the one before.
  let anchors = [first];
  for (let k = first + 1; k < spans.length && k - anchors[anchors.length - 1] <= MAX_GAP_LINES; k++) {
    if (isAnchor(spans[k])) anchors.push(k);
  }
  // A line of prose runs across the anchors' columns: the table ends before it, and starts below one above it.
  const anchorColumns = columnsOf(anchors.flatMap((a) => spans[a]));
  const crosses = (line: Span[]) => line.some((s) => anchorColumns.filter((c) => Math.min(c.x1, s.x1) - Math.max(c.x0, s.x0) > 0).length > 1);
  const cut = anchors.findIndex((a, n) => n > 0 && spans.slice(anchors[n - 1] + 1, a).some(crosses));
  if (cut > 0) anchors = anchors.slice(0, cut);
  // A sum row whose label runs across the first columns (a merged cell: "Partnerskapets värde per år" under "Part" and
  // "Insats") is no row of the table's columns: the table ends above it, and the row is read as an ordinary line.
  if (anchors.length >= 2) {
    const end = anchors[anchors.length - 1];
    const body = columnsOf(spans.slice(first, end).flat());
    if (body.length >= 3 && spans[end].some((s) => body.filter((c) => Math.min(c.x1, s.x1) - Math.max(c.x0, s.x0) > 0).length > 1)) anchors.pop();
  }
  const last = anchors[anchors.length - 1];
  let top = first;
  // Upwards to the header: never past a row of amounts (an earlier table, or rows this reading did not take).
  const above = (k: number) => k > 0 && spans[k - 1].length > 0 && !crosses(spans[k - 1]) && amountCount(spans[k - 1]) === 0;
  while (above(top) && ys[top - 1] - ys[top] <= reach) top--;
  // Rows padded more than a line apart: the header row lies as far above the first row as one row above the next.
  // Taken across that gap only when it is a header row (a line of three or more cells), never a caption alone.
  const rowGap = Math.max(0, ...anchors.slice(1).map((a, n) => Math.max(...ys.slice(anchors[n], a).map((y, k) => y - ys[anchors[n] + k + 1]))));
  if (above(top) && ys[top - 1] - ys[top] > reach && ys[top - 1] - ys[top] <= Math.min(rowGap + 1, size * 3.5)) {
    let head = top - 1;
    while (above(head) && ys[head - 1] - ys[head] <= reach) head--;
    if (spans.slice(head, top).some((line) => line.length >= 3)) top = head;
  }
  // One row is a table only at the top of a page: the rest of a table that began on the page before.
  if (anchors.length < 2 && top > 0) return null;
  let bottom = last;
  while (bottom + 1 < spans.length && ys[bottom] - ys[bottom + 1] <= reach && spans[bottom + 1].length && !isAnchor(spans[bottom + 1]) && !crosses(spans[bottom + 1])) bottom++;
  const columns = columnsOf(spans.slice(top, bottom + 1).flat());
  if (columns.length < 3) return null;
  const inColumn = columns.map((_, c) =>
    spans
      .slice(top, bottom + 1)
      .flatMap((line) => line.filter((s) => columnOf(columns, s) === c))
      .sort((a, b) => b.y - a.y),
  );
  // A cell's own line spacing: the closest two lines of one column (past lines on one baseline).
  const gaps = inColumn.flatMap((lines) => lines.slice(1).map((s, n) => lines[n].y - s.y)).filter((g) => g >= size * 0.8);
  if (!gaps.length) return null;
  const step = Math.min(...gaps) * 1.12;
  const tol = Math.max(1.5, size * 0.2);
  const anchorYs = anchors.map((a) => ys[a]);
  const header: string[] = columns.map(() => '');
  const rows: string[][] = anchors.map(() => columns.map(() => ''));
  let centred = false;
  for (let c = 0; c < columns.length; c++) {
    const lines = inColumn[c];
    let p = 0;
    // Above the first row: the header's lines, those that no cell centred on the first anchor takes.
    while (p < lines.length && lines[p].y > anchorYs[0] + tol && groupAt(lines, p, anchorYs[0], step, tol, anchorYs) === 0) {
      header[c] = joinWrapped(header[c], lines[p].text);
      p++;
    }
    for (let k = 0; k < anchorYs.length && p < lines.length; k++) {
      const a = anchorYs[k];
      const group = groupAt(lines, p, a, step, tol, anchorYs);
      if (group > 0) {
        rows[k][c] = lines.slice(p, p + group).reduce((t, s) => joinWrapped(t, s.text), '');
        if (lines[p].y > a + tol) centred = true;
        p += group;
      } else if (lines[p].y > a + tol) return null;
      // Otherwise the column's next line lies below this row: its cell here is empty.
    }
    if (p < lines.length) return null;
  }
  if (!centred) return null;
  return { from: top, to: bottom + 1, lines: [header, ...rows].map((r) => r.join('\t')) };
}

/**
 * The number of lines from `p` on that form one cell centred on the baseline `a`: consecutive lines at most a line's
 * step apart whose middle is `a`. Zero when none does.
 */
function groupAt(lines: Span[], p: number, a: number, step: number, tol: number, anchors: number[]): number {
  let sum = 0;
  for (let q = p; q < lines.length; q++) {
    if (q > p && lines[q - 1].y - lines[q].y > step) return 0;
    // A line on another row's anchor is that row's: evenly spaced one-line rows centre on every middle line.
    if (anchors.some((o) => o !== a && Math.abs(lines[q].y - o) <= tol)) return 0;
    sum += lines[q].y;
    const mean = sum / (q - p + 1);
    if (Math.abs(mean - a) <= tol) return q - p + 1;
    // The lines so far already reach below the baseline: no longer run centres on it.
    if (mean < a - tol) return 0;
  }
  return 0;
}
