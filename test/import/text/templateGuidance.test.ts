import { importText, toContractJson } from '../../../src/import';
import { blankTemplateGuidance } from '../../../src/import/text/guidance';

/**
 * Agreements filled into a template (text/guidance.ts, fields/extension.ts): the template's examples and unfilled
 * placeholders are never values, and "förlängs inte automatiskt, men … förlänga med ytterligare två år" is one agreed
 * extension. Documents written for these tests.
 */
const agreement = (text: string) => toContractJson(importText(text, 'mall.txt')).agreements[0];

describe('blankTemplateGuidance', () => {
  test('an example runs to its line end, a placeholder is blanked, offsets are kept', () => {
    const text = 'Ange antal deltagare. Exempel: 15 platser.\nBelopp: [Ange belopp] kr\nTvist avgörs av <fyll i>.';
    const out = blankTemplateGuidance(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toMatch(/15 platser|Ange belopp|fyll i/);
    expect(out).toContain('Ange antal deltagare.');
  });

  test('a table row that opens with an example is blanked whole, its cells kept', () => {
    const text = 'Exempel: Hyra (ur mallen)\tKommunen\t50 000 kr\nHyra\tKommunen\t80 000 kr';
    const out = blankTemplateGuidance(text);
    expect(out.split('\n')[0].replace(/ /g, '')).toBe('\t\t');
    expect(out.split('\n')[1]).toBe('Hyra\tKommunen\t80 000 kr');
  });

  test('"exempel på" inside a sentence is left alone', () => {
    const text = 'Exempel på aktiviteter är läxhjälp och fika.';
    expect(blankTemplateGuidance(text)).toBe(text);
  });
});

const template = (placesLine: string, periodLines: string[]) =>
  [
    'IDÉBURET OFFENTLIGT PARTNERSKAP',
    '',
    'Partnerskapets namn: Träffpunkt Åsen',
    '',
    '1. Parter',
    'Åsboda kommun, socialnämnden, org.nr 212000-0001',
    'Föreningen Åsens Vänner, org.nr 802000-0009',
    '',
    '2. Målgrupp',
    'Ange om möjligt antal platser. Exempel: 20 platser.',
    placesLine,
    '',
    '3. Avtalstid',
    ...periodLines,
  ].join('\n');

describe('template guidance left in', () => {
  test.each([
    ['Träffpunkten har inga fasta platser.', ['Exempel: Överenskommelsen gäller 2025-01-01–2026-12-31 och kan förlängas med ett år i taget.', 'Överenskommelsen gäller från och med 2028-01-01 till och med 2029-12-31. Den kan förlängas två gånger med ett år åt gången.']],
    ['Verksamheten tar inte emot på platser.', ['Överenskommelsen gäller 2028-01-01–2029-12-31 och kan därefter förlängas högst två gånger med ett år åt gången. Ex.: kan förlängas med ett år i taget.']],
  ])('the example period and places are not the agreement\'s (%s)', (placesLine, periodLines) => {
    const a = agreement(template(placesLine, periodLines));
    expect(a.places ?? null).toBeNull();
    expect(a.validity.extension).toEqual({ years: 1, times: 2 });
  });
});

describe('a denied automatic renewal', () => {
  test.each([
    'Den förlängs inte automatiskt, men parterna kan komma överens om att förlänga den med ytterligare två år.',
    'Överenskommelsen förnyas inte automatiskt. Parterna får förlänga den med ytterligare två år.',
  ])('"%s" is one extension', (clause) => {
    const a = agreement(template('', ['Överenskommelsen gäller från och med 2029-01-01 till och med 2031-12-31. ' + clause]));
    expect(a.validity.extension).toEqual({ years: 2, times: 1 });
  });
});
