import { importText, toContractJson } from '../../../src/import';

/**
 * Unit rates whose counts stand elsewhere (issue 19): prices per unit in the economy, the number of units in another
 * section. A rate is made yearly only when one choice of the counts the document writes makes the stated shares and
 * total come out; otherwise the rates are left out with a warning and the stated amounts stand.
 */
const read = (text: string, file = 'x.md') => toContractJson(importText(text, file)).agreements[0];
const items = (a: { costItems: { party: string; annualAmount: number }[] }) => a.costItems.map((c) => [c.party, c.annualAmount]);
const shares = (a: { contributions: { party: string; annualAmount: number }[] }) => a.contributions.map((c) => [c.party, c.annualAmount]);
const codes = (a: { warnings: { code: string; field?: string }[] }) => a.warnings.map((w) => `${w.code}:${w.field ?? ''}`);

const head = (title: string) =>
  [
    `# Överenskommelse om idéburet offentligt partnerskap – ${title}`,
    '',
    '## 1. Parter',
    '',
    'Vara kommun, kultur- och fritidsnämnden, org.nr 212000-1660 (nedan Nämnden).',
    'Föreningen Lovglädje i Vara, org.nr 802556-4173 (nedan Föreningen).',
    '',
  ].join('\n');

test('a Markdown table of unit prices, the counts in bold in the section above, the shares below', () => {
  const a = read(
    [
      head('Lovglädje'),
      '## 3. Omfattning',
      '',
      'Under ett år genomförs **80 lovträffar**. Föreningen beräknar **900 arvoderade ledartimmar** och **600 ideella ledartimmar** per år.',
      'Sporthallen används **4 timmar per vecka under 30 veckor**.',
      '',
      '## 4. Parternas insatser',
      '',
      '| Insats | Part | Ersättning |',
      '|---|---|---|',
      '| Träffersättning | Nämnden | 1 000 kr per träff |',
      '| Arvoden till ledare | Nämnden | 200 kr per arvoderad timme |',
      '| Hyra av sporthallen | Nämnden | 300 kr per timme |',
      '| Ideella ledare | Föreningen | 180 kr per timme |',
      '| Försäkring | Föreningen | 12 000 kr per år |',
      '',
      'Partnerskapets värde är 404 000 kr per år, varav nämndens del 296 000 kr och föreningens del 120 000 kr.',
      '',
    ].join('\n').replace('404 000', '416 000'),
  );
  expect(items(a)).toEqual([
    ['Vara kommun', 80000],
    ['Vara kommun', 180000],
    ['Vara kommun', 36000],
    ['Föreningen Lovglädje i Vara', 108000],
    ['Föreningen Lovglädje i Vara', 12000],
  ]);
  expect(a.annualTotal).toBe(416000);
  expect(codes(a)).toContain('INFERRED:costItems');
  expect(a.obtained['costItems[0]']).toBe('reconciled');
});

test('bullets with rates only, the counts per week in another list, and a rate with no party of its own', () => {
  const a = read(
    [
      head('Samtalsstöd'),
      '### Verksamhetens omfattning',
      '',
      '- Samtal med kurator: **5 timmar i veckan**.',
      '- Öppet hus: **3 dagar i veckan**.',
      '- Verksamheten pågår **42 veckor** per år.',
      '- Volontärerna beräknas lägga **700 timmar** per år.',
      '',
      '### Ekonomi',
      '',
      '- Nämnden ersätter Föreningen för kuratorns samtal med **500 kronor per timme**.',
      '- Nämnden bidrar därutöver med **40 000 kronor per år** för material.',
      '- Föreningen upplåter sin lokal för öppet hus. Upplåtelsen värderas till **900 kronor per dag**.',
      '- Volontärernas tid värderas till **150 kronor per timme**.',
      '',
      'Partnerskapets värde är 383 400 kronor per år. Nämnden står för 145 000 kronor och Föreningen för 218 400 kronor.',
      '',
    ].join('\n').replace('383 400', '363 400'),
  );
  expect(shares(a)).toEqual([
    ['Vara kommun', 145000],
    ['Föreningen Lovglädje i Vara', 218400],
  ]);
  expect(a.costItems.map((c) => c.annualAmount).sort((x, y) => x - y)).toEqual([40000, 105000, 105000, 113400]);
  expect(codes(a)).toContain('INFERRED:costItems');
});

test.each([
  ['3 000 kronor per plats och månad', 'Verksamheten har 8 platser.'],
  ['3 000 kr per deltagarplats och månad', 'Verksamheten har 8 deltagarplatser och är öppen året runt.'],
])('a price per place and month, the places in another clause: %s', (rate, places) => {
  const a = read(
    [
      head('Verkstaden'),
      '## 3. Omfattning',
      '',
      places,
      '',
      '## 5. Ekonomi',
      '',
      `5.1 Nämnden ersätter Föreningen med ${rate}.`,
      '',
      '5.2 Föreningen bidrar med lokaler, vars värde beräknas till 60 000 kronor per år.',
      '',
      '5.3 Partnerskapets totala värde är 348 000 kronor per år.',
      '',
    ].join('\n'),
  );
  expect(shares(a)).toEqual([
    ['Vara kommun', 288000],
    ['Föreningen Lovglädje i Vara', 60000],
  ]);
});

test('counts that fit the stated shares in two ways are not guessed: the rates are left out, with a warning', () => {
  const a = read(
    [
      head('Lovträffar'),
      '## 3. Omfattning',
      '',
      'Föreningen håller 100 träffar under sommaren och 100 träffar under hösten; totalt 200 träffar.',
      '',
      '## 4. Ekonomi',
      '',
      '- Material: Nämnden betalar 500 kr per träff.',
      '- Ledare: Nämnden betalar 500 kr per träff.',
      '',
      'Partnerskapets värde är 200 000 kr per år, varav nämndens del 150 000 kr och föreningens del 50 000 kr.',
      '',
    ].join('\n'),
  );
  expect(a.costItems.filter((c) => c.annualAmount === 500)).toEqual([]);
  expect(shares(a)).toEqual([
    ['Vara kommun', 150000],
    ['Föreningen Lovglädje i Vara', 50000],
  ]);
  expect(codes(a)).toContain('AMBIGUOUS:costItems');
});

test('a rate whose product nothing confirms (no shares, no total) is left out with a warning, never guessed', () => {
  const a = read(
    [
      head('Läger'),
      '## 3. Omfattning',
      '',
      'Lägret tar emot 30 barn under 5 dygn.',
      '',
      '## 4. Ekonomi',
      '',
      '- Nämnden betalar 1 200 kronor per barn och dygn.',
      '- Föreningen bidrar med 20 000 kronor per år.',
      '',
    ].join('\n'),
  );
  expect(shares(a)).toEqual([['Föreningen Lovglädje i Vara', 20000]]);
  expect(a.costItems.some((c) => c.annualAmount === 1200 || c.annualAmount === 1200 * 150)).toBe(false);
  expect(codes(a)).toContain('AMBIGUOUS:costItems');
});

test('a rate under a heading that names no party is given by the fit, said as inferred', () => {
  const a = read(
    [
      head('Sommarläger'),
      '## 3. Omfattning',
      '',
      'Lägret genomförs i tre perioder om fem dygn, sammanlagt 15 dygn per sommar, med 20 barn per period, det vill säga 300 barndygn.',
      '',
      '## 4. Ekonomi',
      '',
      'Nämnden',
      '- Vistelse: 1 000 kronor per barn och dygn',
      '',
      'Lägergården',
      '- Gården: värderad till 2 000 kronor per dygn som gården är öppen',
      '',
      'Partnerskapets samlade värde är 330 000 kronor per år, varav Nämndens del 300 000 kronor.',
      '',
    ].join('\n'),
  );
  expect(items(a)).toEqual([
    ['Vara kommun', 300000],
    ['Föreningen Lovglädje i Vara', 30000],
  ]);
  expect(a.warnings.find((w) => w.code === 'INFERRED' && w.field === 'costItems')?.message).toContain('vilken part');
});

test('hours at a rate in one sentence stay with the prose rule: not read twice', () => {
  const a = read(
    [
      head('Läxhjälp'),
      '## 4. Ekonomi',
      '',
      'Nämnden bidrar med 200 000 kronor per år. Föreningen bidrar med 800 timmar per år, värderade till 200 kronor per timme.',
      'Partnerskapets värde är 360 000 kronor per år.',
      '',
    ].join('\n'),
  );
  expect(shares(a)).toEqual([
    ['Vara kommun', 200000],
    ['Föreningen Lovglädje i Vara', 160000],
  ]);
});

test.each([
  'Föreningen bidrar med 1 300 ideella handledartimmar per år, värderade till 210 kronor per timme.',
  'Föreningen bidrar med 1 300 ideella timmar per år, värderade till 210 kronor per timme.',
  'Föreningen bidrar med 1 300 ledartimmar per år, som värderas till 210 kronor per timme.',
])('hours with a word that says whose, at a rate in the same sentence, confirmed by the total: %s', (sentence) => {
  const a = read([head('Verkstaden'), '## 4. Ekonomi', '', `Nämnden bidrar med 100 000 kronor per år. ${sentence}`, 'Partnerskapets totala värde är 373 000 kronor per år.', ''].join('\n'));
  expect(shares(a)).toEqual([
    ['Vara kommun', 100000],
    ['Föreningen Lovglädje i Vara', 273000],
  ]);
});

test('a rate whose sentence writes out its product is left to the rules that read the product, without a warning', () => {
  const a = read(
    [
      head('Kurser'),
      '## 4. Ekonomi',
      '',
      'Nämnden ersätter föreningen med 9 500 kronor per deltagare och kurs, för högst 40 deltagare per år, det vill säga 380 000 kronor.',
      'Partnerskapets totala värde är 380 000 kronor per år.',
      '',
    ].join('\n'),
  );
  expect(shares(a)).toEqual([['Vara kommun', 380000]]);
  expect(a.warnings.filter((w) => w.field === 'costItems' && /per enhet/.test(w.message))).toEqual([]);
});

test('a rate whose payer is named but is none of the parties found is not given to another party by the fit', () => {
  const text = [
    '# Beslut om IOP – Vårdlotsen',
    '',
    'Region Sörmland, org.nr 232100-0032, ingår partnerskap.',
    '',
    '## Ekonomi',
    '',
    'Regionen bidrar med 300 000 kronor per år. Föreningens ideella insats uppgår till 500 timmar per år, värderade till 200 kronor per timme.',
    'Det sammanlagda värdet beräknas till 400 000 kronor per år.',
    '',
  ].join('\n');
  const a = read(text);
  expect(a.contributions.find((c) => c.party === 'Region Sörmland')?.annualAmount).toBe(300000);
});
