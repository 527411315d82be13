import { mkdtempSync, readdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../../src/cli/main';
import { findSoffice } from '../../workbook/libreoffice';
import { requires } from '../../requirements';
import { docxToText, memoTable } from './docxText';

// Copies of ../shared/seeds committed with the tests.
const SEEDS = join(__dirname, '../../fixtures/seeds');
const seed = (n: string) => join(SEEDS, readdirSync(SEEDS).find((f: string) => f.startsWith(n))!);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd: process.cwd() }, out, err };
}

function seedTable(): string[][] {
  return readFileSync(seed('004'), 'utf8')
    .split('\n')
    .map((l) => l.split('\t').map(squash))
    .filter((cells) => cells.length === 7 && cells[0] && /kr$/.test(cells[4]));
}

const kronor = (s: string) => Number(s.replace(/\D/g, ''));
const soffice = findSoffice();
const { describe: describeLibreOffice } = requires('libreoffice-writer');

describeLibreOffice('iop promemoria, read back by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iop-memo-'));

  it('from seeds 000–004 writes seed 004’s table: the seven columns, the five partnerships’ values, and the counts', async () => {
    const file = join(dir, 'memo.docx');
    const { io, out } = capture();
    expect(await main(['promemoria', seed('000'), seed('001'), seed('002'), seed('003'), seed('004'), '-o', file, '--ar', '2021'], io)).toBe(0);
    expect(out.join('')).toContain(file);
    const lines = docxToText(soffice!, file);

    expect(lines[0]).toBe('Uppföljning av arbetsmarknadsnämndens idéburna offentliga partnerskap 2021');
    expect(lines).toContain('Förslag till arbetsmarknadsnämndens beslut');
    expect(lines).toContain('1. Informationen noteras.');

    const { header, rows, totals } = memoTable(lines);
    // Seed 004's seven columns; the amounts are the year's figures, and the headers say so.
    expect(header).toEqual(['Namn', 'Samverkanspart/-er', 'Kategorisering/målgrupp', 'Verksamhetens syfte', 'Beräknat värde 2021', 'Kostnad AN 2021', 'Giltighet']);
    expect(seedTable()).toHaveLength(5);
    for (const want of seedTable()) {
      const got = rows.find((r) => r[0].toLowerCase().startsWith(want[0].toLowerCase()));
      expect(got).toBeDefined();
      expect([got![1].toLowerCase(), got![4], got![5], got![6]]).toEqual([want[1].toLowerCase(), want[4], want[5], want[6]]);
    }
    // Seed 000 (2024–2025) does not run in 2021; 001+002 are Hoppfull framtid, whose base period ended 2019 and
    // which seed 004 shows extended to 2023; seed 003's decision memo is the partnership of 004's last row (same
    // civil party and committee, overlapping periods), with 004's figures: five partnerships, as in seed 004.
    expect(rows).toHaveLength(5);
    // Each memo row is one of the seed's rows (its first cell holds only the start of "Kompletterande språkträning").
    expect(rows.map((r) => seedTable().filter((w) => r[0].toLowerCase().startsWith(w[0].toLowerCase())).length)).toEqual([1, 1, 1, 1, 1]);
    expect(kronor(totals[4])).toBe(rows.reduce((s, r) => s + kronor(r[4]), 0));
    expect(kronor(totals[5])).toBe(rows.reduce((s, r) => s + kronor(r[5]), 0));

    // Five partnerships; the civil actors are Stadsmissionen, Bilda, Erikshjälpen, Röda Korset and IKF.
    expect(lines).toContain('Inom arbetsmarknadsnämnden finns under 2021 fem idéburna offentliga partnerskap (IOP) med fem olika aktörer från det lokala civilsamhället.');
    expect(lines).toContain('Sammanfattning och återrapport 2021');
    const hoppfull = lines.indexOf('Hoppfull framtid', lines.indexOf('Sammanfattning och återrapport 2021'));
    expect(lines.slice(hoppfull + 1, hoppfull + 5)).toEqual([
      'Deltagare 2021: –',
      'Helårsplatser använda: – av 40 avtalade',
      'Uppföljningsmöten: – (avtalet anger 1 gång per år)',
      'Skriftlig rapport: Saknas',
    ]);
  }, 180_000);

  it('seed 004 alone gives the seed’s own count: five partnerships with five actors', async () => {
    const file = join(dir, 'memo004.docx');
    const { io } = capture();
    expect(await main(['promemoria', seed('004'), '-o', file, '--ar', '2021'], io)).toBe(0);
    const lines = docxToText(soffice!, file);
    expect(lines).toContain('Inom arbetsmarknadsnämnden finns under 2021 fem idéburna offentliga partnerskap (IOP) med fem olika aktörer från det lokala civilsamhället.');
    expect(memoTable(lines).rows).toHaveLength(5);
  }, 180_000);
});

describe('iop promemoria, arguments', () => {
  it('refuses a bad year and an unwritable path with one line', async () => {
    for (const args of [['--ar', 'nästa'], ['-o', SEEDS]]) {
      const { io, err } = capture();
      expect(await main(['promemoria', seed('004'), ...args], io)).toBe(2);
      expect(err.join('').trim().split('\n')).toHaveLength(1);
    }
  });

  it('is listed in the help', async () => {
    const { io, out } = capture();
    expect(await main(['--help'], io)).toBe(0);
    expect(out.join('')).toMatch(/promemoria/);
  });
});
