import { importText, toContractJson } from '../../../src/import';

/**
 * A period stated as a number of months from a start ("gäller i 24 månader från och med den 1 februari 2027") gives a
 * computed end; an extension per agreement year ("ett avtalsår i taget, dock högst tre gånger"); a season defined as
 * an agreement year ("En säsong motsvarar ett avtalsår") makes "en säsong i taget" one year at a time. The documents
 * are written for these tests.
 */
const validity = (clause: string, extra = '') => {
  const text = `Överenskommelse om idéburet offentligt partnerskap – Läsveckor

Mellan Kungsbacka kommun (org.nr 212000-1397) och Föreningen Läslust i Kungsbacka (org.nr 802433-7779) har följande överenskommelse träffats.

1. Ekonomi
Kommunen bidrar med 260 000 kronor per år.
${extra}
2. Giltighetstid
${clause}
`;
  const a = toContractJson(importText(text, 'x.txt')).agreements[0];
  return { ...a.validity, end: a.validity.end, how: a.obtained['validity.end'] };
};

describe('a period in months from a start', () => {
  test.each([
    ['Överenskommelsen gäller i 24 månader från och med den 1 februari 2027.', '2027-02-01', '2029-01-31'],
    ['Avtalet löper under 18 månader från 2026-07-01.', '2026-07-01', '2027-12-31'],
    ['Avtalstiden är tolv månader räknat från den 1 september 2026.', '2026-09-01', '2027-08-31'],
    ['Överenskommelsen gäller i två år från och med 2026-03-01.', '2026-03-01', '2028-02-29'],
  ])('%s', (clause, start, end) => {
    expect(validity(clause)).toMatchObject({ start, end, how: 'computed' });
  });
});

describe('extensions per agreement year or season', () => {
  test('"ett avtalsår i taget, dock högst tre gånger" → 1 × 3', () => {
    expect(validity('Överenskommelsen gäller 2027-01-01 – 2028-12-31. Den kan förlängas med ett avtalsår i taget, dock högst tre gånger.').extension).toEqual({ years: 1, times: 3 });
  });

  test('"en säsong i taget" where a season is defined as an agreement year → 1 × unlimited', () => {
    const extra = 'En säsong är perioden 1 oktober–30 april. En säsong motsvarar ett avtalsår.\n';
    expect(validity('Avtalet gäller 2026-10-01 – 2028-04-30. Avtalet kan förlängas med en säsong i taget.', extra).extension).toEqual({ years: 1, times: null });
  });

  test('"en säsong i taget" without saying how long a season is stays unknown', () => {
    expect(validity('Avtalet gäller 2026-10-01 – 2028-04-30. Avtalet kan förlängas med en säsong i taget.').extension).toBeNull();
  });
});
