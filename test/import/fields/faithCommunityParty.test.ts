import { importText, toContractJson } from '../../../src/import';
import { sectorOfNumber } from '../../../src/import/fields/parties';

/**
 * A parish or a registered trossamfund as the civil party (src/import/fields/parties.ts): its org number starts
 * with 252, which is civil society, not a public body; the denomination after its name ("…, Svenska kyrkan") is no
 * part of the name. Documents written for these tests.
 */
const agreement = (civilLine: string) =>
  toContractJson(
    importText(
      `Överenskommelse om idéburet offentligt partnerskap – Öppet hus Bro

Parter
1. Ale kommun, socialnämnden, organisationsnummer 212000-0449, nedan Kommunen.
2. ${civilLine}

Församlingen ingår överenskommelsen i egenskap av idéburen organisation.

Ekonomi
Kommunen bidrar med 200 000 kronor per år. Församlingens insats värderas till 150 000 kronor per år.

Giltighet
Överenskommelsen gäller 2027-01-01 – 2028-12-31.
`,
      'x.txt',
    ),
  ).agreements[0];

describe('a parish or trossamfund as the civil party', () => {
  test.each([
    ['Bro församling, Svenska kyrkan, organisationsnummer 252000-0015, nedan Församlingen.', 'Bro församling'],
    ['Bro pastorat, organisationsnummer 252000-0015, nedan Församlingen.', 'Bro pastorat'],
    ['Bro missionsförsamling, Equmeniakyrkan, organisationsnummer 252000-0015, nedan Församlingen.', 'Bro missionsförsamling'],
    ['Frälsningsarmén Bro kår, organisationsnummer 252000-0015, nedan Församlingen.', 'Frälsningsarmén Bro kår'],
  ])('%s', (line, name) => {
    const a = agreement(line);
    expect(a.parties.map((p: { name: string; sector: string; orgNumber: string | null }) => [p.name, p.sector, p.orgNumber])).toEqual([
      ['Ale kommun', 'public', '212000-0449'],
      [name, 'civil', '252000-0015'],
    ]);
  });

  test('the first digits of an org number', () => {
    expect(['202100-0076', '212000-0449', '222000-1354', '232100-0164', '252004-7362', '802011-4578', '769643-3056'].map(sectorOfNumber)).toEqual([
      'public', 'public', 'public', 'public', 'civil', 'civil', 'civil',
    ]);
  });

  test('a förening\'s name that goes on after a comma with no denomination keeps it', () => {
    const a = agreement('Föreningen Bro, Sverige, organisationsnummer 802011-4578, nedan Föreningen.');
    expect(a.parties[1].name).toBe('Föreningen Bro, Sverige');
  });
});
