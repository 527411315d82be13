import { importText, toContractJson } from '../../../src/import';

/**
 * A front line labelled "Partnerskap:" gives the name when its value reads as one, before a bare "Avser:" line that
 * describes the activity (name.ts PARTNERSHIP_LINE). A value that is a description or the kind is no name. Documents
 * written for these tests.
 */
const named = (text: string) => toContractJson(importText(text, 'x.md')).agreements[0].name;

const DOC = (line: string) => `# Överenskommelse om idéburet offentligt partnerskap

**Åby kommun** – Kulturnämnden

${line}
**Avser:** Sommarläsning med bokcirklar för barn i årskurs 3–5 under sommarlovet

## 1. Parter

Åby kommun, org.nr 212000-0001, och Föreningen Läsglädje i Åby, org.nr 802400-0001.

## 2. Ekonomi

Nämnden bidrar med 200 000 kronor per år och föreningen med 60 000 kronor per år.

## 3. Giltighet

Överenskommelsen gäller 2030-06-01 – 2032-05-31.
`;

describe('a "Partnerskap:" line', () => {
  test.each([
    ['**Partnerskap:** Läsveckor Åby  ', 'Läsveckor Åby'],
    ['Partnerskapet: Sommarläsning Åby', 'Sommarläsning Åby'],
    ['- **Partnerskap**: Bokbussen', 'Bokbussen'],
  ])('%s names it', (line, name) => {
    expect(named(DOC(line))).toBe(name);
  });

  test('a value that is the kind or a description is no name', () => {
    expect(named(DOC('**Partnerskap:** Idéburet offentligt partnerskap'))).not.toBe('Idéburet offentligt partnerskap');
    expect(named(DOC('- **Partnerskapet**: samarbetet mellan nämnden och föreningen'))).not.toMatch(/^samarbetet/);
  });
});
