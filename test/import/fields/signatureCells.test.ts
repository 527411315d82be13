import { importText, toContractJson } from '../../../src/import';

/**
 * Parties named only in a signature table whose cells a Word reader joins with tabs on one line: each cell holds a
 * party's name, its number, a place and date and a signatory's title. The cell before a party's is another party's,
 * and no part of its name (src/import/fields/parties.ts: fromOrgNumbers). The documents are written here.
 */
const imported = (text: string) => toContractJson(importText(text, 'x.txt'));

const agreement = (signatures: string) => `Överenskommelse om idéburet offentligt partnerskap

Parterna anges i punkt 5.

1. Partnerskapet
Partnerskapet benämns Nattkaffet Norr och avser ett öppet nattkafé.

2. Ekonomi
Kommunen bidrar med 300 000 kronor per år. Föreningen bidrar med ideellt arbete värt 120 000 kronor per år.

3. Avtalstid
Överenskommelsen gäller 2029-01-01–2030-12-31.

5. Underskrifter

${signatures}
`;

describe('parties in a signature table', () => {
  it('names each party from its own cell, not from the cell before it', () => {
    const r = imported(
      agreement(
        'Norrbyns kommun genom socialnämnden Org.nr 212000-2585 Norrbyn den  2029  Socialnämndens ordförande\tFöreningen Nattkaffet i Norrbyn Org.nr 802537-1264 Norrbyn den  2029  Föreningens ordförande',
      ),
    );
    const parties = r.agreements[0].parties.map((p) => [p.name, p.orgNumber, p.sector]);
    expect(parties).toEqual([
      ['Norrbyns kommun', '212000-2585', 'public'],
      ['Föreningen Nattkaffet i Norrbyn', '802537-1264', 'civil'],
    ]);
  });

  it('still reads a party table whose number stands in a cell of its own', () => {
    const r = imported(agreement('Norrbyns kommun genom socialnämnden\tOrg.nr 212000-2585\nFöreningen Nattkaffet i Norrbyn\tOrg.nr 802537-1264'));
    expect(r.agreements[0].parties.map((p) => [p.name, p.orgNumber])).toEqual([
      ['Norrbyns kommun', '212000-2585'],
      ['Föreningen Nattkaffet i Norrbyn', '802537-1264'],
    ]);
  });
});
