import { importText, toContractJson } from '../../../src/import';

/**
 * Minutes that open with a meeting detail ("Plats och tid: …", "Tid och plats: …", "Sammanträdesdatum: …"): that
 * line is no title (MEETING_DETAIL in src/import/fields/name.ts); the decision clause names the partnership.
 * Documents written for these tests.
 */
const minutes = (opening: string) =>
  toContractJson(
    importText(
      `${opening}
Beslutande: 9 ledamöter

§ 12  Idéburet offentligt partnerskap om läxhjälp
Dnr 2027/41

Beslut
Nämnden beslutar
1. att ingå partnerskapet Läxhjälp Bro med Föreningen Trappan enligt förslag till överenskommelse.

Ärendet
Ale kommun, organisationsnummer 212000-0449. Föreningen Trappan, organisationsnummer 802412-3450.
Kommunens bidrag är 200 000 kronor per år. Överenskommelsen gäller 2027-01-01–2028-12-31.
`,
      'x.txt',
    ),
  ).agreements[0];

describe('a meeting detail at the top of minutes', () => {
  it.each([
    'Plats och tid: Kommunhuset, sal Eken, kl. 13.00–15.00',
    'Tid och plats: 2027-01-12 kl. 9.00, Stadshuset',
    'Sammanträdesdatum: 2027-01-12',
  ])('%s is no name', (opening) => {
    expect(minutes(opening).name).toBe('Läxhjälp Bro');
  });
});
