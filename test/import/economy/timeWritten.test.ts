import { importText, toContractJson } from '../../../src/import';
import { trailingAmount } from '../../../src/import/fields/amounts';
import { restatedFactors } from '../../../src/import/economy/salary';

/**
 * Amounts written over time (set q's angle): a table cell "per läsår" (fields/amounts.ts trailingAmount), a period's
 * amount restated as the year's ("per halvår, det vill säga … per år", economy/salary.ts restatedFactors and
 * prose.ts), a list item whose period wrapped onto the next line (read.ts wrappedBullet) and an amount for an
 * opening part of a year (vocabulary.ts PART_YEAR). Documents written for these tests.
 */
const doc = (economy: string) => `Överenskommelse om idéburet offentligt partnerskap

Kvällsöppet Ekby

1. Parter
Ekby kommun genom fritidsnämnden, org.nr 212000-0142, och Föreningen Ekbyungdom, org.nr 802477-1787.

2. Avtalstid
Överenskommelsen gäller från och med den 1 mars 2028 till och med den 28 februari 2030.

3. Ekonomi
${economy}
`;

const PUBLIC = 'Ekby kommun';
const CIVIL = 'Föreningen Ekbyungdom';
const read = (economy: string) => toContractJson(importText(doc(economy), 'x.txt')).agreements[0];
const share = (a: ReturnType<typeof read>, party: string) => a.contributions.find((c) => c.party === party)?.annualAmount;

describe('an amount at the end of a cell or line, per one year of the activity', () => {
  test.each(['81 600 kr per läsår', '81 600 kronor per verksamhetsår', '81 600 kr/kalenderår', '81 600 kr per säsong'])('"%s" is the year\'s amount', (cell) => {
    expect(trailingAmount(cell)?.value).toBe(81600);
  });

  test('a per läsår row among per termin rows of a table is read', () => {
    const a = read(`Part\tInsats\tBelopp
Nämnden\tBidrag till ledare\t100 000 kr per termin
Föreningen\tVolontärer, 10 timmar per vecka à 150 kr, 30 veckor per läsår\t45 000 kr per läsår
Föreningen\tMaterial\t5 000 kr per termin
`);
    expect(a.costItems.map((i) => i.annualAmount)).toEqual([200000, 45000, 10000]);
    expect(share(a, CIVIL)).toBe(55000);
  });
});

describe("a period's amount restated as the year's counts once", () => {
  test('restatedFactors makes the period yearly', () => {
    expect(restatedFactors('Nämnden betalar 90 000 kr per kvartal, dvs. ')?.product).toBe(360000);
    expect(restatedFactors('Nämnden betalar 150 000 kronor per termin, det vill säga ')?.product).toBe(300000);
  });

  test('"per halvår, det vill säga … per år" in a sentence', () => {
    const a = read('Nämnden betalar 150 000 kronor per halvår, det vill säga 300 000 kronor per år. Föreningen bidrar med 80 000 kronor per år.');
    expect(share(a, PUBLIC)).toBe(300000);
    expect(a.annualTotal).toBe(380000);
  });

  test('"per månad, motsvarande … per år" in a sentence', () => {
    const a = read('Kommunen bidrar med 25 000 kronor per månad, motsvarande 300 000 kronor per år. Föreningen bidrar med 80 000 kronor per år.');
    expect(share(a, PUBLIC)).toBe(300000);
  });
});

describe('a list item whose period wrapped onto the next line', () => {
  test('the wrapped "per" / "verksamhetsår" is one item with its amount', () => {
    const a = read(`Nämnden
  - verksamhetsbidrag: 200 000 kr per verksamhetsår
  - fritidsledare, 50 procent av heltid: 260 000 kr per
    verksamhetsår

Föreningen
  - ideellt arbete: 90 000 kr per verksamhetsår
`);
    expect(a.costItems.map((i) => i.annualAmount)).toEqual([200000, 260000, 90000]);
    expect(share(a, PUBLIC)).toBe(460000);
  });
});

describe('an amount for an opening part of a year is not the yearly level', () => {
  test('"för den inledande perioden … (tre månader)" is left out with a warning', () => {
    const a = read('Nämnden bidrar med 240 000 kronor per år och föreningen med 60 000 kronor per år. För den inledande perioden 1/3–31/5 2028 betalar nämnden 60 000 kr (tre månader).');
    expect(share(a, PUBLIC)).toBe(240000);
    expect(a.warnings.some((w) => w.field === 'contributions' && /del av ett år/u.test(w.message))).toBe(true);
  });

  test('the months of a monthly amount in parentheses are its count, no part year', () => {
    const a = read('Nämnden bidrar med 30 000 kronor per månad under fem månader (fem månader per säsong) och föreningen med 60 000 kronor per år.');
    expect(share(a, PUBLIC)).toBe(150000);
    expect(a.warnings.some((w) => /del av ett år/u.test(w.message))).toBe(false);
  });
});

describe("minutes: a decided amount per a period is read when its year's amount is", () => {
  test('"att bevilja … per halvår" beside the case\'s yearly amount leaves no "not read" warning', () => {
    const text = `EKBY KOMMUN                                        PROTOKOLL
Fritidsnämnden                                     Sammanträdesdatum 2028-05-14

§ 41   Dnr FN 2028/77

Idéburet offentligt partnerskap – Kvällsöppet Ekby

Beslut

Fritidsnämnden beslutar

att  ingå överenskommelse om idéburet offentligt partnerskap med Föreningen
     Ekbyungdom, org.nr 802477-1787, om Kvällsöppet Ekby,

att  bevilja föreningen ett bidrag om 150 000 kronor per halvår.

Ekonomi

Nämnden betalar 150 000 kronor per halvår, det vill säga 300 000 kronor per år.
Föreningen bidrar med ideellt arbete värderat till 90 000 kronor per år.
Ekby kommun har org.nr 212000-0142.
`;
    const a = toContractJson(importText(text, 'x.txt')).agreements[0];
    expect(share(a, PUBLIC)).toBe(300000);
    expect(a.warnings.filter((w) => /inte lästes in/u.test(w.message))).toEqual([]);
  });
});
