import { importText, toContractJson } from '../../src/import';

/**
 * Economy sections written as sentences. The rule that matters most: an amount becomes a party's share only
 * when the sentence names that party as the payer; otherwise it is left out with a warning quoting the sentence.
 */
const preamble = [
  'Överenskommelse om idéburet offentligt partnerskap – Öppna huset',
  '',
  'Parter',
  'Umeå kommun genom socialnämnden, org.nr 212000-2411 (nedan kallad Kommunen)',
  'Föreningen Öppna Dörrar, org.nr 802409-8769 (”Föreningen”)',
  'Svenska Kyrkans församling i Umeå, org.nr 802501-2348',
  '',
  'Ekonomi',
].join('\n');

const read = (economy: string) => toContractJson(importText(`${preamble}\n${economy}\n`, 'x.txt')).agreements[0];
const codes = (a: { warnings: { code: string; field?: string }[] }) => a.warnings.map((w) => `${w.code}:${w.field ?? ''}`);
const shares = (a: { contributions: { party: string; annualAmount: number }[] }) => a.contributions.map((c) => [c.party, c.annualAmount]);

test('a paying verb whose subject is no party gives no share, and the warning quotes the sentence', () => {
  const a = read('Verksamheten ersätter deltagarna med 300 000 kr per år.\nKommunen bidrar med 900 000 kr per år.');
  expect(shares(a)).toEqual([['Umeå kommun', 900000]]);
  const w = a.warnings.find((x) => x.code === 'AMBIGUOUS' && x.field === 'contributions');
  expect(w?.message).toContain('Verksamheten ersätter deltagarna med 300 000 kr per år.');
  expect(a.costItems).toEqual([]);
});

test('the payer is the subject, not the party paid: "Kommunen ersätter föreningen med …"', () => {
  const a = read('Kommunen ersätter föreningen med 700 000 kr per år.');
  expect(shares(a)).toEqual([['Umeå kommun', 700000]]);
});

test('two parties as subject are not split or guessed', () => {
  const a = read('Kommunen och Föreningen bidrar tillsammans med 400 000 kr per år.');
  expect(a.contributions).toEqual([]);
  expect(codes(a)).toContain('AMBIGUOUS:contributions');
});

test('an inverted subject after the verb ("Därutöver bidrar föreningen med …") and a genitive short name', () => {
  const a = read('Därutöver bidrar föreningen med 120 000 kr per år. Svenska Kyrkan står för lokalen, värderad till 60 000 kr per år.');
  expect(shares(a)).toEqual([
    ['Föreningen Öppna Dörrar', 120000],
    ['Svenska Kyrkans församling i Umeå', 60000],
  ]);
});

test('a short name that no party has ("Röda Korset") is never matched to a party by guess', () => {
  const a = read('Röda Korset bidrar med 50 000 kr per år.');
  expect(a.contributions).toEqual([]);
  expect(codes(a)).toContain('AMBIGUOUS:contributions');
});

test.each([
  ['Kommunen betalar ett engångsbelopp på 100 000 kr.', 'AMBIGUOUS'],
  ['Under 2024 betalar kommunen 100 000 kr en gång för inköp av möbler.', 'AMBIGUOUS'],
  ['Kommunen lämnar ett startbidrag om 100 000 kr.', 'AMBIGUOUS'],
  ['Kommunen avsätter 100 000 kr för hela avtalsperioden.', 'AMBIGUOUS'],
])('not a yearly amount: %s', (sentence, code) => {
  const a = read(sentence);
  expect(a.contributions).toEqual([]);
  expect(codes(a)).toContain(`${code}:contributions`);
});

test.each([
  ['Kommunen betalar 50 000 kr per månad.', 600000],
  ['Kommunen betalar 50 000 kr i månaden till föreningen.', 600000],
  ['Kommunen betalar 1 000 000 kr för två år.', 500000],
  ['Kommunen betalar 1 500 000 kr för perioden 2024–2026.', 500000],
  ['Kommunen betalar 100 001 kr för två år.', 50001],
])('a share stated for another period is converted with INFERRED: %s', (sentence, yearly) => {
  const a = read(sentence);
  expect(shares(a)).toEqual([['Umeå kommun', yearly]]);
  expect(codes(a)).toContain('INFERRED:contributions');
});

test('"en gång per år" is yearly, and a per-visit fee is no share', () => {
  const a = read('Kommunen betalar 200 000 kr en gång per år. Deltagarna betalar 40 kr per besök.');
  expect(shares(a)).toEqual([['Umeå kommun', 200000]]);
  expect(codes(a).filter((c) => c.startsWith('AMBIGUOUS'))).toEqual([]);
});

test('totals in prose, and a share sentence that wraps over two lines is not an item', () => {
  const a = read(
    [
      'Kommunen bidrar med personal och lokaler som sammantaget',
      'värderas till 800 000 kr per år. Föreningen bidrar med 150 000 kr',
      'per år och församlingen med 50 000 kr per år.',
      'Partnerskapets sammanlagda värde är 1 000 000 kr per år.',
    ].join('\n'),
  );
  expect(a.costItems).toEqual([]);
  expect(shares(a)).toEqual([
    ['Umeå kommun', 800000],
    ['Föreningen Öppna Dörrar', 150000],
    ['Svenska Kyrkans församling i Umeå', 50000],
  ]);
  expect(a.annualTotal).toBe(1000000);
  expect(codes(a)).not.toContain('TOTAL_MISMATCH:annualTotal');
});

test.each(['Den totala kostnaden är 900 000 kr per år.', 'Verksamhetens omslutning uppgår till 900 000 kr per år.', 'Totalt bidrar parterna med 900 000 kr per år.'])(
  'total: %s',
  (sentence) => expect(read(sentence).annualTotal).toBe(900000),
);

test('an alias after the org number belongs to that party, not to the next line\'s party', () => {
  const a = read('Kommunen bidrar med 10 000 kr per år.');
  expect(shares(a)).toEqual([['Umeå kommun', 10000]]);
  const other = toContractJson(
    importText(
      [
        'Överenskommelse om IOP – X',
        '',
        'Parter',
        'Ale kommun, org.nr 212000-1470 (fortsättningsvis Kommunen)',
        'Föreningen Bro, org.nr 802409-8769 (fortsättningsvis Bron)',
        '',
        'Ekonomi',
        'Bron bidrar med 20 000 kr per år.',
      ].join('\n'),
      'y.txt',
    ),
  ).agreements[0];
  expect(shares(other)).toEqual([['Föreningen Bro', 20000]]);
});

test('the name after a title that only says "partnerskap mellan A och B"', () => {
  const text = `Idéburet offentligt partnerskap mellan Umeå kommun och Föreningen Öppna Dörrar\n\nÖverenskommelse om IOP: Öppna huset\n\n${preamble.split('\n').slice(2).join('\n')}\nKommunen bidrar med 1 kr per år.`;
  expect(toContractJson(importText(text, 'z.txt')).agreements[0].name).toBe('Öppna huset');
});

test.each(['Föreningen får ett bidrag på 500 000 kr per år.', 'Föreningen erhåller 500 000 kr per år från kommunen.'])(
  'the party that receives is not the one that pays: %s',
  (sentence) => {
    const a = read(sentence);
    expect(a.contributions).toEqual([]);
    expect(codes(a)).toContain('AMBIGUOUS:contributions');
  },
);

test.each(['Föreningen bidrar med 2 000 kr per vecka.', 'Föreningen bidrar med 2 000 kr per dag.', 'Föreningen bidrar med 5 000 kr per tillfälle.'])('a period whose count in a year is not written is not guessed: %s', (sentence) => {
  const a = read(sentence);
  expect(a.contributions).toEqual([]);
  expect(codes(a)).toContain('AMBIGUOUS:contributions');
});

test('an amount per kvartal is four a year, said as inferred (issue 19: a year has four quarters, as twelve months)', () => {
  const a = read('Föreningen bidrar med 100 000 kr per kvartal.');
  expect(a.contributions.map((c) => c.annualAmount)).toEqual([400000]);
  expect(codes(a)).toContain('INFERRED:contributions');
});

test('an amount per term is two terms a year, said as inferred', () => {
  const a = read('Kommunen bidrar med 300 000 kr per termin.');
  expect(a.contributions.map((c) => c.annualAmount)).toEqual([600000]);
  expect(codes(a)).toContain('INFERRED:contributions');
});
