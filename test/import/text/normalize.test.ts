import { joinWrapped, normalizeText } from '../../../src/import/text/normalize';

describe('joinWrapped: a cell or line with its wrapped rest', () => {
  test.each([
    ['verksam-', 'heten i länet', 'verksamheten i länet'],
    ['Kultur- och', 'utbildningsnämnden', 'Kultur- och utbildningsnämnden'],
    ['Hälso- och sjukvårds-', 'nämnden', 'Hälso- och sjukvårdsnämnden'],
    ['Barn- och', 'ungdoms- och utbildningsnämnden', 'Barn- och ungdoms- och utbildningsnämnden'],
    ['Vård-', 'eller omsorgsboende', 'Vård- eller omsorgsboende'],
    ['Samordnare, 0,5', 'årsarbetare', 'Samordnare, 0,5 årsarbetare'],
    ['Region', 'Blekinge', 'Region Blekinge'],
    ['', 'medel', 'medel'],
    ['Kompletterande språk- träning i', 'grupp', 'Kompletterande språkträning i grupp'],
  ])('%s + %s → %s', (first, rest, joined) => {
    expect(joinWrapped(first, rest)).toBe(joined);
  });
});

describe('normalizeText: list markers of a symbol font', () => {
  test.each([
    ['\ue009 Verksamhetsbidrag: 90 000 kr', '• Verksamhetsbidrag: 90 000 kr'],
    ['  \uf0a7 Lokal', '  • Lokal'],
    ['\ue009\tLokal', '•\tLokal'],
  ])('%j is a bullet', (raw, normalized) => {
    expect(normalizeText(raw)).toBe(normalized);
  });

  test('a private-use character inside a line is left alone', () => {
    expect(normalizeText('Kostnad \ue009 200 kr')).toBe('Kostnad \ue009 200 kr');
  });
});
