import { importText, toContractJson } from '../../../src/import';

/**
 * An appendix printed for information only ("Bilaga 2 – Föreningens budget 2027 (för kännedom)", "ingår inte i
 * överenskommelsen") holds an organisation's whole budget, not the partnership's economy (economy/read.ts,
 * economyRanges). Documents written for these tests.
 */
const AGREEMENT = (appendixHeading: string, economyHeading = '§ 6 Ekonomi') => `Överenskommelse om idéburet offentligt partnerskap
Mötesplats Älvdalen

§ 1 Parter
Älvby kommun, socialnämnden, org.nr 212000-0001, nedan kallad kommunen
Föreningen Älvens Vänner, org.nr 802400-0001, nedan kallad föreningen

${economyHeading}
Kommunen bidrar med 300 000 kronor per år. Föreningen bidrar med ideellt arbete värt 120 000 kronor per år.

§ 7 Avtalstid
Överenskommelsen gäller 2027-01-01 – 2028-12-31.

${appendixHeading}

Intäkter\tBelopp
Kommunen, IOP\t300 000
Region Dalarna, projektbidrag\t640 000
Grannkommunen, föreningsbidrag\t85 000
Medlemsavgifter\t40 000
Summa intäkter\t1 065 000
`;

describe('an appendix for information is not the economy', () => {
  test.each([
    'Bilaga 2 – Föreningens budget för 2027 (för kännedom)',
    'Bilaga 2. Föreningens totala budget 2027 – bifogas för information',
    'Bilaga 3 Budget för föreningens hela verksamhet (ingår inte i överenskommelsen)',
    'Bilaga 2: Föreningens ekonomi 2027, utgör inte en del av avtalet',
  ])('"%s": the parties\' amounts are the economy section\'s', (heading) => {
    const a = toContractJson(importText(AGREEMENT(heading), 'x.txt')).agreements[0];
    expect(a.contributions.map((c) => [c.party, c.annualAmount])).toEqual([
      ['Älvby kommun', 300000],
      ['Föreningen Älvens Vänner', 120000],
    ]);
    expect(a.annualTotal).not.toBe(1065000);
    expect(a.warnings.filter((w) => w.message.includes('640'))).toEqual([]);
  });

  test('without an economy section, the rest of the document is read and the appendix is still left out', () => {
    const a = toContractJson(importText(AGREEMENT('Bilaga 2 – Föreningens budget för 2027 (för kännedom)', '§ 6 Åtaganden'), 'x.txt')).agreements[0];
    expect(a.annualTotal).not.toBe(1065000);
    expect(a.warnings.filter((w) => w.message.includes('640'))).toEqual([]);
  });

  test('an appendix that is the economy is still read', () => {
    const a = toContractJson(importText(AGREEMENT('Bilaga 2 – Budget för partnerskapet', '§ 6 Åtaganden').replace(/Kommunen bidrar.*\n/, ''), 'x.txt')).agreements[0];
    expect(a.warnings.some((w) => w.message.includes('640'))).toBe(true);
  });
});
