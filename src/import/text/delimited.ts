/**
 * A table saved as semicolon-separated text (an export from a case-management system or Excel, "sparat som text"):
 * three or more lines in a row with the same number of separators, at least three each, become tab-separated rows,
 * the shape every table reader already knows. Semicolons inside quotes are text. The text keeps its length, so every
 * offset (and so every field's provenance) stays where it was.
 *
 * @example semicolonTables('A;B;C;D\n1;2;3;4\n5;6;7;8') // 'A\tB\tC\tD\n1\t2\t3\t4\n5\t6\t7\t8'
 */
export function semicolonTables(text: string): string {
  if (!text.includes(';')) return text;
  const lines = text.split('\n');
  const counts = lines.map(separators);
  let i = 0;
  while (i < lines.length) {
    const k = counts[i];
    let j = i;
    while (j < lines.length && k >= MIN_SEPARATORS && counts[j] === k) j++;
    if (j - i >= MIN_ROWS) for (let r = i; r < j; r++) lines[r] = toTabs(lines[r]);
    i = Math.max(j, i + 1);
  }
  return lines.join('\n');
}

const MIN_SEPARATORS = 3;
const MIN_ROWS = 3;

/** Semicolons outside double quotes. */
function separators(line: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ';' && !quoted) n++;
  }
  return n;
}

function toTabs(line: string): string {
  let quoted = false;
  let out = '';
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    out += c === ';' && !quoted ? '\t' : c;
  }
  return out;
}
