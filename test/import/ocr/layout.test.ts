import { layoutOcrPage, normalizeDash, parseTsv } from '../../../src/import/ocr/layout';

/** A page of tesseract TSV: one row per word, `[text, x, y, w, h, conf, line]`, lines keyed "block.par.line". */
function tsv(words: [string, number, number, number, number, number, string][], width = 1240, height = 1754): string {
  const rows = [`1\t1\t0\t0\t0\t0\t0\t0\t${width}\t${height}\t-1\t`];
  for (const [text, x, y, w, h, conf, line] of words) {
    const [b, p, l] = line.split('.');
    rows.push(`5\t1\t${b}\t${p}\t${l}\t1\t${x}\t${y}\t${w}\t${h}\t${conf}\t${text}`);
  }
  return rows.join('\n');
}

describe('normalizeDash', () => {
  it('makes em dashes, bars and a lone hyphen en dashes, and org numbers and ISO dates hyphenated', () => {
    expect(normalizeDash('—')).toBe('–');
    expect(normalizeDash('-')).toBe('–');
    expect(normalizeDash('212000—2627')).toBe('212000-2627');
    expect(normalizeDash('212000–2627,')).toBe('212000-2627,');
    expect(normalizeDash('2025—01—01')).toBe('2025-01-01');
    expect(normalizeDash('2025-01-01—2026-12-31')).toBe('2025-01-01–2026-12-31');
    expect(normalizeDash('individ-')).toBe('individ-');
  });
});

describe('layoutOcrPage', () => {
  it('parses words with their lines and the page size', () => {
    const page = parseTsv(tsv([['IOP', 10, 10, 30, 12, 96, '1.1.1']]));
    expect(page.width).toBe(1240);
    expect(page.words).toEqual([expect.objectContaining({ text: 'IOP', conf: 96, line: '1.1.1', par: '1.1' })]);
  });

  it('keeps words apart however narrow the gap, lines in order, a paragraph gap as a blank line', () => {
    const { text } = layoutOcrPage(
      tsv([
        ['Umeå', 180, 200, 70, 25, 96, '1.1.1'],
        ['kommun', 251, 200, 110, 25, 95, '1.1.1'],
        ['3.', 180, 300, 20, 25, 96, '1.2.1'],
        ['Ekonomi', 205, 300, 120, 25, 96, '1.2.1'],
      ]),
      150,
    );
    expect(text).toBe('Umeå kommun\n\n3. Ekonomi');
  });

  it('rejoins an amount broken over a wrapped line: the first line runs to the edge, the next starts at it', () => {
    const { text, notes } = layoutOcrPage(
      tsv([
        ['insats', 180, 400, 900, 25, 96, '1.1.1'],
        ['190', 1100, 400, 45, 25, 95, '1.1.1'],
        ['000', 180, 432, 45, 25, 95, '1.1.2'],
        ['kronor', 235, 432, 90, 25, 96, '1.1.2'],
      ]),
      150,
    );
    expect(text).toBe('insats 190 000\nkronor');
    expect(notes.filter((n) => n.kind === 'split')).toEqual([]);
  });

  it('does not join numbers whose positions do not show a wrapped line, and notes them', () => {
    const { text, notes } = layoutOcrPage(
      tsv([
        ['Platser', 180, 400, 100, 25, 96, '1.1.1'],
        ['190', 290, 400, 45, 25, 95, '1.1.1'],
        ['000', 600, 432, 45, 25, 95, '1.1.2'],
        ['kronor', 655, 432, 90, 25, 96, '1.1.2'],
        ['slut', 180, 464, 1000, 25, 96, '1.1.3'],
      ]),
      150,
    );
    expect(text).toContain('190\n');
    expect(notes).toEqual([expect.objectContaining({ kind: 'split', text: '190 000' })]);
  });

  it('notes words the engine was unsure of, digits from a higher bar; drops stray marks and table rules', () => {
    const { text, notes, digitConfidence } = layoutOcrPage(
      tsv([
        ['|', 150, 200, 4, 30, 30, '1.1.1'],
        ['Summa', 180, 200, 90, 25, 96, '1.1.1'],
        ['31O', 300, 200, 50, 25, 80, '1.1.1'],
        ['000', 360, 200, 45, 25, 97, '1.1.1'],
        ["'", 420, 200, 4, 6, 20, '1.1.1'],
        ['kronor', 430, 200, 90, 25, 60, '1.1.1'],
      ]),
      150,
    );
    expect(text).toBe('Summa 31O 000 kronor');
    expect(notes.map((n) => n.text)).toEqual(['31O', 'kronor']);
    expect(digitConfidence).toBe(80);
  });
});
