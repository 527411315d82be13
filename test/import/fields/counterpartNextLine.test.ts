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
