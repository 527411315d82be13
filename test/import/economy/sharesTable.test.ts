import { importText, toContractJson } from '../../../src/import';

/**
 * A cost budget whose lines name no party (KSEK with decimals), and a second table that splits it between the parties
 * in percent ("Part | Andel"): each party's share is worked out from the total by the same arithmetic as a split in a
 * sentence (prose.ts, percentShares), computed and UNCONFIRMED. The documents are written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));
const codes = (a: ReturnType<typeof agreement>) => a.warnings.map((w) => `${w.code}:${w.field ?? ''}`);

const BUDGET = `Gemensamma kostnader per år (KSEK):
Kostnadsslag\tKSEK
Samordnare 1,0 åa inkl. PO\t612,4
Lokal\t180,0
Material och resor\t57,6
Summa\t850,0`;

const doc = (shares: string, between = 'Kostnaderna fördelas mellan parterna enligt följande:') => `Överenskommelse om idéburet offentligt partnerskap – Verkstan

Parter
Tjörns kommun, org.nr 212000-1405, genom socialnämnden.
Föreningen Hamnvänner, org.nr 802511-2239.
Föreningen Sjöboden, org.nr 802633-4717.

Ekonomi
${BUDGET}

${between}

${shares}

Giltighet
Överenskommelsen gäller från och med 2026-02-01 till och med 2028-01-31.
`;

const THREE = 'Part\tAndel\nTjörns kommun\t60 %\nFöreningen Hamnvänner\t25 %\nFöreningen Sjöboden\t15 %';

describe('a table of the parties\' percentages of a budget whose lines name no party', () => {
  test('three parties, KSEK with decimals: shares worked out from the total, each UNCONFIRMED', () => {
    const a = agreement(doc(THREE));
    expect(a.annualTotal).toBe(850000);
    expect(amounts(a)).toEqual({ 'Tjörns kommun': 510000, 'Föreningen Hamnvänner': 212500, 'Föreningen Sjöboden': 127500 });
    expect(a.obtained).toMatchObject({ 'contributions[0]': 'computed', 'contributions[1]': 'computed', 'contributions[2]': 'computed' });
    expect(codes(a)).toEqual(expect.arrayContaining(['UNCONFIRMED:contributions[0]', 'UNCONFIRMED:contributions[1]', 'UNCONFIRMED:contributions[2]']));
  });

  test.each([
    ['"Finansiär | Andel av kostnaderna", role words, "procent"', 'Finansiär\tAndel av kostnaderna\nKommunen\t60 procent\nHamnvänner\t25 procent\nSjöboden\t15 procent'],
    ['decimals in the percentages, no header, no sentence before', 'Tjörns kommun\t60,0 %\nFöreningen Hamnvänner\t25,0 %\nFöreningen Sjöboden\t15,0 %'],
  ])('%s', (_, shares) => {
    const a = agreement(doc(shares, _.includes('no sentence') ? '' : 'Kostnaderna fördelas mellan parterna enligt följande:'));
    expect(amounts(a)).toEqual({ 'Tjörns kommun': 510000, 'Föreningen Hamnvänner': 212500, 'Föreningen Sjöboden': 127500 });
  });

  test('a percentage that rounds: half a krona up, once', () => {
    const a = agreement(doc('Part\tAndel\nTjörns kommun\t62,5 %\nFöreningen Hamnvänner\t25 %\nFöreningen Sjöboden\t12,5 %').replace('Summa\t850,0', 'Summa\t850,1').replace('57,6', '57,7'));
    expect(amounts(a)).toEqual({ 'Tjörns kommun': 531313, 'Föreningen Hamnvänner': 212525, 'Föreningen Sjöboden': 106263 });
  });

  test('percentages that do not add up to 100 give no shares', () => {
    const a = agreement(doc('Part\tAndel\nTjörns kommun\t60 %\nFöreningen Hamnvänner\t25 %\nFöreningen Sjöboden\t10 %'));
    expect(a.contributions).toEqual([]);
  });

  test('a row that names no party gives no shares', () => {
    const a = agreement(doc('Part\tAndel\nTjörns kommun\t60 %\nFöreningen Hamnvänner\t25 %\nArbetsförmedlingen\t15 %'));
    expect(a.contributions).toEqual([]);
  });

  test('a sentence with an amount of its own between the budget and the table ends the total\'s reach', () => {
    const a = agreement(doc(THREE, 'Därutöver söker föreningarna 40 000 kr från en stiftelse.'));
    expect(a.contributions.map((c) => c.annualAmount)).not.toContain(510000);
  });
});

/** The budget under its own heading, and the split under the next ("Budget" then "Finansiering"). */
const twoSections = (shares: string) => `Överenskommelse om idéburet offentligt partnerskap – Verkstan

Parter
Tjörns kommun, org.nr 212000-1405, genom socialnämnden.
Föreningen Hamnvänner, org.nr 802511-2239.
Föreningen Sjöboden, org.nr 802633-4717.

4. Budget
Partnerskapets kostnader per år (tkr):

Kostnad\ttkr per år
Samordnare\t600
Lokal och drift\t250
Summa\t850

5. Finansiering
Parterna bär kostnaderna enligt följande fördelning:

${shares}

6. Avtalstid
Överenskommelsen gäller från och med 2026-02-01 till och med 2028-01-31.
`;

describe('a table of shares in the section after the budget, and one a page break cut', () => {
  test('"Budget" then "Finansiering": the shares split the budget of the section before', () => {
    const a = agreement(twoSections(THREE));
    expect(amounts(a)).toEqual({ 'Tjörns kommun': 510000, 'Föreningen Hamnvänner': 212500, 'Föreningen Sjöboden': 127500 });
    expect(codes(a)).toEqual(expect.arrayContaining(['UNCONFIRMED:contributions[0]']));
  });

  test('a section between the budget and the shares: no split', () => {
    const text = twoSections(THREE).replace('5. Finansiering', '5. Lokaler\nVerksamheten bedrivs i hamnmagasinet.\n\n6. Finansiering');
    expect(agreement(text).contributions).toEqual([]);
  });

  test('a page break in the table: footer and letterhead between the rows, rows the new page set without columns, a name wrapped around its percentage', () => {
    const shares = [
      'Part\tAndel',
      'Tjörns kommun\t60 %',
      '',
      'Tjörns kommun · Växel 0304-60 10 00 · tjorn.se',
      '',
      'TJÖRNS KOMMUN · Socialförvaltningen · Dnr SN 2025/118',
      '',
      'Föreningen Hamnvänner 25 %',
      'Föreningen',
      '15 %',
      'Sjöboden',
      'Kommunen betalar sin andel kvartalsvis.',
    ].join('\n');
    const a = agreement(twoSections(shares));
    expect(amounts(a)).toEqual({ 'Tjörns kommun': 510000, 'Föreningen Hamnvänner': 212500, 'Föreningen Sjöboden': 127500 });
  });

  test('a sentence between the rows is no page break: the table ends, and two rows that do not add up give no shares', () => {
    const shares = ['Part\tAndel', 'Tjörns kommun\t60 %', 'Föreningen Hamnvänner\t25 %', '', 'Föreningarna redovisar sina timmar varje år.', '', 'Föreningen Sjöboden 15 %'].join('\n');
    expect(agreement(twoSections(shares)).contributions).toEqual([]);
  });
});
