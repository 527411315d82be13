import { importText, toContractJson } from '../../../src/import';

/**
 * Minutes whose "att"-clause names the counterpart at the start of the next line ("… partnerskap med" /
 * "Föreningen X, organisationsnummer …"): the non-profit is still the civil party (src/import/fields/parties.ts,
 * PARTNERSHIP_WITH). An extract written for this test.
 */
test.each([
  ['att Broby stad, genom socialnämnden, ingår ett idéburet offentligt partnerskap med\nFöreningen Hamnens Vänner, organisationsnummer 802011-4578, om verksamheten\nHamnträffen under perioden 2027-07-01 – 2029-06-30,'],
  ['att socialnämnden ingår en överenskommelse med\nFöreningen Hamnens Vänner, organisationsnummer 802011-4578, om Hamnträffen\nunder perioden 2027-07-01 – 2029-06-30,'],
])('%s', (clause) => {
  const text = `BROBY STAD\tUTDRAG UR PROTOKOLL\tSida 3

Kommunfullmäktige\tSammanträdesdatum 2027-05-24

§ 12 Dnr KS 2027/0011

Idéburet offentligt partnerskap om Hamnträffen

Beslut
Kommunfullmäktige beslutar

${clause}

att socialnämnden för partnerskapet tillförs 500 000 kronor per år.

Beslutsunderlag
Kommunstyrelsens protokoll 2027-05-08, § 112
`;
  const a = toContractJson(importText(text, 'x.txt')).agreements[0];
  expect(a.parties.filter((p: { sector: string }) => p.sector === 'civil').map((p: { name: string; orgNumber: string | null }) => [p.name, p.orgNumber])).toEqual([
    ['Föreningen Hamnens Vänner', '802011-4578'],
  ]);
});

/**
 * A memo's clause that names the partnership after "om" and breaks the line inside that name ("… partnerskap om
 * Läsbussen" / "Lerbo med Föreningen X, org.nr …"), and minutes whose clause names both parties after "mellan", each
 * with its number in bare parentheses: the non-profit and both numbers are read. Extracts written for these tests.
 */
const MEMO = (clause: string) => `LERBO KOMMUN                                  TJÄNSTESKRIVELSE
Kulturförvaltningen                          2028-01-20

Kulturnämnden

Idéburet offentligt partnerskap – Läsbussen Lerbo

Förslag till beslut

Kulturnämnden i Lerbo kommun beslutar

${clause}

Ekonomi

Nämnden bidrar med 120 000 kronor per år.
`;

test('"partnerskap om X" with the name broken over two lines, then "med" the non-profit', () => {
  const clause = 'att ingå överenskommelse om idéburet offentligt partnerskap om Läsbussen\nLerbo med Föreningen Bokvännerna i Lerbo, org.nr 802633-1549, för\nperioden 2028-03-01 – 2029-12-31.';
  const a = toContractJson(importText(MEMO(clause), 'x.txt')).agreements[0];
  expect(a.parties.map((p: { name: string; orgNumber: string | null; sector: string }) => [p.name, p.orgNumber, p.sector])).toEqual([
    ['Lerbo kommun', null, 'public'],
    ['Föreningen Bokvännerna i Lerbo', '802633-1549', 'civil'],
  ]);
});

test('"mellan A (nummer) genom nämnden och B (nummer), enligt bilaga": both parties and both numbers', () => {
  const clause = 'att ingå överenskommelse om idéburet offentligt partnerskap, Läsbussen Lerbo, mellan Lerbo kommun (212000-9739) genom kulturnämnden och Lerbo Bokkooperativ ekonomisk förening (769912-4082), enligt bilaga 1.';
  const a = toContractJson(importText(`${MEMO(clause)}Kooperativet bidrar med ideellt arbete värderat till 60 000 kronor per år.\n`, 'x.txt')).agreements[0];
  expect(a.parties.map((p: { name: string; orgNumber: string | null; sector: string }) => [p.name, p.orgNumber, p.sector])).toEqual([
    ['Lerbo kommun', '212000-9739', 'public'],
    ['Lerbo Bokkooperativ ekonomisk förening', '769912-4082', 'civil'],
  ]);
  // "Kooperativet": the kind a word of its name ends in names the only non-profit among the parties.
  expect(a.contributions.map((c: { party: string; annualAmount: number }) => [c.party, c.annualAmount])).toEqual([
    ['Lerbo kommun', 120000],
    ['Lerbo Bokkooperativ ekonomisk förening', 60000],
  ]);
});
