import { importText, toContractJson } from '../../../src/import';
import { findAmounts } from '../../../src/import/fields/amounts';
import { compoundNumber } from '../../../src/import/fields/numbers';

/**
 * Contributions written in prose and valued in kind (set y's class; the documents are written for these tests): an
 * amount restated as the year's value of the one before, a party that opens a sentence and does something valued, an
 * amount written out in words, the public side's amount split by percentage between a kommun and a region, an amount a
 * sentence counts as a party's, and sentences that restate rows a stated total confirms.
 */
const agreement = (text: string, file = 'x.txt') => toContractJson(importText(text, file)).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));
const codes = (a: ReturnType<typeof agreement>, field: string) => a.warnings.filter((w) => w.field === field).map((w) => w.code);

const two = (economy: string) => `Överenskommelse om idéburet offentligt partnerskap – Gröna gårdar

Parter
Viskedals kommun, org.nr 212000-1405, genom tekniska nämnden.
Föreningen Gårdsodlarna, org.nr 802511-2239.

Ekonomi
${economy}

Giltighet
Överenskommelsen gäller från och med 2027-03-01 till och med 2029-02-28.
`;

const three = (economy: string) => `Överenskommelse om idéburet offentligt partnerskap – Stödlinjen

Parter
Viskedals kommun, org.nr 212000-1405, genom socialnämnden.
Region Västerås län, org.nr 232100-0131, genom hälso- och sjukvårdsnämnden.
Föreningen Stödlinjen, org.nr 802511-2239.

Ekonomi
${economy}

Giltighet
Överenskommelsen gäller från och med 2027-01-01 till och med 2028-12-31.
`;

const KOMMUN = 'Viskedals kommun';
const REGION = 'Region Västerås län';
const GARDS = 'Föreningen Gårdsodlarna';
const LINJEN = 'Föreningen Stödlinjen';

describe('an amount restated as the year\'s value of the one before is read once', () => {
  test.each([
    ['land per m² and a monthly grant, each restated', 'Kommunen upplåter marken, 5 000 m² à 3 kr/m² och år, vilket ger ett värde av 15 000 kronor per år. Bidraget om 2 500 kronor per månad motsvarar 30 000 kronor per år och används till vatten.', 45000],
    ['a lent post restated after "vilket motsvarar"', 'Nämnden lämnar ett bidrag om 10 000 kronor per år. Därutöver ställer nämnden en trädgårdsmästare till förfogande: 0,1 tjänst à 25 000 kr/mån + PO 20 %, vilket motsvarar 36 000 kronor per år.', 46000],
  ])('%s', (_, publicSide, kommun) => {
    const a = agreement(two(`${publicSide} Föreningen bidrar med 100 000 kronor per år.`));
    expect(amounts(a)).toEqual({ [KOMMUN]: kommun, [GARDS]: 100000 });
  });

  test('a second amount after the same words that is not the year\'s value is still read', () => {
    const a = agreement(two('Kommunen betalar 2 500 kronor per månad och ger dessutom 12 000 kronor per år. Föreningen bidrar med 100 000 kronor per år.'));
    expect(amounts(a)[KOMMUN]).toBe(42000);
  });

  test('"Värdet av partnerskapet är …, varav nämndens insats … och föreningens …" is the total and the parts, not the last payer\'s', () => {
    const a = agreement(
      two(
        'Kommunen upplåter marken, 5 000 m² à 3 kr/m² och år, vilket ger ett värde av 15 000 kronor per år. Bidraget om 2 500 kronor per månad motsvarar 30 000 kronor per år. Föreningens medlemmar bidrar med skötsel, beräknat till 500 timmar à 200 kronor per år. Värdet av partnerskapet är 145 000 kronor per år, varav nämndens insats 45 000 kronor och föreningens 100 000 kronor.',
      ),
    );
    expect(amounts(a)).toEqual({ [KOMMUN]: 45000, [GARDS]: 100000 });
    expect(a.annualTotal).toBe(145000);
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([15000, 30000, 100000]);
  });
});

describe('a party that opens a sentence and does something valued gives that value', () => {
  test.each([
    ['hours at a rate', 'Föreningen bemannar stödlinjen med frivilliga, beräknat till 1 300 timmar per år à 210 kronor.'],
    ['a value in kronor', 'Föreningen driver caféet med frivilliga, värderat till 273 000 kronor per år.'],
  ])('%s', (_, sentence) => {
    const a = agreement(two(`Kommunen betalar 50 000 kronor per år. ${sentence} Föreningen betalar själv hyran, 7 000 kronor per månad.`));
    expect(amounts(a)).toEqual({ [KOMMUN]: 50000, [GARDS]: 357000 });
  });

  test('a party named after a preposition is not the one valued', () => {
    const a = agreement(two('Kommunen betalar 50 000 kronor per år. Till föreningen kommer besökare, beräknat till 273 000 kronor per år.'));
    expect(amounts(a)[GARDS]).toBeUndefined();
  });
});

describe('an amount written out in one word', () => {
  test.each([
    ['trettiotvåtusenfemhundra', 32500],
    ['fyrahundrasextiotusen', 460000],
    ['tvåhundratusen', 200000],
    ['enmiljontrehundratusen', 1300000],
  ])('%s is %d', (word, value) => {
    expect(compoundNumber(word)).toBe(value);
  });

  test('a bare unit or a word that is no number is none', () => {
    expect(compoundNumber('tusen')).toBeNull();
    expect(compoundNumber('tusentals')).toBeNull();
    expect(findAmounts('ett par tusen kronor')).toEqual([]);
  });

  test('the digits in brackets after the words are the one amount', () => {
    expect(findAmounts('sextiotusen kronor (60 000 kronor)').map((a) => a.value)).toEqual([60000]);
  });

  test('a monthly grant in words is the party\'s share', () => {
    const a = agreement(two('Nämnden betalar ett bidrag om trettiotvåtusenfemhundra kronor per månad till föreningen. Föreningen bidrar med 100 000 kronor per år.'));
    expect(amounts(a)).toEqual({ [KOMMUN]: 390000, [GARDS]: 100000 });
  });
});

describe('the public side\'s amount split by percentage between a kommun and a region', () => {
  test.each([
    ['"av detta belopp" in the next sentence', 'Den offentliga finansieringen av partnerskapet uppgår till 1 000 000 kronor per år. Kommunen står för 60 procent och regionen för 40 procent av detta belopp.', 600000, 400000],
    ['"varav" in the same sentence', 'Den offentliga finansieringen ska uppgå till 1,0 mnkr per år, varav kommunen svarar för 30 procent och regionen för 70 procent.', 300000, 700000],
    ['"av bidraget" after the public parties together', 'De offentliga parterna lämnar tillsammans ett verksamhetsbidrag om 1 000 000 kronor per år. Kommunen står för 60 procent och regionen för 40 procent av bidraget.', 600000, 400000],
    ['"Det offentliga bidraget"', 'Det offentliga bidraget till driften uppgår till 1 000 000 kronor per år. Kommunen står för 60 procent och regionen för 40 procent av bidraget.', 600000, 400000],
  ])('%s', (_, text, kommun, region) => {
    const a = agreement(three(`${text} Föreningen bidrar med 200 000 kronor per år.`));
    expect(amounts(a)).toEqual({ [KOMMUN]: kommun, [REGION]: region, [LINJEN]: 200000 });
  });

  test('percentages that do not add up give no split, and a warning', () => {
    const a = agreement(three('Den offentliga finansieringen uppgår till 1 000 000 kronor per år. Kommunen står för 60 procent och regionen för 30 procent av detta belopp. Föreningen bidrar med 200 000 kronor per år.'));
    expect(amounts(a)[REGION]).toBeUndefined();
    expect(codes(a, 'contributions')).toContain('AMBIGUOUS');
  });

  test('a sentence that counts an amount as a party\'s gives it that party', () => {
    const a = agreement(
      three(
        'Kommunen betalar 300 000 kronor per år. Regionen leasar en minibuss för 4 500 kronor per månad och står för service; leasingkostnaden räknas som regionens insats. Föreningen bidrar med 200 000 kronor per år.',
      ),
    );
    expect(amounts(a)).toEqual({ [KOMMUN]: 300000, [REGION]: 54000, [LINJEN]: 200000 });
  });
});

describe('sentences that restate rows a stated total confirms', () => {
  const doc = (sentence: string, total: string) => `# Överenskommelse om idéburet offentligt partnerskap – Sorgstöd

## Parter

Region Västerås län, org.nr 232100-0131, genom hälso- och sjukvårdsnämnden.
Föreningen Stödlinjen, org.nr 802511-2239.

## Ekonomi

${sentence} Insatserna per år framgår av tabellen.

| Part | Insats | Belopp per år (kr) |
|---|---|---|
| Regionen | Bidrag till grupperna | 180 000 |
| Regionen | Kurator | 100 000 |
| Föreningen | Ideella ledare | 90 000 |
| **Summa** | | **${total}** |

## Giltighet

Överenskommelsen gäller från och med 2027-01-01 till och med 2028-12-31.
`;

  test('one row restated in a sentence is no whole share when the rows make the total', () => {
    const a = agreement(doc('Regionen betalar föreningen 90 000 kronor per termin.', '370 000'), 'x.md');
    expect(amounts(a)).toEqual({ [REGION]: 280000, [LINJEN]: 90000 });
    expect(a.annualTotal).toBe(370000);
  });

  test('without a total that the rows make, the sentence still conflicts with the rows, with a warning', () => {
    const a = agreement(doc('Regionen betalar föreningen 90 000 kronor per termin.', '400 000'), 'x.md');
    expect(a.warnings.some((w) => w.code === 'TOTAL_MISMATCH')).toBe(true);
  });
});

describe('money applied for, a unit\'s whole budget on a list line and a price per event are no shares', () => {
  test('an application for another grant is no share, with a warning', () => {
    const a = agreement(two('Kommunen betalar 150 000 kronor per år. Föreningen bidrar med 100 000 kronor per år. Föreningen söker dessutom fiskevårdsbidrag hos Länsstyrelsen, ca 90 000 kronor.'));
    expect(amounts(a)).toEqual({ [KOMMUN]: 150000, [GARDS]: 100000 });
    expect(codes(a, 'contributions')).toContain('AMBIGUOUS');
  });

  test('a unit\'s whole budget on a list line is no item', () => {
    const a = agreement(
      two(`Kommunen:
- verksamhetsbidrag 150 000 kr per år
- lokal 40 000 kr per år
Föreningen:
- ideellt arbete 100 000 kr per år
- Ryms i nämndens budget 2028 (naturvårdsanslaget, 410 000 kr)`),
    );
    expect(a.costItems.map((c) => c.annualAmount)).toEqual([150000, 40000, 100000]);
  });

  test('a price per held event is no yearly amount', () => {
    const a = agreement(two('Nämnden ersätter föreningen med 3 600 kronor per genomfört bokprat. Föreningen bidrar med 100 000 kronor per år.'));
    expect(amounts(a)[KOMMUN]).toBeUndefined();
  });
});
