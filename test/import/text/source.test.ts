import { importText, toContractJson } from '../../../src/import';
import { buildSource } from '../../../src/import/text/source';

/**
 * The text every field is read from (`buildSource`): a justified PDF column whose text layer turned the widest
 * space of a paragraph's first line into a tab, and names hyphenated at a line's end. The documents are written
 * for these tests.
 */
describe('a paragraph\'s first line with a tab that the next line carries on', () => {
  test('is prose: "… ingås mellan<tab>Eksjö" / "kommun, genom …"', () => {
    const doc = buildSource('1. Parter\nDenna överenskommelse ingås mellan\tEksjö\nkommun, genom socialnämnden, organisations-\nnummer 212000-2312.\n');
    expect(doc.lines[1].cells).toBeNull();
  });

  test('a table row whose cell wraps stays a row: the line after the wrapped one is a row too', () => {
    const doc = buildSource('Ekonomi\nLokalhyra för mötesplatsen i centrum\tKommunen\ninklusive el och värme\nMaterial\tFöreningen\n');
    expect(doc.lines[1].cells).toEqual(['Lokalhyra för mötesplatsen i centrum', 'Kommunen']);
  });

  test('a two-column page: the parties found and the non-profit\'s hyphenated name joined', () => {
    const text = `Överenskommelse om idéburet offentligt partnerskap

Träffpunkt Hult

1. Parter
Denna överenskommelse ingås mellan\tEksjö
kommun, genom socialnämnden, organisations-
nummer 212000-2312, och Föreningen Hult-
bygdens Vänner, organisationsnummer 802530-
9181, nedan kallade kommunen respektive föreningen.

2. Ekonomi
Kommunen\tbidrar med 300 000 kronor per år och
föreningen med ideellt arbete värderat till 120 000 kronor per år.
`;
    const a = toContractJson(importText(text, 'x.pdf')).agreements[0];
    expect(a.parties.map((p) => [p.name, p.orgNumber])).toEqual([
      ['Eksjö kommun', '212000-2312'],
      ['Föreningen Hultbygdens Vänner', '802530-9181'],
    ]);
    expect(a.contributions.map((c) => c.annualAmount)).toEqual([300000, 120000]);
  });
});
