import { importText, toContractJson } from '../../../src/import';

/**
 * Validity and indexation as other municipalities write them (fields/validity.ts, dates.ts, extension.ts,
 * indexation.ts): an end from a duration without a verb, an end in words ("vid 2030 års utgång", "utgången av 2030",
 * "verksamhetsårets slut 2030", "årsskiftet 2029/2030"), "ett plus ett år" after a period of another length, and an
 * uplift tied to an index with only a bound or last year's outcome (no fixed rate). Documents written for these tests.
 */
const agreement = (period: string, index = '') => {
  const text = `Överenskommelse om idéburet offentligt partnerskap – Kvällsfika

Mellan Åstorps kommun (org.nr 212000-1231) och Föreningen Kvällsfika i Åstorp (org.nr 802433-7779) har följande överenskommelse träffats.

1. Ekonomi
Kommunen bidrar med 260 000 kronor per år. ${index}

2. Giltighetstid
${period}
`;
  return toContractJson(importText(text, 'x.txt')).agreements[0];
};
const warned = (a: ReturnType<typeof agreement>, field: string) => a.warnings.some((w) => w.field === field);

describe('an end from a duration', () => {
  test.each([
    ['Under tre år från och med 1 mars 2028.', '2028-03-01', '2031-02-28'],
    ['Överenskommelsen ska gälla i två år räknat från den 1 september 2027.', '2027-09-01', '2029-08-31'],
    ['Samarbetet pågår under en period om 36 månader från och med 2026-04-01.', '2026-04-01', '2029-03-31'],
    ['Avtalet gäller under en treårsperiod från den 1 januari 2027.', '2027-01-01', '2029-12-31'],
  ])('%s', (period, start, end) => {
    const a = agreement(period);
    expect(a.validity).toMatchObject({ start, end });
  });
});

describe('an end in words', () => {
  test.each([
    ['Avtalet gäller fr.o.m. 1 augusti 2028 och löper ut vid 2030 års utgång.', '2028-08-01', '2030-12-31'],
    ['Överenskommelsen gäller från den 1 april 2027 till och med utgången av 2029.', '2027-04-01', '2029-12-31'],
    ['Partnerskapet gäller från 2027-02-01 t.o.m. årsskiftet 2029/2030.', '2027-02-01', '2029-12-31'],
    ['Avtalet gäller från och med 1 mars 2027 till slutet av juni 2029.', '2027-03-01', '2029-06-30'],
    ['Överenskommelsen gäller från och med 1 januari 2028 till och med verksamhetsårets slut 2030. Verksamhetsåret är kalenderår.', '2028-01-01', '2030-12-31'],
  ])('%s', (period, start, end) => {
    const a = agreement(period);
    expect(a.validity).toMatchObject({ start, end });
    expect(warned(a, 'validity.end')).toBe(false);
  });

  test('the end of a verksamhetsår the document does not define is said as inferred', () => {
    const a = agreement('Överenskommelsen gäller från 1 januari 2028 till och med verksamhetsårets slut 2030.');
    expect(a.validity.end).toBe('2030-12-31');
    expect(warned(a, 'validity.end')).toBe(true);
  });

  test('the end of a verksamhetsår that runs July–June is not guessed', () => {
    const a = agreement('Överenskommelsen gäller från 1 juli 2028 till och med verksamhetsårets slut 2030. Verksamhetsåret löper från den 1 juli till den 30 juni.');
    expect(a.validity.end).not.toBe('2030-12-31');
  });

  test('a past end in the background is no period; a cap on the extensions is no end', () => {
    const a = agreement('Ett tidigare projektbidrag upphörde vid utgången av 2026. Partnerskapet gäller från 1 januari 2027 till 31 december 2028 och kan förlängas ett år i taget, dock längst till utgången av 2030.');
    expect(a.validity).toMatchObject({ start: '2027-01-01', end: '2028-12-31', extension: { years: 1, times: 2 } });
  });

  test('an end given only as a month is its last day, said as inferred', () => {
    const a = agreement('Avtalet gäller från och med 1 mars 2027 till och med juni 2029.');
    expect(a.validity.end).toBe('2029-06-30');
    expect(warned(a, 'validity.end')).toBe(true);
  });
});

describe('"ett plus ett år" after a period of another length', () => {
  test.each([
    ['Under tre år från och med 1 mars 2028. Sen kan vi köra ett plus ett år om båda vill.', { years: 1, times: 2 }],
    ['Avtalet gäller 2027-01-01 – 2029-12-31. Därefter finns 1+1 år om parterna är överens.', { years: 1, times: 2 }],
    ['Avtalstid 2+1+1 år, från 2027-01-01 till 2028-12-31.', { years: 1, times: 2 }],
  ])('%s', (period, extension) => {
    expect(agreement(period).validity.extension).toEqual(extension);
  });
});

describe('an uplift with no fixed rate is null with a warning', () => {
  const PERIOD = 'Avtalet gäller från 2027-01-01 till 2029-12-31.';
  test.each([
    'Bidraget räknas upp varje år enligt KPI, dock högst 3 %.',
    'Regionens belopp räknas upp enligt LPIK, dock lägst 1,5 procent.',
    'Bidraget räknas upp årligen med KPI, lägst 1 % och högst 3 %.',
    'Bidraget räknas upp med samma procentsats som kommunens ramuppräkning (för 2026 blev den 2,7 %).',
    'Bidraget räknas upp i takt med kommunens budgetuppräkning, som förra året var 2,1 procent.',
    'Bidraget räknas upp med högst 2 procent per år.',
  ])('%s', (index) => {
    const a = agreement(PERIOD, index);
    expect(a.indexation).toBeNull();
    expect(warned(a, 'indexation')).toBe(true);
  });

  test.each<[string, number]>([
    ['Bidraget räknas upp med 2 % per år (motsvarande KPI).', 0.02],
    ['Bidraget räknas upp med 2 procent per år. Kommunens allmänna ramuppräkning (2,6 % för 2026) gäller inte här.', 0.02],
    ['Bidraget räknas upp årligen med 2,5 procent.', 0.025],
  ])('a fixed rate stays: %s', (index, rate) => {
    const a = agreement(PERIOD, index);
    expect(a.indexation?.rate).toBe(rate);
    expect(a.warnings.filter((w) => w.field === 'indexation' && w.code === 'AMBIGUOUS')).toEqual([]);
  });
});

describe('an end that cannot be this period’s', () => {
  // A background sentence's money ends before the agreement starts; the period's own end is the one after the start.
  test('a grant that ended before the start is not the end', () => {
    const text = `Överenskommelse om idéburet offentligt partnerskap – Kvällsfika

Mellan Åstorps kommun (org.nr 212000-1231) och Föreningen Kvällsfika i Åstorp (org.nr 802433-7779).

Bakgrund
Föreningen fick projektmedel från länsstyrelsen som upphör vid utgången av 2026.

Ekonomi
Kommunen bidrar med 260 000 kronor per år.

Artikel 9 Avtalstid
Avtalet gäller från och med den 1 juli 2027 till och med den 30 juni 2030.
`;
    const a = toContractJson(importText(text, 'x.txt')).agreements[0];
    expect(a.validity).toMatchObject({ start: '2027-07-01', end: '2030-06-30' });
    expect(warned(a, 'validity.end')).toBe(false);
  });
});
