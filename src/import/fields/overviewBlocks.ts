import { tableScale } from '../economy/scale';
import { squash } from '../text/normalize';
import type { Line, SourceDoc } from '../text/source';
import { Column, COLUMNS, OverviewRow, OverviewTable } from './overview';

/** The column a block's label ("Idéburen part:", "Avtalsperiod:", "Årlig kostnad för nämnden:") stands for. */
function columnOfLabel(label: string): Column | null {
  return COLUMNS.find(([col, re]) => col !== 'name' && re.test(label))?.[0] ?? null;
}

/** "Avtalsperiod: 2025-01-01 – 2026-12-31": a label, its colon and a value on one line. */
const LABELLED = /^\s*[-*•]?\s*\**([\p{L}][\p{L} ,.'’()/-]{1,60}?)\**\s*:\s*\**\s*(\S.*)$/u;
/** A line that only rules blocks apart ("-----", "=====", "*****"). */
const RULE = /^\s*[-=_─━*~]{5,}\s*$/;

/**
 * An overview written as one block per partnership instead of a table: a short heading (its name, between rules
 * or alone) followed by labelled lines ("Idéburen part: …", "Avtalsperiod: …", "Årlig kostnad för nämnden: …",
 * "Partnerskapets totala värde per år: …"). Each block is read as one row of a table whose headers are the labels
 * (the same column vocabulary as a table's). Two or more blocks, each with an amount (the committee's cost or the
 * value) and its party or period, make an overview; anything less is left to the other rules.
 */
export function findBlockOverview(doc: SourceDoc): OverviewTable | null {
  const rows: OverviewRow[] = [];
  const columns: Partial<Record<Column, number>> = { name: 0 };
  const order: Column[] = ['name'];
  let costLabel = '';
  let valueLabel = '';
  let title: Line | null = null;
  let firstTitle: Line | null = null;
  for (let i = 0; i < doc.lines.length; i++) {
    doc.budget?.tick();
    const line = doc.lines[i];
    if (line.blank || line.cells || RULE.test(line.text)) continue;
    const labelled = LABELLED.exec(line.text);
    const column = labelled ? columnOfLabel(labelled[1]) : null;
    if (!labelled || !column) {
      // A short line without a colon or a full stop may head the next block.
      const text = squash(line.text.replace(/^#{1,6}\s*/, '').replace(/\*\*/g, ''));
      title = text.length <= 80 && !/[.:;]$/.test(text) && /^\p{Lu}/u.test(text) ? { ...line, text } : null;
      continue;
    }
    if (!title) continue;
    let row = rows[rows.length - 1];
    if (!row || row.start !== title.start) {
      row = { cells: Object.fromEntries(COLUMNS.map(([c]) => [c, ''])) as Record<Column, string>, years: [], start: title.start, end: line.end };
      row.cells.name = title.text;
      rows.push(row);
      firstTitle ??= title;
    }
    if (!row.cells[column]) row.cells[column] = squash(labelled[2].replace(/\*\*/g, ''));
    row.end = line.end;
    if (columns[column] === undefined) {
      columns[column] = order.length;
      order.push(column);
    }
    if (column === 'cost' && !costLabel) costLabel = labelled[1];
    if (column === 'value' && !valueLabel) valueLabel = labelled[1];
  }
  const blocks = rows.filter((r) => (r.cells.cost || r.cells.value) && (r.cells.parties || r.cells.validity));
  if (blocks.length < 2 || !firstTitle) return null;
  const abbr = /(?<!\p{L})(\p{Lu}{1,4}N)(?::s)?(?!\p{L})/u.exec(costLabel);
  return {
    header: firstTitle,
    columns,
    years: [],
    yearsOf: 'cost',
    yearsOfSure: true,
    costAbbreviation: abbr ? abbr[1] : null,
    rows: blocks,
    valueFactor: tableScale(doc, firstTitle.index, 0, valueLabel),
    costFactor: tableScale(doc, firstTitle.index, 0, costLabel),
    checks: [],
  };
}

