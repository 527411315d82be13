import { readFileSync } from 'fs';
import { join } from 'path';
import { importDocument, importText, toContractJson } from '../../../src/import';
import { withoutRoles } from '../../../src/import/fields/partyRoles';
import { buildSource } from '../../../src/import/text/source';

jest.mock('../../../src/import/readers/pdfjsLoader', () => ({ loadPdfjs: () => jest.requireActual<typeof import('../pdfjsBridge')>('../pdfjsBridge').loadPdfjsThroughNode() }));

/**
 * A party table with a role column ("Offentlig part" / "Idéburen part"): the role is never part of a name, every row
 * is a party, and the address lines under a name belong to no name. The documents are written for these tests
 * (test/fixtures/partyRoles, and the texts below in the shapes the readers give).
 */
const DIR = join(__dirname, '../../fixtures/partyRoles');
const parties = (a: { parties: { name: string; orgNumber: string | null; sector: string; unit: string | null }[] }) =>
  a.parties.map((p) => [p.name, p.orgNumber, p.sector]);
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];

const EXPECTED = [
  ['Region Västernorrland', '232100-0214', 'public'],
  ['Friluftsfrämjandet Höga kusten', '802474-4412', 'civil'],
  ['Stiftelsen Naturskolan Härnösand', '817603-2244', 'civil'],
];

describe('a party table with a role column', () => {
  test.each(['pdf', 'docx'])('the role cell and the addresses leave the names whole (.%s)', async (ext) => {
    const file = `kustnara-friluftsliv.${ext}`;
    const [a] = toContractJson(await importDocument(file, new Uint8Array(readFileSync(join(DIR, file))))).agreements;
    expect(parties(a)).toEqual(EXPECTED);
    expect(a.parties[0].unit).toBe('Regionala utvecklingsnämnden');
    expect(a.contributions.map((c) => [c.party, c.annualAmount])).toEqual([
      ['Region Västernorrland', 500000],
      ['Friluftsfrämjandet Höga kusten', 120000],
      ['Stiftelsen Naturskolan Härnösand', 80000],
    ]);
  });

  const BODY = '\n\n1. Ekonomi\nRegionen bidrar med 500 000 kronor per år.\n';

  test('a PDF text layer: the role label between the lines of the name it stands beside', () => {
    const a = agreement(`Överenskommelse om idéburet offentligt partnerskap – Kustnära friluftsliv

Parter

Region Västernorrland, regionala
utvecklingsnämnden
Offentlig part
Org.nr 232100-0214
Box 225, 871 85 Härnösand
Friluftsfrämjandet Höga kusten
Idéburen part
Org.nr 802474-4412
Stiftelsen Naturskolan Härnösand
Idéburen part Org.nr 817603-2244${BODY}`);
    expect(parties(a)).toEqual(EXPECTED);
  });

  test('role cells before or after the name, with and without a colon', () => {
    const a = agreement(`Överenskommelse om idéburet offentligt partnerskap – Kustnära friluftsliv

Avtalsparter
Offentlig part:\tRegion Västernorrland, regionala utvecklingsnämnden, org.nr 232100-0214
Friluftsfrämjandet Höga kusten, org.nr 802474-4412\tIdéburen part
Den idéburna parten\tStiftelsen Naturskolan Härnösand, organisationsnummer 817603-2244${BODY}`);
    expect(parties(a)).toEqual(EXPECTED);
  });

  test('"Idéburen part: X" and "Offentlig part är X" as lines of prose', () => {
    const a = agreement(`Överenskommelse om idéburet offentligt partnerskap – Kustnära friluftsliv

Parter
Offentlig part är Region Västernorrland, org.nr 232100-0214.
Idéburen part: Friluftsfrämjandet Höga kusten, org.nr 802474-4412.
Idéburen part: Stiftelsen Naturskolan Härnösand, org.nr 817603-2244.${BODY}`);
    expect(parties(a)).toEqual(EXPECTED);
  });

  test('a role states the sector where the name alone would mislead ("… Region Norr" is a non-profit here)', () => {
    const a = agreement(`Överenskommelse om idéburet offentligt partnerskap – Läsfrämjande

Parter
Offentlig part\tMjölby kommun, org.nr 212000-2338
Idéburen part\tStudieförbundet Bildning Region Öst, org.nr 802461-5570${BODY}`);
    expect(parties(a)).toEqual([
      ['Mjölby kommun', '212000-2338', 'public'],
      ['Studieförbundet Bildning Region Öst', '802461-5570', 'civil'],
    ]);
  });

  test('numbered roles ("Part 1", "Part 2") are blanked too and say no sector', () => {
    const a = agreement(`Överenskommelse om idéburet offentligt partnerskap – Läsfrämjande

Parter
Part 1\tMjölby kommun, org.nr 212000-2338
Part 2\tFöreningen Läsglädje i Mjölby, org.nr 802490-1129${BODY}`);
    expect(parties(a)).toEqual([
      ['Mjölby kommun', '212000-2338', 'public'],
      ['Föreningen Läsglädje i Mjölby', '802490-1129', 'civil'],
    ]);
  });

  test('blanking keeps every offset; a line that holds an org number is never blanked as an address', () => {
    const doc = buildSource('Parter\nRegion Västernorrland\nOffentlig part\nAdress: Storgatan 10, org.nr 232100-0214');
    const { region, roles } = withoutRoles(doc, 0, doc.text.length);
    expect(region).toHaveLength(doc.prose.length);
    expect(region).not.toContain('Offentlig part');
    expect(region).toContain('232100-0214');
    expect(roles.map((r) => [doc.text.slice(r.start, r.end), r.sector])).toEqual([['Offentlig part', 'public']]);
  });
});
