import { importText, toContractJson } from '../../../src/import';
import { isInstalment, periodsPerYear } from '../../../src/import/economy/period';
import { groupIn } from '../../../src/import/economy/collective';
import type { PartyInfo } from '../../../src/import/fields/parties';
import { PAYMENT_DUE_LABEL } from '../../../src/import/economy/vocabulary';

/**
 * Amounts written in prose per a period shorter than a year (per kvartal × 4, per vecka under N veckor × N) made
 * yearly and confirmed by the stated yearly total; a payment schedule's dated lines are no items; a side named as a
 * group ("Föreningarna bidrar tillsammans med …") pays jointly. Documents written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));
const sector = (a: ReturnType<typeof agreement>, s: 'public' | 'civil') =>
  a.contributions.filter((c) => a.parties.find((p) => p.name === c.party)?.sector === s).reduce((t, c) => t + c.annualAmount, 0);

const THREE = `ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP – Mötesplats Åsen

1 § PARTER

   a) Tranås kommun genom socialnämnden, org.nr 212000-0563, nedan Kommunen,
   b) Föreningen Grannstöd Åsen, org.nr 802400-1236,
   c) Tranås Seniorförening, org.nr 802400-1244, och
   d) Föreningen Kaffestugan, org.nr 802400-1251.

Parterna under b)–d) benämns gemensamt Föreningarna.

2 § AVTALSPERIOD

Överenskommelsen gäller från och med den 1 januari 2027 till och med den 31 december 2028.
`;

describe('amounts per kvartal and per månad in prose, confirmed by the yearly value', () => {
  const ECONOMY = `${THREE}
3 § EKONOMI

Kommunen betalar ett bidrag om 60 000 kronor per kvartal till Föreningarna. Kommunen upplåter dessutom en lokal;
lokalen värderas till 5 000 kronor per månad.

Föreningarna bidrar tillsammans med ideellt arbete om cirka 1 000 timmar per år, värderat till 200 kronor per timme.
Tranås Seniorförening bidrar därutöver med 30 000 kronor per år i kontanta medel.

Partnerskapets årliga värde: 530 000 kronor.

Betalningsplan för Kommunens bidrag (betalas till Föreningen Grannstöd Åsen, bankgiro 5512-0934):

   senast 31 januari     60 000 kr
   senast 30 april       60 000 kr
   senast 31 juli        60 000 kr
   senast 31 oktober     60 000 kr
`;

  test('× 4 and × 12 are the public side; the group pays the hours; the schedule adds nothing', () => {
    const a = agreement(ECONOMY);
    expect(sector(a, 'public')).toBe(240000 + 60000);
    expect(sector(a, 'civil')).toBe(200000 + 30000);
    expect(a.annualTotal).toBe(530000);
    expect(a.obtained.annualTotal).toBe('reconciled');
    expect(a.costItems.some((c) => /januari|april/i.test(c.label))).toBe(false);
    expect(a.warnings).toContainEqual(expect.objectContaining({ code: 'INFERRED', field: 'contributions', message: expect.stringContaining('per kvartal') }));
    // The group's amount stands on one of its parties, with a warning naming all of them.
    expect(a.warnings).toContainEqual(expect.objectContaining({ code: 'AMBIGUOUS', field: 'contributions', message: expect.stringContaining('gemensamt') }));
  });

  test('other ways to write the same: "i kvartalet", "per vecka under 30 veckor", a schedule by quarter', () => {
    const a = agreement(
      ECONOMY.replace('60 000 kronor per kvartal', '60 000 kr i kvartalet')
        .replace('5 000 kronor per månad', '2 000 kronor per vecka under 30 veckor')
        .replace('530 000', '530 000')
        .replace(/senast 31 januari|senast 30 april|senast 31 juli|senast 31 oktober/g, (m) => ({ 'senast 31 januari': 'Kvartal 1', 'senast 30 april': 'Kvartal 2', 'senast 31 juli': 'Kvartal 3', 'senast 31 oktober': 'Kvartal 4' })[m] as string),
    );
    expect(sector(a, 'public')).toBe(300000);
    expect(a.annualTotal).toBe(530000);
    expect(a.costItems.some((c) => /kvartal/i.test(c.label))).toBe(false);
  });

  test('an instalment of a stated yearly amount is not counted again', () => {
    const a = agreement(
      ECONOMY.replace('Kommunen betalar ett bidrag om 60 000 kronor per kvartal till Föreningarna.', 'Kommunen betalar ett bidrag om 240 000 kronor per år, som betalas ut med 60 000 kronor per kvartal.'),
    );
    expect(sector(a, 'public')).toBe(300000);
  });

  test('"med 10 000 kronor per år vardera": each of the group pays it, no warning about a split', () => {
    const a = agreement(ECONOMY.replace('Tranås Seniorförening bidrar därutöver med 30 000 kronor per år i kontanta medel.', 'Föreningarna bidrar därutöver med 10 000 kronor per år vardera i kontanta medel.'));
    expect(amounts(a)['Föreningen Kaffestugan']).toBe(10000);
    expect(amounts(a)['Tranås Seniorförening']).toBe(10000);
    expect(sector(a, 'civil')).toBe(230000);
  });

  test('"De idéburna parterna bidrar gemensamt med" is the same group', () => {
    const a = agreement(ECONOMY.replace('Föreningarna bidrar tillsammans med', 'De idéburna parterna bidrar gemensamt med'));
    expect(sector(a, 'civil')).toBe(230000);
  });

  test('paid to the group is not paid by it', () => {
    const a = agreement(ECONOMY);
    expect(amounts(a)['Tranås kommun']).toBe(300000);
  });
});

describe('two municipalities named together', () => {
  const DOC = `Överenskommelse om idéburet offentligt partnerskap – Anhörigstöd i dalen

Parter
1. Leksands kommun, genom socialnämnden, organisationsnummer 212000-2171.
2. Rättviks kommun, genom omsorgsnämnden, organisationsnummer 212000-2189.
3. Föreningen Anhörigvänner i Dalen, organisationsnummer 802400-1269.

Avtalstid
Överenskommelsen gäller 2027-01-01 – 2028-12-31.

Ekonomi
Leksands kommun bidrar med 300 000 kronor per år. Rättviks kommun bidrar med 30 000 kronor per kvartal.
Föreningen bidrar med ideellt arbete värderat till 150 000 kronor per år. Partnerskapets totala värde är 570 000 kronor per år.
`;

  test('both municipalities count as the public side', () => {
    const a = agreement(DOC);
    expect(amounts(a)).toEqual({ 'Leksands kommun': 300000, 'Rättviks kommun': 120000, 'Föreningen Anhörigvänner i Dalen': 150000 });
    expect(a.obtained.annualTotal).toBe('reconciled');
  });

  test('"Kommunerna bidrar gemensamt med" is warned, and the public side is still their sum', () => {
    const a = agreement(DOC.replace('Leksands kommun bidrar med 300 000 kronor per år. Rättviks kommun bidrar med 30 000 kronor per kvartal.', 'Kommunerna bidrar gemensamt med 420 000 kronor per år.'));
    expect(sector(a, 'public')).toBe(420000);
    expect(a.warnings).toContainEqual(expect.objectContaining({ code: 'AMBIGUOUS', field: 'contributions' }));
  });
});

describe('premises lent in one sentence and valued in the next', () => {
  const DOC = `Överenskommelse om idéburet offentligt partnerskap – Härbärget i Backe

Mellan Strömsunds kommun, org.nr 212000-2460, genom socialnämnden, nedan kallad kommunen, och Stiftelsen Nattljuset i
Strömsund, org.nr 802400-1327, nedan kallad stiftelsen, har följande överenskommelse träffats.

Giltighet
Överenskommelsen gäller från och med den 1 januari 2027 till och med den 31 december 2028.

Ekonomi
Kommunen betalar ett bidrag till stiftelsen om 20 000 kronor per månad. Därutöver upplåter kommunen den före detta
skolan i Backe till härbärget utan kostnad för stiftelsen. Lokalen har värderats till 96 000 kronor per år, vilket
motsvarar marknadshyran.

Stiftelsen bidrar med volontärinsatser om cirka 1 000 timmar per år, som parterna värderar till 180 kronor per timme.
`;

  test.each([
    ['Lokalen har värderats till 96 000 kronor per år, vilket'],
    ['Lokalerna värderas till 96 000 kronor per år, vilket'],
    ['Hyresvärdet beräknas till 96 000 kronor per år, vilket'],
  ])('"%s" is the lender\'s', (sentence) => {
    const a = agreement(DOC.replace('Lokalen har värderats till 96 000 kronor per år, vilket', sentence));
    expect(amounts(a)['Strömsunds kommun']).toBe(240000 + 96000);
    expect(amounts(a)['Stiftelsen Nattljuset i Strömsund']).toBe(180000);
  });
});

describe('the rules alone', () => {
  test('periods per year', () => {
    expect(periodsPerYear(' kronor per kvartal')?.factor).toBe(4);
    expect(periodsPerYear(' kr/kvartal')?.factor).toBe(4);
    expect(periodsPerYear(' kr per vecka under 34 veckor')?.factor).toBe(34);
    expect(periodsPerYear(' kr i veckan i trettio veckor')?.factor).toBe(30);
    expect(periodsPerYear(' kr per vecka')).toBeNull();
    expect(periodsPerYear(' kr per år')).toBeNull();
  });

  test('instalments', () => {
    expect(isInstalment('Kommunen betalar 112 500 kronor per kvartal till föreningen.', false)).toBe(false);
    expect(isInstalment('Bidraget betalas ut med 105 000 kr per kvartal.', false)).toBe(true);
    expect(isInstalment('Bidraget om 420 000 kr per år betalas ut med 105 000 kr per kvartal.', false)).toBe(true);
    expect(isInstalment('40 000 kr per kvartal (utbetalas kvartalsvis i förskott)', true)).toBe(false);
  });

  test('payment schedule labels', () => {
    for (const l of ['senast 31 januari', 'Den 30 april 2027', '2027-01-31', 'Kvartal 1', 'Q3', '1:a kvartalet', 'januari–mars', 'Utbetalning 2', 'Första utbetalningen', 'senast den 31 oktober']) {
      expect(PAYMENT_DUE_LABEL.test(l)).toBe(true);
    }
    for (const l of ['Lokalhyra', 'Ideellt arbete', 'Samordnare 50 %', 'Material för kvartalsträffar']) expect(PAYMENT_DUE_LABEL.test(l)).toBe(false);
  });

  test('groups', () => {
    const p = (name: string, sector: 'public' | 'civil'): PartyInfo => ({ name, sector, orgNumber: null, unit: null, aliases: [] });
    const parties = [p('Mora kommun', 'public'), p('Orsa kommun', 'public'), p('Föreningen A', 'civil'), p('Föreningen B', 'civil')];
    expect(groupIn('Föreningarna bidrar', parties)?.parties.map((x) => x.name)).toEqual(['Föreningen A', 'Föreningen B']);
    expect(groupIn('De två kommunerna står', parties)?.parties.map((x) => x.name)).toEqual(['Mora kommun', 'Orsa kommun']);
    expect(groupIn('Kommunen betalar till föreningarna', parties)).toBeNull();
    expect(groupIn('Föreningarna bidrar', parties.slice(0, 3))).toBeNull();
  });
});
