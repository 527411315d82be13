import { fitColumns, textWidth } from '../../../src/writers/docx/columnWidths';

const PAGE = 14570; // A4 landscape less 2 cm margins, in twips
const header = ['Namn', 'Verksamhetens syfte', 'Beräknat värde 2025'];
const long = 'Partnerskapet syftar till att gemensamt stödja de personer som befinner sig i socioekonomisk utsatthet pga. att de inte kan omvandla sina kunskaper och kompetens till självförsörjning.';

test('the widths fill the page exactly, each at least its widest word, an amount on one line', () => {
  const rows = [header, ['Överenskommelse om Idéburet Offentligt Partnerskap', long, '4 914 972 kr']];
  const widths = fitColumns(rows, PAGE, new Set([2]));
  expect(widths.reduce((s, w) => s + w, 0)).toBe(PAGE);
  expect(widths[0]).toBeGreaterThan(textWidth('Överenskommelse'));
  expect(widths[1]).toBeGreaterThan(textWidth('självförsörjning.'));
  expect(widths[2]).toBeGreaterThan(textWidth('4 914 972 kr'));
  // The long paragraph gets the room: the row is as high as its tallest cell.
  expect(widths[1]).toBeGreaterThan(widths[0]);
});

test('a short table shares the page in proportion, and never gives a column less than its header’s longest word', () => {
  const widths = fitColumns([header, ['Vi Ses!', 'språkträning', '1 156 000 kr']], PAGE, new Set([2]));
  expect(widths.reduce((s, w) => s + w, 0)).toBe(PAGE);
  expect(Math.min(...widths)).toBeGreaterThan(textWidth('Namn', true));
});

test('words wider than the page together shrink in proportion, still filling it exactly', () => {
  const word = 'x'.repeat(200);
  const widths = fitColumns([[word, word]], 5000);
  expect(widths.reduce((s, w) => s + w, 0)).toBe(5000);
  expect(Math.abs(widths[0] - widths[1])).toBeLessThanOrEqual(1);
});
