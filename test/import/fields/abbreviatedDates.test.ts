import { importText, toContractJson } from '../../../src/import';
import { findDates } from '../../../src/import/fields/dates';
import { buildSource, sentences } from '../../../src/import/text/source';

/**
 * Periods written with abbreviated months ("1 febr. 2027", "31 aug. 2029"), undotted "fr o m … t o m …", ordinal
 * days ("den 1:a januari") and "löper ut". The stop after a month's abbreviation is no sentence end, so the period's
 * two dates stay in one sentence (src/import/text/source.ts, src/import/fields/dates.ts). Documents written here.
 */
const agreement = (validity: string) =>
  toContractJson(
    importText(
      `Överenskommelse om idéburet offentligt partnerskap – Läxhjälp Bro

Parter
Ale kommun genom barn- och utbildningsnämnden, organisationsnummer 212000-0449, nedan kallad nämnden.
Föreningen Bro, organisationsnummer 802011-4578, nedan kallad föreningen.

Ekonomi
Nämnden bidrar med 300 000 kr per år och föreningen med ideellt arbete värt 120 000 kr per år.

Avtalstid
${validity} Parterna följer upp verksamheten varje termin.
`,
      'x.txt',
    ),
  ).agreements[0];

describe('a period with abbreviated months, undotted cues and ordinal days', () => {
  test.each([
    ['Avtalet gäller fr o m 1 febr. 2027 t o m 31 jan. 2029.', '2027-02-01', '2029-01-31'],
    ['Överenskommelsen gäller 1 sept. 2027 – 31 aug. 2029.', '2027-09-01', '2029-08-31'],
    ['Överenskommelsen gäller fr.o.m. 1 okt. 2027 t.o.m. 30 sept. 2029.', '2027-10-01', '2029-09-30'],
    ['Partnerskapet gäller från 1 dec. 2027 till 30 nov. 2029.', '2027-12-01', '2029-11-30'],
    ['Överenskommelsen gäller från den 1:a januari 2027 till och med den 31:a december 2029.', '2027-01-01', '2029-12-31'],
    ['Överenskommelsen gäller från den 2:e mars 2027 till och med den 1:a mars 2029.', '2027-03-02', '2029-03-01'],
    ['Överenskommelsen gäller från den 15 augusti 2027 och löper ut den 14 augusti 2029.', '2027-08-15', '2029-08-14'],
    ['Avtalet börjar gälla den 1 apr. 2027 och upphör den 31 mars 2029.', '2027-04-01', '2029-03-31'],
  ])('%s', (validity, start, end) => {
    const a = agreement(validity);
    expect(a.validity).toMatchObject({ start, end });
    expect(a.warnings.filter((w: { field?: string }) => w.field?.startsWith('validity.start') || w.field?.startsWith('validity.end'))).toEqual([]);
  });

  test('"febr." is February', () => {
    expect(findDates('från 1 febr. 2027').map((d) => d.iso)).toEqual(['2027-02-01']);
  });

  test('a month abbreviation before a year keeps its sentence; a stop before a capital still ends one', () => {
    const doc = buildSource('Avtalet gäller 1 sept. 2027 – 31 aug. 2029. Föreningen redovisar i sept. Kommunen betalar.');
    expect(sentences(doc).map((s) => s.text)).toEqual(['Avtalet gäller 1 sept. 2027 – 31 aug. 2029.', 'Föreningen redovisar i sept.', 'Kommunen betalar.']);
  });
});
