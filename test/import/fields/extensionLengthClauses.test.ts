import { agreement, codes, PARTIES } from '../extensionDoc';

/**
 * Extension clauses that state the length apart from the count ("En förlängning omfattar två år." / "Förlängning kan
 * ske en gång."), and one extension whose length is the distance to a cap date. The documents are written for these tests.
 */
const withClause = (clause: string) =>
  agreement(`Idéburet offentligt partnerskap Morgonljus\n\n${PARTIES}\n\nAvtalstid\nÖverenskommelsen gäller 2026-01-01 – 2027-12-31.\n\nFörlängning\n${clause}`);

describe('the length of one extension in a clause of its own', () => {
  test.each([
    ['8.1 Parterna kan gemensamt besluta att förlänga avtalet.\n8.2 En förlängning omfattar tre år.\n8.3 Förlängning kan ske en gång.', { years: 3, times: 1 }],
    ['Avtalet kan förlängas efter överenskommelse. Förlängningen avser ett år. Förlängning får ske högst två gånger.', { years: 1, times: 2 }],
    ['Parterna får förlänga överenskommelsen. En förlängning omfattar två år.', { years: 2, times: 1 }],
  ])('%s', (clause, expected) => {
    const a = withClause(clause);
    expect(a.validity.extension).toEqual(expected);
    expect(codes(a)).not.toContain('AMBIGUOUS:validity.extension');
  });
});

describe('one extension up to a cap date', () => {
  test('its length is the whole years from the end to the cap, inferred', () => {
    const a = withClause('Avtalet kan förlängas vid ett tillfälle, dock längst till och med den 31 december 2030.');
    expect(a.validity.extension).toEqual({ years: 3, times: 1 });
    expect(codes(a)).toContain('INFERRED:validity.extension');
  });

  test('"en gång" up to a cap written as a date', () => {
    const a = withClause('Överenskommelsen kan förlängas en gång, som längst till 2029-12-31.');
    expect(a.validity.extension).toEqual({ years: 2, times: 1 });
  });

  test('a cap that is no whole number of years away: no length, a warning on the field', () => {
    const a = withClause('Avtalet kan förlängas vid ett tillfälle, dock längst till och med den 30 juni 2029.');
    expect(a.validity.extension).toBeNull();
    expect(codes(a).some((c) => c.endsWith(':validity.extension'))).toBe(true);
  });

  test('several extensions up to a cap state no length: none is guessed', () => {
    const a = withClause('Avtalet kan förlängas vid två tillfällen, dock längst till och med den 31 december 2031.');
    expect(a.validity.extension).toBeNull();
    expect(codes(a)).toContain('AMBIGUOUS:validity.extension');
  });
});
