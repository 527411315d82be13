import { importText, toContractJson } from '../../../src/import';

/**
 * An org number written with its century prefix 16 (src/import/text/source.ts dropCenturyPrefix): "16232100-0008",
 * "16 802412-3450" and "168024998877" are the numbers 232100-0008, 802412-3450 and 802499-8877. Only a legal entity's
 * number whose ten digits pass Luhn; a VAT number ("SE…01") is no prefixed number. Documents written for these tests.
 */
const agreement = (regionNumber: string, civilNumber: string) =>
  toContractJson(
    importText(
      `Överenskommelse om idéburet offentligt partnerskap – Trappsteget

Parter
Ale kommun, org.nr 212000-0449, genom socialnämnden.

Region Norrbacka, org.nr ${regionNumber}, genom regionstyrelsen.

Föreningen Trappan, org.nr ${civilNumber} (momsreg.nr SE802412345001), nedan Föreningen.

Ekonomi
Kommunen bidrar med 200 000 kronor per år. Föreningens insats värderas till 150 000 kronor per år.

Giltighet
Överenskommelsen gäller 2027-01-01 – 2028-12-31.
`,
      'x.txt',
    ),
  ).agreements[0];

describe('an org number with its century prefix 16', () => {
  it.each([
    ['16232100-0008', '16 802412-3450'],
    ['16 232100-0008', '168024123450'],
    ['162321000008', '16802412-3450'],
  ])('reads %s and %s as ten-digit numbers', (region, civil) => {
    const parties = agreement(region, civil).parties;
    expect(parties.map((p) => [p.name, p.orgNumber, p.sector])).toEqual([
      ['Ale kommun', '212000-0449', 'public'],
      ['Region Norrbacka', '232100-0008', 'public'],
      ['Föreningen Trappan', '802412-3450', 'civil'],
    ]);
  });

  it('leaves a twelve-digit number that fails Luhn as it is', () => {
    const parties = agreement('16232100-0009', '802412-3450').parties;
    expect(parties.find((p) => p.name === 'Region Norrbacka')?.orgNumber ?? null).toBeNull();
  });
});
