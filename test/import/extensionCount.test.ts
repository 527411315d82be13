import { agreement, codes, PARTIES } from './extensionDoc';

/**
 * Extension counts stated as a total length or in a second clause, and clauses whose limit cannot be read (a
 * warning on the field, never a silent "no limit"). The documents are written for these tests.
 */
const withClause = (clause: string) =>
  agreement(`Idéburet offentligt partnerskap Morgonljus\n\n${PARTIES}\n\nAvtalstid\nÖverenskommelsen gäller 2026-01-01 – 2027-12-31. ${clause}`);

describe('extension count from a total length or a second clause', () => {
  test.each([
    ['Därefter kan den förlängas ett år i taget, sammanlagt högst två år.', { years: 1, times: 2 }],
    ['Den kan förlängas i ytterligare fyra år, två år i taget.', { years: 2, times: 2 }],
    ['Avtalet kan förlängas tre gånger, varje gång med ett år.', { years: 1, times: 3 }],
    ['Avtalet kan förlängas två gånger, ett år i taget.', { years: 1, times: 2 }],
    ['Därefter förlängs den automatiskt med ett år i sänder om ingen part säger upp den.', { years: 1, times: null }],
  ])('%s', (clause, expected) => {
    const a = withClause(clause);
    expect(a.validity.extension).toEqual(expected);
    expect(codes(a)).not.toContain('AMBIGUOUS:validity.extension');
  });

  test('a total that is no whole number of extensions: no count, a warning on the field', () => {
    const a = withClause('Den kan förlängas två år i taget, sammanlagt högst tre år.');
    expect(a.validity.extension).toEqual({ years: 2, times: null });
    expect(codes(a)).toContain('AMBIGUOUS:validity.extension');
  });

  test('a total in a sentence that also gives the agreement its own length may include it: a warning, no count', () => {
    const a = agreement(`Idéburet offentligt partnerskap Morgonljus\n\n${PARTIES}\n\nAvtalstid\nÖverenskommelsen gäller från och med 2026-01-01. Den gäller i tre år och kan förlängas ett år i taget, sammanlagt högst fem år.`);
    expect(a.validity.extension).toEqual({ years: 1, times: null });
    expect(codes(a)).toContain('AMBIGUOUS:validity.extension');
  });

  test('a limit that no rule reads: a warning rather than a silent unlimited count', () => {
    const a = withClause('Den kan förlängas ett år i taget, dock inte fler gånger än vad nämnden medger, högst enligt budget.');
    expect(a.validity.extension).toEqual({ years: 1, times: null });
    expect(codes(a)).toContain('AMBIGUOUS:validity.extension');
  });
});
