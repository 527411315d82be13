import { importText, toContractJson } from '../../../src/import';

/**
 * Extension counts written in the many ways municipalities write them: a count after the length ("vid högst två
 * tillfällen"), sums of lengths ("1 år + 1 år", "ett plus ett år"), products ("2 x 1 år") and periods ("två perioder
 * om vardera ett år"). The documents are written for these tests.
 */
const PARTIES = `Parter
Mjölby kommun genom omsorgsnämnden, organisationsnummer 212000-0514.
Föreningen Solrosen i Mjölby, organisationsnummer 802477-1009.`;
const withClause = (clause: string) =>
  toContractJson(importText(`Idéburet offentligt partnerskap Ljuspunkten\n\n${PARTIES}\n\nGiltighet\nÖverenskommelsen gäller 2026-04-01 – 2028-03-31. ${clause}`, 'x.txt')).agreements[0];
const extensionWarnings = (a: ReturnType<typeof withClause>) => a.warnings.filter((w) => w.field === 'validity.extension').map((w) => w.code);

describe('extension count', () => {
  test.each([
    ['Parterna kan enas om att förlänga avtalet med ytterligare ett år, vid högst två tillfällen.', 1, 2],
    ['Överenskommelsen kan förlängas med två år vid ett tillfälle.', 2, 1],
    ['Den kan förlängas med ett år i taget vid tre tillfällen.', 1, 3],
    ['Förlängning kan ske med ett år, dock vid högst två tillfällen.', 1, 2],
    ['Avtalet kan förlängas högst två gånger med ett år.', 1, 2],
    ['Det finns möjlighet till förlängning 1 år + 1 år.', 1, 2],
    ['Förlängningsoption: 1+1 år.', 1, 2],
    ['Avtalet ger möjlighet till 1+1 års förlängning.', 1, 2],
    ['Avtalet kan förlängas ett plus ett år.', 1, 2],
    ['Avtalet kan förlängas 1 + 1 + 1 år.', 1, 3],
    ['Avtalstiden är 2+1+1 år.', 1, 2],
    ['Avtalet kan förlängas 2 x 1 år.', 1, 2],
    ['Avtalet kan förlängas 3 × 2 år.', 2, 3],
    ['Avtalet kan förlängas med två perioder om vardera ett år.', 1, 2],
    ['Avtalet kan förlängas med två förlängningsperioder à ett år.', 1, 2],
  ])('%s → %i år, %i gånger', (clause, years, times) => {
    const a = withClause(clause);
    expect(a.validity.extension).toEqual({ years, times });
    expect(extensionWarnings(a)).toEqual([]);
  });

  test('a frequency in another sentence is no count: "två gånger per år" leaves one extension', () => {
    const a = withClause('Avtalet kan förlängas med ett år. Parterna träffas två gånger per år.');
    expect(a.validity.extension).toEqual({ years: 1, times: 1 });
  });

  test('a frequency in the same clause is no count either', () => {
    const a = withClause('Avtalet kan förlängas med ett år i taget efter uppföljning två gånger per år.');
    expect(a.validity.extension).toEqual({ years: 1, times: null });
  });

  test('automatic renewal without a count has no limit; with a count it has that limit', () => {
    expect(withClause('Avtalet förlängs automatiskt med ett år om det inte sägs upp.').validity.extension).toEqual({ years: 1, times: null });
    expect(withClause('Avtalet förlängs automatiskt med ett år, högst två gånger, om det inte sägs upp.').validity.extension).toEqual({ years: 1, times: 2 });
  });

  test('two different counts in one clause: no count, a warning on the field', () => {
    const a = withClause('Avtalet kan förlängas med ett år i taget, i första hand vid två tillfällen och efter nytt beslut vid tre tillfällen.');
    expect(a.validity.extension).toEqual({ years: 1, times: null });
    expect(extensionWarnings(a)).toEqual(['AMBIGUOUS']);
  });
});
