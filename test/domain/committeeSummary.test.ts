import { readFileSync } from 'fs';
import { join } from 'path';
import { importText } from '../../src/import';
import { committeesOf, workbookCommittees } from '../../src/domain/committee';
import { reportFor } from '../../src/domain/yearReport';
import { committeeSummaries } from '../../src/domain/committeeSummary';
import { buildMemo } from '../../src/writers/docx';
import { defaultSettings } from '../../src/domain/settings';

const text = (file: string) => readFileSync(join(__dirname, '../fixtures', file), 'utf8');
const plain = (file: string, source: string) => importText(text(file), source).agreements.map(({ warnings: _w, provenance: _p, ...a }) => a);

// Trygga vägar: Socialnämnden 400 000 and Kultur- och fritidsnämnden 150 000 from 2024-07-01, 2 % a year;
// seed 000: Arbetsmarknadsnämnden 1 710 000 of 4 818 600 in 2024–2025; seed 003: Arbetsmarknadsnämnden from 2021.
const trygga = plain('docs/two-committees-one-org-number.txt', 'trygga.txt');
const seed000 = plain('seeds/000.txt', '000.txt');
const seed003 = plain('seeds/003.md', '003.md');
const all = [...trygga, ...seed000, ...seed003];

test('the committees an agreement names, each once, in the order they appear', () => {
  expect(committeesOf(trygga[0])).toEqual(['Socialnämnden', 'Kultur- och fritidsnämnden']);
  expect(workbookCommittees(all)).toEqual(['Socialnämnden', 'Kultur- och fritidsnämnden', 'Arbetsmarknadsnämnden']);
});

test('one summary row per committee: its own cost, the civil side, what ends soon', () => {
  const rows = committeeSummaries(all, 2025, '2025-03-01');
  expect(rows).toEqual([
    // 400 000 × 1,02 (2025 is one year after the base year 2024).
    { committee: 'Socialnämnden', counted: 1, unknown: 0, own: 408000, civil: 281010, endingSoon: 0 },
    { committee: 'Kultur- och fritidsnämnden', counted: 1, unknown: 0, own: 153000, civil: 281010, endingSoon: 0 },
    // Seed 000 in its second year (× 1,02); seed 003 has no end date: unknown, in neither the count nor the sums.
    { committee: 'Arbetsmarknadsnämnden', counted: 1, unknown: 1, own: 1744200, civil: 3170772, endingSoon: 0 },
  ]);
  expect(committeeSummaries(all, 2025, '2025-09-01').find((r) => r.committee === 'Arbetsmarknadsnämnden')!.endingSoon).toBe(1);
});

test('each summary row is its committee\'s year report, not a second computation', () => {
  for (const year of [2021, 2024, 2025, 2027]) {
    for (const row of committeeSummaries(all, year, `${year}-03-01`)) {
      const report = reportFor(all, row.committee, year);
      expect([row.counted, row.own, row.civil]).toEqual([report.counted.length, report.totals.inYear.committee, report.totals.inYear.civil]);
      expect(row.unknown).toBe(report.notCounted.filter((r) => r.standing === 'unknown').length);
    }
  }
});

test('the memo for one committee holds that committee’s agreements only', () => {
  const memo = buildMemo(all, defaultSettings(), { year: 2025, committee: 'Socialnämnden', today: new Date(2025, 2, 1) });
  expect(memo.rows.map((r) => r[0])).toEqual(['Trygga vägar']);
  expect(memo.title).toBe('Uppföljning av socialnämndens idéburna offentliga partnerskap 2025');
  expect(memo.columns[5]).toBe('Kostnad SN 2025');
  // The year's figure: 400 000 × 1,02 in the agreement's second calendar year.
  expect(memo.rows[0][5].replace(/\s/g, ' ')).toBe('408 000 kr');
  expect(memo.arende[0]).toBe('Inom socialnämnden finns under 2025 ett idéburet offentligt partnerskap (IOP) med en aktör från det lokala civilsamhället.');
});
