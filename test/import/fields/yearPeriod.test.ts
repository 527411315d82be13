import { importText, toContractJson } from '../../../src/import';
import { extractValidity } from '../../../src/import/fields/validity';
import { yearPeriodOf } from '../../../src/import/fields/yearPeriod';
import { buildSource } from '../../../src/import/text/source';

/** A period written in years (src/import/fields/yearPeriod.ts), in wordings written for these tests. */
const period = (sentence: string) => {
  const v = extractValidity(buildSource(`Överenskommelse om idéburet offentligt partnerskap\n\n${sentence}\n`));
  const codes = [...v.start.warnings, ...v.end.warnings].map((w) => w.code);
  return { start: v.start.value, end: v.end.value, inferred: codes.includes('INFERRED'), ambiguous: codes.includes('AMBIGUOUS') };
};

describe('a period in years is the first day of the first year to the last day of the last', () => {
  test.each([
    ['Partnerskapet avser verksamhetsåren 2028–2030.', '2028-01-01', '2030-12-31'],
    ['Överenskommelsen gäller under verksamhetsåret 2027.', '2027-01-01', '2027-12-31'],
    ['Samarbetet omfattar budgetåren 2027 och 2028.', '2027-01-01', '2028-12-31'],
    ['Överenskommelsen gäller under åren 2027, 2028 och 2029.', '2027-01-01', '2029-12-31'],
    ['Avtalet gäller för åren 2026 till 2027.', '2026-01-01', '2027-12-31'],
    ['Överenskommelsen gäller för perioden 2027–2028.', '2027-01-01', '2028-12-31'],
    ['IOP:n gäller 2026–2029.', '2026-01-01', '2029-12-31'],
    ['Partnerskapet gäller fr.o.m. 2027 t.o.m. 2029.', '2027-01-01', '2029-12-31'],
    ['Överenskommelsen löper över två verksamhetsår, 2027–2028.', '2027-01-01', '2028-12-31'],
  ])('"%s" → %s – %s, inferred (an organisation\'s year may be another)', (sentence, start, end) => {
    expect(period(sentence)).toEqual({ start, end, inferred: true, ambiguous: false });
  });

  test('"kalenderåren" says which years: read, no warning', () => {
    expect(period('Överenskommelsen gäller kalenderåren 2027–2029.')).toEqual({ start: '2027-01-01', end: '2029-12-31', inferred: false, ambiguous: false });
  });

  test('a document that says its verksamhetsår is the calendar year needs no guess', () => {
    const p = period('Överenskommelsen avser verksamhetsåren 2027–2028. Föreningens verksamhetsår är kalenderår.');
    expect(p).toEqual({ start: '2027-01-01', end: '2028-12-31', inferred: false, ambiguous: false });
  });

  test('a verksamhetsår of its own months (July–June) starts and ends with them', () => {
    expect(period('Överenskommelsen gäller verksamhetsåren 2027/28 och 2028/29. Verksamhetsåret löper från den 1 juli till den 30 juni.')).toEqual({
      start: '2027-07-01',
      end: '2029-06-30',
      inferred: false,
      ambiguous: false,
    });
    expect(period('Överenskommelsen avser verksamhetsåren 2027–2028, där ett verksamhetsår är september–augusti.')).toMatchObject({ start: '2027-09-01', end: '2029-08-31' });
  });

  test('split verksamhetsår whose months the document does not give: no dates, a warning', () => {
    expect(period('Överenskommelsen gäller verksamhetsåren 2027/28 och 2028/29.')).toEqual({ start: null, end: null, inferred: false, ambiguous: true });
  });

  test('years of the background are not the period: only sentences about the agreement or its period count', () => {
    expect(yearPeriodOf('Under åren 2022–2025 drev föreningen verksamheten som projekt.')).not.toBeNull();
    expect(period('Under åren 2022–2025 drev föreningen verksamheten som projekt.')).toMatchObject({ start: null, end: null });
  });

  test('read through to the agreement: the period from a sentence outside any validity section', () => {
    const text = `Överenskommelse om idéburet offentligt partnerskap – Trädgårdsterapi Ljungby

Parter
Ljungby kommun, organisationsnummer 212000-0688, genom socialnämnden.
Föreningen Gröna Fingrar i Ljungby, organisationsnummer 802470-9373.

Verksamhet
Föreningen driver trädgårdsterapi för personer med psykisk ohälsa. Under åren 2023–2026 drevs den som projekt.
Partnerskapet omfattar verksamhetsåren 2027–2029 och kan därefter förlängas med ett år i taget.

Ekonomi
Kommunen bidrar med 320 000 kronor per år. Föreningen bidrar med ideellt arbete värderat till 90 000 kronor per år.
`;
    const [a] = toContractJson(importText(text, 'x.txt')).agreements;
    expect(a.validity).toMatchObject({ start: '2027-01-01', end: '2029-12-31' });
    expect(a.obtained).toMatchObject({ 'validity.start': 'inferred', 'validity.end': 'inferred' });
  });
});
