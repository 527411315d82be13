import { importText, toContractJson } from '../../src/import';
import { buildSource, sentences } from '../../src/import/text/source';
import { lineAmounts } from '../../src/import/economy/lineAmount';
import { postsPerYear, postsSalary } from '../../src/import/economy/salary';

/**
 * The failure classes the blind sets (test/fixtures/blind) showed, each as a general rule on small documents written
 * for these tests: none copies a blind document's organisations or wording.
 */
const result = (text: string) => toContractJson(importText(text, 'x.txt'));
const agreement = (text: string) => result(text).agreements[0];
const codes = (a: { warnings: { code: string; field?: string }[] }) => a.warnings.map((w) => `${w.code}:${w.field ?? ''}`);
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const PARTIES = `Parter
Vimmerby kommun genom omsorgsnämnden, organisationsnummer 212000-0746.
Föreningen Gläntan, organisationsnummer 802455-1114.`;

describe('terse agreements: lettered parties, the currency code first, several items on one line', () => {
  const TERSE = `AVTAL OM IDÉBURET OFFENTLIGT PARTNERSKAP
Kvällsöppet

1. Parter
   a) Vimmerby kommun, omsorgsnämnden, org.nr 212000-0746 ("Kommunen")
   b) Föreningen Gläntan, org.nr 802455-1114 ("Gläntan")

2. Tid
   2026-03-01--2027-02-28.

3. Ekonomi
   Kommunen: SEK 300.000 per år, utbetalas med SEK 75.000 per kvartal.
   Gläntan: ideellt arbete 500 timmar à SEK 150 (SEK 75.000) samt egna lokaler (SEK 25.000).
   Totalt: SEK 400.000 per år.
`;

  test('"a) …" party lines, "SEK 300.000", a yearly amount restated per quarter and two items joined by "samt"', () => {
    const a = agreement(TERSE);
    expect(a.parties.map((p) => [p.name, p.orgNumber, p.sector])).toEqual([
      ['Vimmerby kommun', '212000-0746', 'public'],
      ['Föreningen Gläntan', '802455-1114', 'civil'],
    ]);
    expect(amounts(a)).toEqual({ 'Vimmerby kommun': 300000, 'Föreningen Gläntan': 100000 });
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([300000, 75000, 25000]);
    expect(a.annualTotal).toBe(400000);
    expect(a.obtained.annualTotal).toBe('reconciled');
    expect(a.validity).toMatchObject({ start: '2026-03-01', end: '2027-02-28' });
  });

  test('a line with two amounts is split only when every piece ends in its own yearly amount', () => {
    expect(lineAmounts('Hyra 40 000 kr samt el 8 000 kr per år', 0).map((h) => h.value)).toEqual([40000, 8000]);
    // "samt" inside one item's label: one amount, one item.
    expect(lineAmounts('Lokal samt städning, 120 000 kr per år', 0).map((h) => h.value)).toEqual([120000]);
  });
});

describe('an amendment: the date its new amounts apply from is not the agreement\'s period', () => {
  test('"Från och med … gäller följande belopp i stället för …" beside the period restated in the background', () => {
    const a = agreement(`TILLÄGG TILL ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP
Kvällsöppet

${PARTIES}

Bakgrund
Överenskommelsen gäller för perioden 2025-04-01 – 2028-03-31.

Ändring
Från och med den 1 april 2026 gäller följande belopp per år i stället för de tidigare beloppen.
- Omsorgsnämnden: 250 000 kr per år
- Föreningen Gläntan: 90 000 kr per år
`);
    expect(a.validity).toMatchObject({ start: '2025-04-01', end: '2028-03-31' });
  });

  test('a sentence that says the agreement itself runs from the date still gives the start', () => {
    const a = agreement(`Idéburet offentligt partnerskap Kvällsöppet\n\n${PARTIES}\n\nGiltighet\nAvtalet gäller från och med den 1 maj 2026 till och med den 30 april 2028 och bidraget betalas kvartalsvis.`);
    expect(a.validity).toMatchObject({ start: '2026-05-01', end: '2028-04-30' });
  });
});

describe('extension stated in separate clauses', () => {
  const withExtension = (text: string) => agreement(`Idéburet offentligt partnerskap Kvällsöppet\n\n${PARTIES}\n\nAvtalstid\nÖverenskommelsen gäller 2026-01-01 – 2027-12-31. ${text}`).validity.extension;

  test.each([
    ['Den kan förlängas. Förlängningen avser tre år och kan ske en gång.', { years: 3, times: 1 }],
    ['Därefter kan den förlängas. En förlängning omfattar två år och kan ske vid ett tillfälle.', { years: 2, times: 1 }],
    ['Förlängning kan bli aktuell. Den sker i så fall med ett år, dock högst tre gånger.', { years: 1, times: 3 }],
    ['Parterna kan förlänga avtalet. Det kan ske två gånger. Varje förlängning gäller ett år.', { years: 1, times: 2 }],
  ])('%s', (text, expected) => {
    expect(withExtension(text)).toEqual(expected);
  });

  test('a clause and a sentence that the agreement cannot be extended: none, with a warning on the field', () => {
    const a = agreement(`Idéburet offentligt partnerskap Kvällsöppet\n\n${PARTIES}\n\nAvtalstid\nÖverenskommelsen gäller 2026-01-01 – 2027-12-31 och kan förlängas en gång med ett år.\n\nÖvrigt\nAvtalet kan inte förlängas utan ett nytt beslut i nämnden.`);
    expect(a.validity.extension).toBeNull();
    expect(codes(a)).toContain('AMBIGUOUS:validity.extension');
  });
});

describe('implied arithmetic', () => {
  test('posts × monthly salary × 12 × (1 + PO), exact and rounded once', () => {
    const p = postsSalary('en koordinator på 0,4 tjänst à ', ' + PO 31,42 %', 35000)!;
    // 0,4 × 35 000 × 12 × 1,3142 = 220 785,6 → 220 786
    expect(postsPerYear(p, 12)).toBe(220786);
    expect(postsSalary('en koordinator à ', '', 35000)).toBeNull();
  });

  test('bullet lines: posts with PO and an explaining sentence, åa with fees included, kr/mån for N months per läsår, tim/år à', () => {
    const a = agreement(`Idéburet offentligt partnerskap Läxhjälp i Vimmerby

${PARTIES}

Åtaganden
Omsorgsnämnden finansierar:
  * en koordinator på 0,4 tjänst à 35 000 kr/mån + PO 31,42 %. Koordinatorn anställs av föreningen;
  * material, 12 000 kr per år.
Föreningen Gläntan bidrar med:
  * handledare motsvarande 1,5 åa à 26 000 kr/mån (inklusive sociala avgifter);
  - lokalvård: 4 000 kr/mån i nio månader per läsår
  - ideella läxhjälpare: 800 tim/år à 150 kr
`);
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([220786, 12000, 468000, 36000, 120000]);
    expect(amounts(a)).toEqual({ 'Vimmerby kommun': 232786, 'Föreningen Gläntan': 624000 });
    expect(a.annualTotal).toBe(856786);
  });

  test('a percentage split stated in the sentence after the total', () => {
    const a = agreement(`Idéburet offentligt partnerskap Kvällsöppet\n\n${PARTIES}\n\nEkonomi\nPartnerskapets samlade budget är 900 000 kr per år. Nämnden står för 70 % och föreningen för återstående 30 %.`);
    expect(amounts(a)).toEqual({ 'Vimmerby kommun': 630000, 'Föreningen Gläntan': 270000 });
    expect(a.annualTotal).toBe(900000);
  });

  test('a split that does not reach 100 % is not applied', () => {
    const a = agreement(`Idéburet offentligt partnerskap Kvällsöppet\n\n${PARTIES}\n\nEkonomi\nPartnerskapets samlade budget är 900 000 kr per år. Nämnden står för 70 % och föreningen för 20 %.`);
    expect(a.contributions).toEqual([]);
  });
});

describe('amounts in prose', () => {
  test('stepped amounts per named year in a sentence about the whole period: the first year counts', () => {
    const a = agreement(`Idéburet offentligt partnerskap Kvällsöppet\n\n${PARTIES}\n\nEkonomi\nNämndens bidrag ökar under avtalsperioden: 200 000 kronor för 2026 och 230 000 kronor för 2027. Nämndens upplåtelse av samlingssalen motsvarar ett värde av 30 000 kronor per år.\nFöreningen Gläntan bidrar med ideellt arbete värderat till 150 000 kronor per år.`);
    expect(amounts(a)).toEqual({ 'Vimmerby kommun': 230000, 'Föreningen Gläntan': 150000 });
    // The stepped item keeps its years; the party's contribution per year adds its other, yearly items.
    expect(a.costItems.find((c) => c.yearAmounts)?.yearAmounts).toEqual([{ year: 2026, amount: 200000 }, { year: 2027, amount: 230000 }]);
    expect(a.contributions[0].yearAmounts).toEqual([{ year: 2026, amount: 230000 }, { year: 2027, amount: 260000 }]);
  });

  test('per läsår is one year; weekly hours × weeks × rate', () => {
    const a = agreement(`Idéburet offentligt partnerskap Kvällsöppet\n\n${PARTIES}\n\nEkonomi\nNämnden bidrar med 60 000 kronor per läsår.\nFöreningen bidrar med ledare 6 timmar per vecka under 30 veckor, värderade till 200 kronor per timme.`);
    expect(amounts(a)).toEqual({ 'Vimmerby kommun': 60000, 'Föreningen Gläntan': 36000 });
  });
});

describe('narrow and justified PDF text', () => {
  test('a tab the justified line stretched into a sentence is a space; "<name>,<tab>org.nr" is a party line', () => {
    const doc = buildSource('Lokaler\nEnligt avtalet\nställer nämnden dessutom\ten lokal till\nförfogande,\tett värde av 1 000 kr.\nFöreningen Gläntan,\torg.nr\n802455-1114.');
    expect(doc.lines.map((l) => l.cells)).toEqual([null, null, null, null, null, null]);
    const justified = buildSource('Föreningen bidrar med ledartid och med material som\nkonst-\nmaterial,\tpenslar och papper.');
    expect(justified.lines.every((l) => l.cells === null)).toBe(true);
    // A real two-column row stays a row.
    expect(buildSource('Post\tBelopp\nLokal\t40 000 kr').lines[1].cells).toEqual(['Lokal', '40 000 kr']);
  });

  test('a wrapped sentence whose second line holds the amount is prose, not an item line', () => {
    const a = agreement(`Idéburet offentligt partnerskap Kvällsöppet\n\n${PARTIES}\n\nEkonomi\nFöreningen bidrar med ideellt arbete och med\negna lokaler värderade till 40 000 kronor per år.\nNämnden bidrar med 100 000 kronor per år.`);
    expect(amounts(a)).toEqual({ 'Vimmerby kommun': 100000, 'Föreningen Gläntan': 40000 });
  });

  test('sentences() reads a justified line as part of its sentence', () => {
    const doc = buildSource('Kvällsöppet\n\nEnligt avtalet\nställer nämnden dessutom\tsin sal till förfogande, ett värde\nav 9 000 kronor per år.');
    expect(sentences(doc).map((s) => s.text)).toContain('Enligt avtalet ställer nämnden dessutom sin sal till förfogande, ett värde av 9 000 kronor per år.');
  });
});

describe('a table\'s scale stated outside it', () => {
  test('the sentence above an overview table gives its unit; a sentence with an amount of its own does not', () => {
    const overview = (above: string) => result(`Omsorgsnämndens idéburna offentliga partnerskap 2026

${above}

Namn\tIdéburen part\tGiltighet\tNämndens kostnad/år\tTotalt värde/år
Kvällsöppet\tFöreningen Gläntan\t2025-01-01 – 2026-12-31\t400\t600
Morgonfika\tFöreningen Solrosen\t2026-01-01 – 2027-12-31\t150\t200
`).agreements.map((a) => a.annualTotal);
    expect(overview('Beloppen i tabellen anges i tusentals kronor (tkr).')).toEqual([600000, 200000]);
    expect(overview('Tabell 2. Partnerskapen per år, tkr')).toEqual([600000, 200000]);
    // "0,55 mnkr" is an amount of the sentence, not the table's unit.
    expect(overview('Nämndens kostnad blir 0,55 mnkr per år.')).not.toEqual([600000000, 200000000]);
  });

  test('the caption of an economy table gives its unit', () => {
    const a = agreement(`Idéburet offentligt partnerskap Kvällsöppet

${PARTIES}

Ekonomi
Tabell 1. Parternas insatser per år, tkr

Insats	Part	Belopp
Personal	Omsorgsnämnden	300
Lokal	Föreningen Gläntan	80
Summa		380
`);
    expect(amounts(a)).toEqual({ 'Vimmerby kommun': 300000, 'Föreningen Gläntan': 80000 });
  });
});

describe('document shapes', () => {
  const MEMO = `Vimmerby kommun · Omsorgsförvaltningen · Org.nr 212000-0746

TJÄNSTESKRIVELSE

Två idéburna offentliga partnerskap 2026–2027

Förslag till beslut
Omsorgsnämnden föreslås besluta att ingå idéburna offentliga partnerskap med de två föreningar som anges i tabellen.

Namn	Idéburen part	Org.nr	Nämndens bidrag, kr/år	Partens egen insats, kr/år	Totalt värde, kr/år
Kvällsöppet	Föreningen Gläntan	802455-1114	400 000	100 000	500 000
Morgonfika	Föreningen Solrosen	802502-4444	150 000	50 000	200 000
Summa			550 000	150 000	700 000

Villkor för båda partnerskapen
Överenskommelserna föreslås gälla från och med den 1 januari 2026 till och med den 31 december 2027. De kan förlängas ett år i taget, högst två gånger. Nämndens bidrag räknas upp med 2 procent per år.
`;

  test('a decision memo proposing several partnerships in a table: a decision, one agreement per row, the shared terms on each', () => {
    const r = result(MEMO);
    expect(r.documentKind).toBe('decision');
    expect(r.agreements.map((a) => a.name)).toEqual(['Kvällsöppet', 'Morgonfika']);
    for (const a of r.agreements) {
      expect(a.validity).toMatchObject({ start: '2026-01-01', end: '2027-12-31', extension: { years: 1, times: 2 } });
      expect(a.indexation?.rate).toBe(0.02);
      expect(a.parties[0]).toMatchObject({ name: 'Vimmerby kommun', orgNumber: '212000-0746' });
    }
    expect(r.agreements.map((a) => a.annualTotal)).toEqual([500000, 200000]);
  });

  test('the same table in a follow-up memo that proposes nothing to enter stays an overview', () => {
    expect(result(MEMO.replace(/föreslås besluta att ingå[^.]*\./, 'noterar informationen.')).documentKind).toBe('overview');
  });

  test('an overview written as one block per partnership', () => {
    const r = result(`Uppföljning av omsorgsnämndens idéburna offentliga partnerskap

==============================
Kvällsöppet
==============================
Idéburen part: Föreningen Gläntan
Avtalsperiod: 2025-01-01 – 2026-12-31
Nämndens kostnad per år: 400 000 kr
Totalt värde per år: 600 000 kr

==============================
Morgonfika
==============================
Idéburna parter: Föreningen Solrosen och Föreningen Kaffekoppen
Avtalsperiod: 2026-01-01 – 2027-12-31
Nämndens kostnad per år: 150 000 kr
Totalt värde per år: 200 000 kr
`);
    expect(r.documentKind).toBe('overview');
    expect(r.agreements.map((a) => [a.name, a.validity.start, a.validity.end, a.annualTotal])).toEqual([
      ['Kvällsöppet', '2025-01-01', '2026-12-31', 600000],
      ['Morgonfika', '2026-01-01', '2027-12-31', 200000],
    ]);
    expect(r.agreements[1].parties.filter((p) => p.sector === 'civil').map((p) => p.name)).toEqual(['Föreningen Solrosen', 'Föreningen Kaffekoppen']);
  });
});

describe('indexation per läsår', () => {
  test('"inför varje nytt läsår" steps in August, the school year\'s first month', () => {
    const a = agreement(`Idéburet offentligt partnerskap Kvällsöppet\n\n${PARTIES}\n\nGiltighet\nÖverenskommelsen gäller från den 15 augusti 2026 till och med den 30 juni 2028.\n\nUppräkning\nBidraget räknas upp med 3 % inför varje nytt läsår.`);
    expect(a.indexation).toMatchObject({ rate: 0.03, stepMonth: 8 });
  });
});

describe('party aliases as column headers', () => {
  test('"…, organisationsnummer …, nedan kallad Nämnden," names the alias that heads the economy table\'s column', () => {
    const a = agreement(`Idéburet offentligt partnerskap Kvällsöppet

Parter
Vimmerby kommun genom omsorgsnämnden, organisationsnummer 212000-0746, nedan kallad Nämnden, och Föreningen Gläntan, organisationsnummer 802455-1114, nedan kallad Gläntan, ingår denna överenskommelse.

Ekonomi
Tabell 1. Insatser per år, tkr

Insats\tNämnden\tGläntan
Personal\t300\t–
Material\t20\t15
Summa\t320\t15
`);
    expect(amounts(a)).toEqual({ 'Vimmerby kommun': 320000, 'Föreningen Gläntan': 15000 });
    expect(a.costItems).toHaveLength(3);
  });
});

describe('an economy table under a heading the outline does not take for a section', () => {
  test('"Ekonomi efter ändringen" above a before/after table: the new column, read once', () => {
    const a = agreement(`Idéburet offentligt partnerskap Kvällsöppet

${PARTIES}

Bakgrund
Parterna har kommit överens om att ändra beloppen.

Ekonomi före och efter ändringen

Insats\tNuvarande belopp, kr/år\tEfter ändringen, kr/år
Omsorgsnämnden, bidrag\t200 000\t240 000
Föreningen, ideellt arbete\t80 000\t90 000
Totalt\t280 000\t330 000
`);
    expect(amounts(a)).toEqual({ 'Vimmerby kommun': 240000, 'Föreningen Gläntan': 90000 });
    expect(a.annualTotal).toBe(330000);
  });
});

describe('an e-mail\'s history', () => {
  test('quoted lines and the earlier messages after "-----Ursprungligt meddelande-----" add no amounts', () => {
    const a = agreement(`Från: Handläggare <h@vimmerby.se>
Ämne: Sammanfattning – idéburet offentligt partnerskap Kvällsöppet

${PARTIES}

EKONOMI (per år)
* Nämnden: 250 000 kr per år
* Föreningen: ideellt arbete 60 000 kr per år
Totalt 310 000 kr per år.

> Förra utkastet hade 20 000 kr/mån för nämnden.

-----Ursprungligt meddelande-----
Från: Kollega
Ämne: SV: utkast
Lokalhyra 90 000 kr per år.
`);
    expect(amounts(a)).toEqual({ 'Vimmerby kommun': 250000, 'Föreningen Gläntan': 60000 });
    expect(a.annualTotal).toBe(310000);
  });
});
