import { importText, toContractJson } from '../../src/import';

/**
 * Parties besides one municipality and one non-profit: a consortium of non-profits listed a) / b) with one "huvudman",
 * a region a decision names beside the counterpart ("med Föreningen X och Region Y", "Regionen blir därmed part"), and
 * an overview's column of other public funding. The documents are written for these tests.
 */
const imported = (text: string, file = 'x.txt') => toContractJson(importText(text, file));
const sum = (a: { contributions: { party: string; annualAmount: number }[] }, names: string[]) =>
  a.contributions.filter((c) => names.includes(c.party)).reduce((s, c) => s + c.annualAmount, 0);

const CONSORTIUM = `ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP
Läxhjälp Norrby

1. PARTER

Norrby kommun, utbildningsnämnden
Org.nr 212000-2411
(nedan "kommunen")

och två ideella föreningar som samverkar (nedan "samverkansparterna"):

  a) Föreningen Studiekamraterna Norrby, org.nr 802480-6211,
     samordnande part som tar emot bidraget
  b) Läsföreningen Boken, org.nr 802481-9719

2. GILTIGHETSTID

Överenskommelsen gäller från och med den 1 januari 2027 till och med den 31 december 2028.

3. EKONOMI

Kommunen betalar ett bidrag om 300 000 kr per år till den samordnande parten.

Samverkansparternas insatser:
  - Studiekamraterna: 500 ideella timmar à 200 kr = 100 000 kr
  - Boken: 200 ideella timmar à 200 kr = 40 000 kr
  - Boken: egna medel 10 000 kr

Sammanställning per år:
  Kommunens bidrag                    300 000 kr
  Studiekamraterna, ideellt arbete    100 000 kr
  Boken, ideellt arbete                40 000 kr
  Boken, egna medel                    10 000 kr
  Partnerskapets totala värde         450 000 kr
`;

describe('a consortium of non-profits listed a) / b)', () => {
  test('both non-profits are parties with their own numbers, the description after the first number no part of a name', () => {
    const [a] = imported(CONSORTIUM).agreements;
    expect(a.parties.map((p) => [p.name, p.orgNumber, p.sector])).toEqual([
      ['Norrby kommun', '212000-2411', 'public'],
      ['Föreningen Studiekamraterna Norrby', '802480-6211', 'civil'],
      ['Läsföreningen Boken', '802481-9719', 'civil'],
    ]);
  });

  test('the summary that restates the listed items in the same order counts them once', () => {
    const [a] = imported(CONSORTIUM).agreements;
    expect(a.costItems).toHaveLength(4);
    expect(sum(a, ['Föreningen Studiekamraterna Norrby', 'Läsföreningen Boken'])).toBe(150000);
    expect(a.annualTotal).toBe(450000);
    expect(a.warnings.map((w) => w.code)).not.toContain('TOTAL_MISMATCH');
  });

  test('numbered parties "1)" / "2)" after a description line are read the same way', () => {
    const text = CONSORTIUM.replace('  a) Föreningen', '  1) Föreningen').replace('  b) Läsföreningen', '  2) Läsföreningen');
    const [a] = imported(text).agreements;
    expect(a.parties.map((p) => p.name)).toContain('Läsföreningen Boken');
  });
});

const MINUTES = `ÅSBERGA KOMMUN    SAMMANTRÄDESPROTOKOLL    Socialnämnden

Protokollsutdrag

§ 51 Idéburet offentligt partnerskap – Mötesplats Källan

Beslut

Socialnämnden beslutar

1. att ingå överenskommelse om idéburet offentligt partnerskap med Föreningen Källkraft Åsberga och Region Nordmark om Mötesplats Källan för tiden 2027-03-01 – 2029-02-28,

2. att nämndens bidrag ska vara 900 000 kr per år.

Ärendet

Föreningen Källkraft Åsberga, org.nr 802466-1236, driver en mötesplats för vuxna med psykisk ohälsa.

Region Nordmark, org.nr 232100-0198, har beslutat att bidra med 300 000 kr per år.

Föreningen bidrar med ideellt arbete om 800 timmar per år, värderat till 200 kronor per timme, och med en lokal om 100 m², som parterna värderat till 900 kronor per m² och år. Partnerskapets totala värde beräknas till 1 450 000 kr per år.

Yrkanden

Eva Ek (S) yrkar att nämndens bidrag ska vara 1 100 000 kr per år.

Ordföranden finner att nämnden beslutar enligt förvaltningens förslag.

Justerandes sign.`;

describe('a decision with a second public party', () => {
  test('the region named beside the counterpart in the decision is a public party, with its number from the case', () => {
    const result = imported(MINUTES);
    expect(result.documentKind).toBe('decision');
    const [a] = result.agreements;
    expect(a.parties.find((p) => p.name === 'Region Nordmark')).toEqual({ name: 'Region Nordmark', orgNumber: '232100-0198', sector: 'public', unit: null });
    expect(a.parties.find((p) => p.sector === 'civil')?.orgNumber).toBe('802466-1236');
  });

  test('"för tiden X – Y" in the decision is the period; "nämndens bidrag" the deciding side\'s, not the motion\'s', () => {
    const [a] = imported(MINUTES).agreements;
    expect(a.validity.start).toBe('2027-03-01');
    expect(a.validity.end).toBe('2029-02-28');
    expect(sum(a, ['Åsberga kommun', 'Region Nordmark'])).toBe(1200000);
    // 800 timmar à 200 kr and 100 m² à 900 kr per m² och år.
    expect(sum(a, ['Föreningen Källkraft Åsberga'])).toBe(250000);
    expect(a.annualTotal).toBe(1450000);
    expect(a.warnings.map((w) => w.message).join(' ')).not.toMatch(/ändrade en parts belopp/);
  });

  test('"Regionen blir därmed part i överenskommelsen" makes the one region the text names a party', () => {
    const text = MINUTES.replace(' och Region Nordmark om', ' om').replace('har beslutat att bidra med 300 000 kr per år.', 'har beslutat att bidra med 300 000 kr per år. Regionen blir därmed part i överenskommelsen.');
    const [a] = imported(text).agreements;
    expect(a.parties.map((p) => p.name)).toContain('Region Nordmark');
  });

  test('a region the text says is no party stays out', () => {
    const text = MINUTES.replace(' och Region Nordmark om', ' om').replace('har beslutat att bidra med 300 000 kr per år.', 'hänvisar besökare men är inte part i överenskommelsen.');
    const [a] = imported(text).agreements;
    expect(a.parties.map((p) => p.name)).not.toContain('Region Nordmark');
  });
});

const OVERVIEW = `# Sandviks kommun – socialnämndens partnerskap

Belopp i tkr per år. Sandviks kommun, org.nr 212000-3179.

| Partnerskap | Idéburen part | Org.nr | Avtalsperiod | Nämndens bidrag | Annan offentlig finansiering | Idéburen insats | Totalt värde |
|---|---|---|---|---|---|---|---|
| Kvällsöppet | Föreningen Kvällsljus | 802455-5552 | 2027-01-01 – 2028-12-31 | 500,0 | – | 120,0 | 620,0 |
| Boendestöd Ljus | Stiftelsen Ljusväg | 802456-3390 | 2027-01-01 – 2029-12-31 | 800,0 | 200,0 (Region Nordmark) | 300,0 | 1 300,0 |
| **Summa** | | | | **1 300,0** | **200,0** | **420,0** | **1 920,0** |
`;

describe('an overview with a civil column and a column of other public funding', () => {
  test('"Idéburen insats" is the civil share; the co-funder in brackets is a public party with its amount', () => {
    const result = imported(OVERVIEW, 'x.md');
    expect(result.documentKind).toBe('overview');
    const [first, second] = result.agreements;
    expect(sum(first, ['Föreningen Kvällsljus'])).toBe(120000);
    expect(sum(second, ['Stiftelsen Ljusväg'])).toBe(300000);
    expect(second.parties.find((p) => p.name === 'Region Nordmark')?.sector).toBe('public');
    expect(sum(second, ['Region Nordmark'])).toBe(200000);
    expect(second.annualTotal).toBe(1300000);
  });
});
