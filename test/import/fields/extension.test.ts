import { importText, toContractJson } from '../../../src/import';
import { buildSource } from '../../../src/import/text/source';
import { seasonIsYear } from '../../../src/import/fields/extension';

/**
 * Extension by a season of the activity ("ett sommarlov i taget", "en säsong i sänder"): as many years as seasons
 * only where the document says a season is a year; otherwise no length, with a warning on the field. The documents
 * are written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const codes = (a: { warnings: { code: string; field?: string }[] }) => a.warnings.map((w) => `${w.code}:${w.field ?? ''}`);

const withTerms = (terms: string) =>
  agreement(`Idéburet offentligt partnerskap Skärgårdsseglarna

Parter
Värmdö kommun genom kultur- och fritidsnämnden, organisationsnummer 212000-1991.
Föreningen Seglarskolan Värmdö, organisationsnummer 802488-5678.

Ekonomi
Kommunen bidrar med 210 000 kr per säsong. Föreningen bidrar med ideellt arbete värderat till 90 000 kr per säsong.

Avtalstid
${terms}`);

describe('extension by a season of the activity', () => {
  test.each([
    ['Överenskommelsen gäller 2026-04-01 – 2027-10-31. Beloppen avser en säsong (ett år). Den kan förlängas med en säsong i taget.', { years: 1, times: null }],
    ['Seglarskolan håller öppet en säsong per år, maj–september. Överenskommelsen gäller 2026-04-01 – 2027-10-31 och kan förlängas en säsong i sänder, högst två gånger.', { years: 1, times: 2 }],
    ['Överenskommelsen omfattar säsongerna 2026 och 2027. Därefter kan den förlängas med ytterligare en säsong.', { years: 1, times: 1 }],
  ])('%s', (terms, expected) => {
    const a = withTerms(terms);
    expect(a.validity.extension).toEqual(expected);
    expect(a.obtained['validity.extension']).toBe('inferred');
    expect(a.warnings.find((w) => w.field === 'validity.extension')?.message).toMatch(/räknades som ett år/);
  });

  test('a season the document does not say is a year: no length, a warning on the field', () => {
    const a = withTerms('Överenskommelsen gäller 2026-04-01 – 2027-10-31. Den kan förlängas med en säsong i taget.');
    expect(a.validity.extension).toBeNull();
    expect(codes(a)).toContain('AMBIGUOUS:validity.extension');
  });

  test('a term (termin) is never a year', () => {
    const a = withTerms('Överenskommelsen gäller 2026-08-01 – 2027-06-30, en termin per år. Den kan förlängas med en termin i taget.');
    expect(a.validity.extension).toBeNull();
    expect(codes(a)).toContain('AMBIGUOUS:validity.extension');
  });

  test('a school year is a year by the corpus\'s convention, as before', () => {
    const a = withTerms('Överenskommelsen gäller 2026-08-01 – 2027-06-30. Den kan förlängas med ett läsår i sänder.');
    expect(a.validity.extension).toEqual({ years: 1, times: null });
  });

  test('seasonIsYear: consecutive years only', () => {
    expect(seasonIsYear(buildSource('Avtalet omfattar sommarloven 2026, 2027 och 2028.'), 'sommarlov')).toBe('sommarloven 2026, 2027 och 2028');
    expect(seasonIsYear(buildSource('Avtalet omfattar sommarloven 2026 och 2028.'), 'sommarlov')).toBeNull();
    expect(seasonIsYear(buildSource('Ett sommarlov varar i tio veckor.'), 'sommarlov')).toBeNull();
  });
});
