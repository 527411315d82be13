import { importText, toContractJson } from '../../../src/import';

/**
 * An informal heading with a paying verb run into the sentence below it ("Vad parterna bidrar med" / "Kommunen
 * betalar 65 000 kr per termin …"): the first verb has no subject, so the payer is the subject of the last paying
 * verb; an amount per termin or halvår is twice a year (INFERRED). The documents are written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const amounts = (a: ReturnType<typeof agreement>) => Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));

const doc = (heading: string, sentence: string) => `Överenskommelse om idéburet offentligt partnerskap – Läxhjälpen

Parter
Tjörns kommun, genom barn- och utbildningsnämnden, org.nr 212000-1405
Föreningen Hamnvänner, org.nr 802511-2239

${heading}
${sentence}

Föreningen står för läxhjälparna. Föreningen betalar också material för 12 000 kr per läsår.

Giltighet
Överenskommelsen gäller från och med den 17 augusti 2026 till och med den 11 juni 2027.
`;

describe('a heading with a paying verb run into the sentence below it', () => {
  test.each([
    ['Vad parterna bidrar med', 'Kommunen betalar 65 000 kr per termin (två terminer per läsår) till föreningen för samordning.'],
    ['Så bidrar parterna', 'Kommunen betalar 65 000 kr per halvår till föreningen.'],
    ['Vad var och en står för', 'Kommunen ersätter föreningen med 65 000 kr per termin.'],
  ])('%s', (heading, sentence) => {
    const a = agreement(doc(heading, sentence));
    expect(amounts(a)).toEqual({ 'Tjörns kommun': 130000, 'Föreningen Hamnvänner': 12000 });
    expect(a.warnings).toContainEqual(expect.objectContaining({ code: 'INFERRED', field: 'contributions', message: expect.stringMatching(/× 2/) }));
  });

  test('two parties before the last verb is no payer: warned, not guessed', () => {
    const a = agreement(doc('Vad parterna bidrar med', 'Kommunen och föreningen betalar 65 000 kr per termin till verksamheten.'));
    expect(a.contributions.map((c) => c.annualAmount)).toEqual([12000]);
    expect(a.warnings).toContainEqual(expect.objectContaining({ code: 'AMBIGUOUS', field: 'contributions' }));
  });
});
