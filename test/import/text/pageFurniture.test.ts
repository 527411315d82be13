import { importText, toContractJson } from '../../../src/import';
import { buildSource, sentences } from '../../../src/import/text/source';

/**
 * A page's furniture (the footer of one page, the header of the next, with the page's number) that a PDF's or a
 * converted document's text puts inside a sentence (text/source.ts blankPageFurniture): the sentence reads whole,
 * also where it goes on with a number. Furniture between whole sentences stays. Documents written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'x.md')).agreements[0];

const footer = (page: number) => `\n---\n*Fritidsförvaltningen · Ålsta kommun · Sida ${page} av 3*\n*IOP-överenskommelse – Dnr FRN 2027/41*\n\n---\n\n`;

const doc = (economy: string, validity: string) => `Ålsta kommun
Fritidsförvaltningen

# Överenskommelse om idéburet offentligt partnerskap: Kvällsgården

Mellan **Ålsta kommun**, org.nr 212000-0365, genom fritidsnämnden, och **Föreningen Kvällsgården**, org.nr 802455-1239, har följande överenskommelse träffats.

## 3. Ekonomi

${economy}

## 4. Giltighetstid

${validity}

## 5. Underskrifter

Ålsta den 1 december 2026
${footer(3)}`;

const ECONOMY = `Fritidsnämnden lämnar ett bidrag om${footer(1)}210 000 kronor per år till föreningen. Föreningen bidrar med ideellt arbete värderat till 90 000 kronor per år. Partnerskapets värde uppgår därmed till 300 000 kronor per år.`;
const VALIDITY = `Överenskommelsen gäller från och med den 1 januari 2027 till och med den 31 december 2028. Parterna kan gemensamt besluta att förlänga den${footer(2)}med ytterligare ett år.`;

describe('page furniture inside a sentence', () => {
  test('an amount after the next page\'s header goes on with the sentence before the footer', () => {
    const a = agreement(doc(ECONOMY, VALIDITY));
    const byParty = Object.fromEntries(a.contributions.map((c) => [c.party, c.annualAmount]));
    expect(byParty).toEqual({ 'Ålsta kommun': 210000, 'Föreningen Kvällsgården': 90000 });
    expect(a.annualTotal).toBe(300000);
  });

  test('an extension clause cut by a page break is read whole', () => {
    const a = agreement(doc(ECONOMY, VALIDITY));
    expect(a.validity.extension).toEqual(expect.objectContaining({ years: 1, times: 1 }));
  });

  test('a plain-text page break (footer, blank lines, header with "Sida 2 (4)") in a sentence going on in lower case', () => {
    const text = [
      'Föreningen ska lämna en verksamhetsberättelse till',
      '',
      'Ålsta kommun · Box 12 · 123 45 Ålsta',
      '',
      'ÖVERENSKOMMELSE KVÄLLSGÅRDEN                Sida 2 (4)',
      '',
      'nämnden senast den 31 mars varje år.',
      'Ålsta kommun · Box 12 · 123 45 Ålsta',
      '',
      'ÖVERENSKOMMELSE KVÄLLSGÅRDEN                Sida 3 (4)',
    ].join('\n');
    const doc = buildSource(text);
    expect(doc.text).toHaveLength(text.length);
    expect(sentences(doc).map((s) => s.text)).toContain('Föreningen ska lämna en verksamhetsberättelse till nämnden senast den 31 mars varje år.');
    // The last footer and header follow a whole sentence: they stay as written.
    expect(doc.text.endsWith('Sida 3 (4)')).toBe(true);
  });

  test('furniture after a whole sentence, or before a new paragraph in capitals, is left as it is', () => {
    const text = ['Föreningen bidrar med ideellt arbete.', '', 'Ålsta kommun · Sida 1 av 2', '', 'Nämnden bidrar med en lokal.', 'Ålsta kommun · Sida 2 av 2'].join('\n');
    expect(buildSource(text).text).toBe(text);
  });
});
