import { importText, toContractJson } from '../../../src/import';
import { buildSource, sentences } from '../../../src/import/text/source';

/**
 * Swedish legal style repeats a number word in digits: "ett (1) år", "två (2) gånger", "sex (6) månaders
 * uppsägningstid", "tolv (12) månader" (src/import/fields/numbers.ts `DIGITS_AFTER`, used by the extension, notice,
 * duration and follow-up rules). And a PDF's blank line inside a sentence ("… i taget, dock" / "" / "högst två
 * gånger.") does not cut the sentence (src/import/text/source.ts). Documents written for these tests.
 */
const agreement = (terms: string) =>
  toContractJson(
    importText(
      `Överenskommelse om idéburet offentligt partnerskap – Verkstad Bro

Parter
Ale kommun genom arbetsmarknadsnämnden, organisationsnummer 212000-0449, nedan kallad nämnden.
Föreningen Bro, organisationsnummer 802011-4578, nedan kallad föreningen.

Ekonomi
Nämnden bidrar med 300 000 kr per år och föreningen med ideellt arbete värt 120 000 kr per år.

Avtalstid
${terms}
`,
      'x.txt',
    ),
  ).agreements[0];

describe('number words followed by their digits', () => {
  test.each([
    ['Avtalet gäller 2027-02-01 – 2029-01-31. Avtalet kan förlängas med ett (1) år i taget, dock högst två (2) gånger.', { years: 1, times: 2 }],
    ['Avtalet gäller 2027-02-01 – 2029-01-31 och kan förlängas två (2) gånger om ett (1) år.', { years: 1, times: 2 }],
    ['Avtalet gäller 2027-02-01 – 2029-01-31. Nämnden kan förlänga avtalet med tolv (12) månader, vid högst två (2) tillfällen.', { years: 1, times: 2 }],
    ['Avtalet gäller 2027-02-01 – 2029-01-31 och kan förlängas med tjugofyra (24) månader.', { years: 2, times: 1 }],
    ['Avtalet gäller 2027-02-01 – 2029-01-31. Avtalet kan förlängas med två (2) år vid ett (1) tillfälle.', { years: 2, times: 1 }],
  ])('%s', (terms, extension) => {
    expect(agreement(terms).validity.extension).toEqual(extension);
  });

  test('a notice period "sex (6) månaders uppsägningstid" of an agreement until further notice', () => {
    const a = agreement('Överenskommelsen gäller från och med 2027-01-01 och tills vidare med sex (6) månaders uppsägningstid.');
    expect(a.validity).toMatchObject({ start: '2027-01-01', end: null, noticeMonths: 6 });
  });

  test('a duration "löper under tre (3) år från" gives the end', () => {
    const a = agreement('Överenskommelsen löper under tre (3) år från och med 2027-03-01.');
    expect(a.validity).toMatchObject({ start: '2027-03-01', end: '2030-02-28' });
  });

  test('a follow-up "två (2) gånger per år"', () => {
    const a = agreement('Avtalet gäller 2027-01-01 – 2028-12-31.\n\nUppföljning\nParterna har dialogmöte två (2) gånger per år.');
    expect(a.followUp).toMatchObject({ meetingsPerYear: 2 });
  });
});

describe('a blank line inside a sentence', () => {
  test('the extension clause split by a blank line is read whole', () => {
    const a = agreement('Avtalet gäller 2027-02-01 – 2029-01-31. Avtalet kan förlängas med ett år i taget, dock\n\nhögst två gånger.');
    expect(a.validity.extension).toEqual({ years: 1, times: 2 });
  });

  test('a sentence that goes on in lower case after a blank line is one sentence; a capital or an "att" clause starts anew', () => {
    const doc = buildSource('Föreningen bidrar med lokaler och\n\nideellt arbete.\n\nNämnden beslutar\n\natt godkänna överenskommelsen,\n\natt uppdra åt förvaltningen att teckna den.\n\nKommunen betalar');
    expect(sentences(doc).map((s) => s.text)).toEqual([
      'Föreningen bidrar med lokaler och ideellt arbete.',
      'Nämnden beslutar',
      'att godkänna överenskommelsen,',
      'att uppdra åt förvaltningen att teckna den.',
      'Kommunen betalar',
    ]);
  });
});
