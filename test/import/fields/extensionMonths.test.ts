import { importText, toContractJson } from '../../../src/import';
import { monthsAsYears } from '../../../src/import/fields/extension';

/**
 * Extension clauses of long agreements: the length in months (whole years read as years, anything else warned), the
 * count stated in the sentence after the length, and an option to decide an extension that is no decision. The
 * documents are written for these tests.
 */
const PARTIES = `Parter
Hudiksvalls kommun genom socialnämnden, organisationsnummer 212000-2262.
Stiftelsen Trygga Hem i Hälsingland, organisationsnummer 802499-1017.`;
const withClause = (clause: string) =>
  toContractJson(importText(`Idéburet offentligt partnerskap Kvarnen\n\n${PARTIES}\n\nAvtalstid\nAvtalet gäller 2026-04-01 – 2029-03-31.\n\nFörlängning\n${clause}\n\nEkonomi\nKommunen bidrar med 500 000 kronor per år.`, 'x.txt')).agreements[0];
const warned = (a: ReturnType<typeof withClause>) => a.warnings.filter((w) => w.field === 'validity.extension').map((w) => w.code);

describe('an extension written in months', () => {
  test.each([
    ['Parterna kan, genom skriftlig överenskommelse senast sex månader före avtalstidens utgång, förlänga avtalet med tolv månader. Förlängning kan ske vid högst två tillfällen.', 1, 2],
    ['Avtalet kan förlängas med tolv månader, vid högst två tillfällen.', 1, 2],
    ['Avtalet kan förlängas två gånger med 12 månader.', 1, 2],
    ['Avtalet kan förlängas med 24 månader.', 2, 1],
    ['Avtalet kan förlängas med tolv månader i taget, högst tre gånger.', 1, 3],
    ['Avtalet kan förlängas med 12 månader i taget. Detta kan ske högst två gånger.', 1, 2],
  ])('%s → %i år, %i gånger', (clause, years, times) => {
    const a = withClause(clause);
    expect(a.validity.extension).toEqual({ years, times });
    expect(warned(a)).toEqual([]);
  });

  test.each([['Avtalet kan förlängas med 18 månader.'], ['Avtalet kan förlängas med sex månader vid högst två tillfällen.']])('%s: no whole years, warned', (clause) => {
    const a = withClause(clause);
    expect(a.validity.extension).toBeNull();
    expect(warned(a)).toEqual(['AMBIGUOUS']);
  });

  test('monthsAsYears keeps the length of the text and leaves other months as written', () => {
    const text = 'förlänga med tolv månader, besked senast sex månader före, 24 månader';
    const read = monthsAsYears(text);
    expect(read).toHaveLength(text.length);
    expect(read).toBe('förlänga med 1 år        , besked senast sex månader före, 2 år      ');
  });
});

describe('the count in the next sentence', () => {
  test.each([
    ['Avtalet kan förlängas med ett år. Förlängning kan ske vid högst två tillfällen.', 1, 2],
    ['Avtalet kan förlängas med två år. Förlängning får ske högst en gång.', 2, 1],
    ['Avtalet kan förlängas med ett år i taget. Detta kan ske högst tre gånger.', 1, 3],
    ['Avtalet kan förlängas med ett år i sänder. En sådan förlängning kan göras vid två tillfällen.', 1, 2],
  ])('%s → %i år, %i gånger', (clause, years, times) => {
    const a = withClause(clause);
    expect(a.validity.extension).toEqual({ years, times });
    expect(warned(a)).toEqual([]);
  });

  test('a frequency of something else in the next sentence is no count', () => {
    const a = withClause('Avtalet kan förlängas med ett år. Parterna ska träffas minst två gånger under året.');
    expect(a.validity.extension).toEqual({ years: 1, times: 1 });
  });
});

describe('an option to decide an extension is no decision', () => {
  test.each([
    ['Parterna kan gemensamt besluta att förlänga överenskommelsen med två år.'],
    ['Nämnden får besluta att förlänga överenskommelsen med två år.'],
    ['Om parterna beslutar att förlänga överenskommelsen med två år gäller villkoren i övrigt oförändrade.'],
    ['Beslutar parterna att förlänga avtalet med två år, ska beslutet vara skriftligt.'],
  ])('%s → two years once, not "no extension left"', (clause) => {
    const a = withClause(clause);
    expect(a.validity.extension).toEqual({ years: 2, times: 1 });
    expect(warned(a)).toEqual([]);
  });

  test('a decision to extend still uses one of the extensions', () => {
    const a = withClause('Avtalet kan förlängas två gånger med vardera två år.\n\nBeslut\nSocialnämnden beslutar att förlänga överenskommelsen med två år.');
    expect(a.validity.extension).toEqual({ years: 2, times: 1 });
    expect(warned(a)).toEqual(['INFERRED']);
  });
});
