import { importText, toContractJson } from '../../../src/import';

/**
 * A bilingual agreement gives its kind in Swedish and in English (text/outline.ts ENGLISH_TYPE): the English kind
 * line is a document type like the Swedish one, never the partnership's name. Documents written for this test.
 */
const doc = (head: string) => `${head}

Matkassen Norr

1. Parter / Parties
Piteå kommun, socialnämnden, org.nr 212000-2700, nedan kallad Kommunen.
Föreningen Matkassen i Norrbotten, org.nr 802433-7779, nedan kallad Föreningen.

2. Ekonomi / Finances
Kommunen bidrar med 300 000 kronor per år. Föreningen bidrar med ideellt arbete värt 120 000 kronor per år.

3. Giltighet / Validity
Överenskommelsen gäller från och med 2028-01-01 till och med 2029-12-31.
`;

describe('an English kind line is no name', () => {
  test.each([
    ['Överenskommelse om idéburet offentligt partnerskap\nAgreement on an idea-based public partnership (IOP)'],
    ['Överenskommelse om idéburet offentligt partnerskap / Agreement on an idea-based public partnership'],
    ['Partnerskapsavtal / Partnership agreement'],
    ['Idéburet offentligt partnerskap\nIdea-based public partnership'],
  ])('%s', (head) => {
    const a = toContractJson(importText(doc(head), 'x.txt')).agreements[0];
    expect(a.name).toBe('Matkassen Norr');
  });
});
