import { joinWrapped } from '../../../src/import/text/normalize';

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
