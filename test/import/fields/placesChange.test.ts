import { importText, toContractJson } from '../../../src/import';

/**
 * Places in an amendment or a memo that changes them (src/import/fields/places.ts, CHANGE and PART_OR_OLD): in
 * "från X till Y" the new number Y is the agreement's; "varav N platser" is a part of the whole and "tidigare N
 * platser" the old number, neither of them the number of places. Texts written for these tests.
 */
const PARTIES = `Parter
Lekebergs kommun genom vård- och omsorgsnämnden, organisationsnummer 212000-1892.
Föreningen Solgläntan, organisationsnummer 802455-1114.`;

const ECONOMY = `Ekonomi
Vård- och omsorgsnämnden bidrar med 300 000 kr per år och Föreningen Solgläntan med 120 000 kr per år. Partnerskapets sammanlagda värde är 420 000 kr per år.`;

const agreement = (sentence: string) => toContractJson(importText(`Tillägg nr 2 till överenskommelse om Dagträffen Solgläntan\n\n${PARTIES}\n\n${ECONOMY}\n\nÄndringar\n${sentence}`, 'x.txt')).agreements[0];
const placeWarnings = (a: { warnings: { code: string; field?: string }[] }) => a.warnings.filter((w) => w.field === 'places').map((w) => w.code);

test.each([
  ['Genom detta tillägg utökas antalet dagplatser från 10 till 14, varav 4 platser är avsedda för personer med demens.', 14],
  ['Antalet platser höjs från tolv till sexton från och med den 1 mars.', 16],
  ['Platserna minskas från 20 platser till 16 platser när lokalen byggs om.', 16],
  ['Verksamheten har 22 platser (tidigare 18 platser).', 22],
  ['Dagträffen har 15 platser för barn från 6 till 12 år.', 15],
])('%s', (sentence, n) => {
  const a = agreement(sentence);
  expect(a.places).toBe(n);
  expect(placeWarnings(a)).toEqual([]);
});

test('only a part ("varav 4 platser") is no number of places: left empty, with a warning that quotes it', () => {
  const a = agreement('Av verksamhetens platser är det fler än förut, varav 4 platser är avsedda för personer med demens.');
  expect(a.places).toBeNull();
  expect(a.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'MISSING_FIELD', field: 'places', message: expect.stringContaining('4 platser') })]));
});
