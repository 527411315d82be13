import { importText, toContractJson } from '../../../src/import';

/**
 * Where the economy stands and whose it is (issue 19): a section of the economy's words that states no amount is
 * not the economy; a party named in full is not also the party whose alias is the name's first word; a PDF that ran
 * a Part column into the first of its year columns.
 */
const read = (text: string, file = 'x.md') => toContractJson(importText(text, file)).agreements[0];
const shares = (a: { contributions: { party: string; annualAmount: number }[] }) => a.contributions.map((c) => [c.party, c.annualAmount]);

const parties = [
  '# Överenskommelse om idéburet offentligt partnerskap – Sommarlovet',
  '',
  '## 1. Parter',
  '',
  'Tibro kommun, kultur- och fritidsnämnden, org.nr 212000-1660.',
  'Föreningen Lovkraft i Tibro, org.nr 802556-4173.',
  '',
].join('\n');

describe('a section of the economy\'s words without an amount is not the economy', () => {
  test.each([
    ['## 6. Ersättningsnivåer', 'Ersättningarna i avsnitt 4 är fasta under avtalstiden.'],
    ['## 6. Ekonomiska villkor', 'Beloppen i avsnitt 4 räknas inte upp.'],
    ['## 6. Ersättning', 'Ersättningen betalas ut kvartalsvis i efterskott.'],
  ])('%s', (heading, sentence) => {
    const a = read(
      [
        parties,
        '## 4. Parternas insatser',
        '',
        'Partnerskapets sammanlagda värde är 900 000 kr per år, varav nämndens del 600 000 kr och föreningens del 300 000 kr.',
        '',
        heading,
        '',
        sentence,
        '',
      ].join('\n'),
    );
    expect(a.annualTotal).toBe(900000);
    expect(shares(a)).toEqual([
      ['Tibro kommun', 600000],
      ['Föreningen Lovkraft i Tibro', 300000],
    ]);
  });

  test('an economy section with amounts is still the only one read', () => {
    const a = read(
      [
        parties,
        '## 3. Bakgrund',
        '',
        'Kommunen lämnade 2026 ett föreningsbidrag om 80 000 kr.',
        '',
        '## 4. Ekonomi',
        '',
        'Kommunen bidrar med 500 000 kr per år. Föreningen bidrar med 200 000 kr per år.',
        '',
      ].join('\n'),
    );
    expect(shares(a)).toEqual([
      ['Tibro kommun', 500000],
      ['Föreningen Lovkraft i Tibro', 200000],
    ]);
  });
});

describe('a party named in full is not also the party whose alias its first word is', () => {
  const twoCivil = (row: string) =>
    [
      '# Överenskommelse om IOP – Verkstaden',
      '',
      '## Parter',
      '',
      '| Part | Organisationsnummer | Roll |',
      '|---|---|---|',
      '| Ronneby kommun, socialnämnden | 212000-0803 | Offentlig part |',
      '| Blekinge Återbruk ekonomisk förening | 769643-3056 | Idéburen part |',
      `| ${row} | 802565-8710 | Idéburen part |`,
      '',
      '## Ekonomi',
      '',
      '| Part | Insats | Belopp kr/år |',
      '|---|---|---|',
      '| Socialnämnden | Handledare | 500 000 |',
      '| Blekinge Återbruk ekonomisk förening | Lokal | 60 000 |',
      `| ${row} | Ideellt stöd, 400 timmar à 200 kr | 80 000 |`,
      '| Totalt per år | | 640 000 |',
      '',
    ].join('\n');
  test.each(['Föreningen Bergbygdens Vänner', 'Föreningen Kulturhuset i Bräkne-Hoby'])('%s', (name) => {
    const a = read(twoCivil(name));
    expect(a.costItems.map((c) => c.party)).toEqual(['Ronneby kommun', 'Blekinge Återbruk ekonomisk förening', name]);
    expect(a.warnings.filter((w) => w.field === 'costItems' && w.code === 'AMBIGUOUS')).toEqual([]);
  });
});

describe('a Part column run into the first year column (PDF text)', () => {
  const table = (header: string, rows: string[]) =>
    [
      'Överenskommelse om idéburet offentligt partnerskap – Läxhjälpen',
      '',
      '§ 1 Parter',
      'Mullsjö kommun, barn- och utbildningsnämnden, org.nr 212000-1660 (nedan Nämnden)',
      'Stiftelsen Läxhjälpen i Mullsjö, org.nr 802556-4173 (nedan Stiftelsen)',
      '',
      '§ 4 Ekonomi',
      'Parternas insatser per kalenderår framgår av tabellen nedan.',
      '',
      header,
      ...rows,
      '',
    ].join('\n');
  test.each([
    ['Post\tPart 2027\t2028\t2029', ['Samordnare\tNämnden 400 000\t410 000\t420 000', 'Ideella läxhjälpare\tStiftelsen 300 000\t310 000\t320 000', 'Summa\t700 000\t720 000\t740 000']],
    ['Insats\tPart 2027\t2028', ['Samordnare\tNämnden 400 000\t410 000', 'Ideella läxhjälpare\tStiftelsen 300 000\t310 000', 'Totalt\t700 000\t720 000']],
  ])('%s: the first year counts, per party', (header, rows) => {
    const a = read(table(header, rows), 'x.txt');
    expect(shares(a)).toEqual([
      ['Mullsjö kommun', 400000],
      ['Stiftelsen Läxhjälpen i Mullsjö', 300000],
    ]);
    expect(a.annualTotal).toBe(700000);
    expect(a.costItems).toHaveLength(2);
  });
});
