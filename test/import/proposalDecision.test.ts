import { importText, toContractJson } from '../../src/import';
import { blankStruckClauses } from '../../src/import/text/struck';

/**
 * A proposal followed by the decision that changes it: the decided figures replace the proposed ones, a total
 * stated as decided wins, a struck clause is not read, and a "Parter" section names a party without its number.
 * The documents are written for these tests.
 */
const imported = (text: string) => toContractJson(importText(text, 'x.txt'));
const agreement = (text: string) => imported(text).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));
const warnedOn = (text: string, field: string) => imported(text).agreements[0].warnings.some((w) => w.field === field);

const proposal = (economy: string, decision: string) => `IDROTTSFÖRENINGEN FJÄLLBACKA
Org.nr 802455-1114

FÖRSLAG TILL ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP
Kvällsidrott Fjällbacka

1. Parter

Tanums kommun, genom kultur- och fritidsnämnden (nedan kommunen)
Idrottsföreningen Fjällbacka, org.nr 802455-1114 (nedan föreningen)


2. Syfte

Föreningen vill ordna kvällsidrott för unga i samarbete med kommunen.


3. Ekonomi (belopp per år)

${economy}


4. Avtalstid

Vi föreslår att överenskommelsen gäller från 2029-01-01 till 2030-12-31.


För Idrottsföreningen Fjällbacka
Anna Berg, ordförande

------------------------------------------------------------

TANUMS KOMMUN
Kultur- och fritidsnämnden
Org.nr 212000-1355

PROTOKOLLSUTDRAG
Sammanträdesdatum: 2029-11-20

§ 12  Förslag till överenskommelse om idéburet offentligt partnerskap, Kvällsidrott Fjällbacka

Beslut

${decision}

Vid protokollet
Eva Ström`;

const economy = `3.1 Kommunens insatser
  - Bidrag till ledare: 200 000 kr
  - Hallhyra, värderad till 60 000 kr

3.2 Föreningens insatser
  - Ideellt arbete: 500 timmar à 200 kr = 100 000 kr

Partnerskapets värde blir enligt förslaget 360 000 kr per år.

3.3 Vi föreslår att kommunens bidrag räknas upp med 2 % per år.`;

describe('a proposal and the decision that changes it', () => {
  test('"fastställs till X (i stället för föreslagna Y)": the decided figure replaces the proposed item; the decided total wins', () => {
    const a = agreement(
      proposal(
        economy,
        `Nämnden beslutar att godkänna förslaget med följande ändringar:

  1. Kommunens bidrag till ledare fastställs till 180 000 kr per år
     (i stället för föreslagna 200 000 kr).

Partnerskapets värde blir därmed 340 000 kr per år, varav kommunens insatser 240 000 kr och föreningens 100 000 kr.`,
      ),
    );
    expect(a.costItems.map((it) => it.annualAmount)).toEqual([180000, 60000, 100000]);
    expect(a.annualTotal).toBe(340000);
    expect(amounts(a)).toEqual({ 'Tanums kommun': 240000, 'Idrottsföreningen Fjällbacka': 100000 });
  });

  test('"höjs till X" after a proposal, without a decided total: the proposal\'s total is dropped with a warning, the items\' sum stands', () => {
    const text = proposal(economy, `Nämnden beslutar att godkänna förslaget, med den ändringen att hallhyran höjs till 80 000 kr per år.`);
    const a = agreement(text);
    expect(a.costItems.map((it) => it.annualAmount)).toEqual([200000, 80000, 100000]);
    expect(a.annualTotal).toBe(380000);
    expect(warnedOn(text, 'annualTotal')).toBe(true);
  });

  test('a decided figure that names no proposed item is warned on, not placed', () => {
    const text = proposal(economy, `Nämnden beslutar att godkänna förslaget med den ändringen att ett startbidrag fastställs till 25 000 kr.`);
    expect(warnedOn(text, 'annualTotal')).toBe(true);
    expect(warnedOn(text, 'contributions')).toBe(true);
  });

  test('the kommun listed without its number in "1. Parter" is a party; its number is the minutes\' labelled one', () => {
    const a = agreement(proposal(economy, 'Nämnden beslutar att godkänna förslaget.'));
    expect(a.parties.map((p) => [p.name, p.orgNumber, p.sector])).toEqual([
      ['Tanums kommun', '212000-1355', 'public'],
      ['Idrottsföreningen Fjällbacka', '802455-1114', 'civil'],
    ]);
  });
});

describe('a struck clause', () => {
  test('"Punkt 3.3 utgår" with "räknas inte upp": no indexation', () => {
    const a = agreement(proposal(economy, 'Nämnden beslutar att godkänna förslaget med följande ändring:\n\n  1. Punkt 3.3 utgår. Kommunens bidrag räknas inte upp under avtalstiden.'));
    expect(a.indexation).toBeNull();
  });

  test('"§ 6 stryks": the clause and its sub-clauses are blanked, offsets kept; the next clause is read', () => {
    const text = '§ 6 Uppräkning\nBidraget räknas upp med 2 %.\n6.1 Basår är 2028.\n§ 7 Avtalstid\nGäller 2029.\n\nBeslut: § 6 stryks.';
    const out = blankStruckClauses(text);
    expect(out.length).toBe(text.length);
    expect(out).not.toMatch(/räknas upp|Basår/);
    expect(out).toContain('§ 7 Avtalstid');
    expect(out).toContain('§ 6 stryks');
  });

  test('a clause after the striking words, or a number no clause opens, is left alone', () => {
    const text = 'Beslut: punkt 4.2 utgår.\n\n4.2 Föreningen redovisar varje år.';
    expect(blankStruckClauses(text)).toBe(text);
    expect(blankStruckClauses('6.1 Text.\nPunkt 9.9 utgår.')).toBe('6.1 Text.\nPunkt 9.9 utgår.');
  });

  test('"utgår" as paid out ("ersättning enligt punkt 5.2 utgår med …") strikes nothing', () => {
    const text = '5.2 Kommunens bidrag\nKommunen bidrar med 300 000 kr per år.\n\n6. Utbetalning\nErsättningen enligt punkt 5.2 utgår med 75 000 kr per kvartal.';
    expect(blankStruckClauses(text)).toBe(text);
    expect(blankStruckClauses(text.replace('utgår med 75 000 kr per kvartal.', 'utgår kvartalsvis i förskott.'))).toContain('300 000 kr');
    // Struck, with what it is struck from after it.
    expect(blankStruckClauses('5.2 Bidraget räknas upp.\nBeslut: punkt 5.2 utgår ur förslaget.')).not.toContain('räknas upp');
  });
});
