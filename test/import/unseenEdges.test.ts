import { importText, toContractJson } from '../../src/import';
import { piecesToText } from '../../src/import/readers/pdf';

/** Small cases around the unseen documents: where the importer cannot be sure, it must say so. */
const one = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
const codes = (a: { warnings: { code: string; field?: string }[] }) => a.warnings.map((w) => `${w.code}:${w.field ?? ''}`);

const overview = (costHeader: string, committeeText: string) =>
  `Översikt över IOP\n\n${committeeText}\n\nNamn\tSamverkanspart\tMålgrupp\t${costHeader}\tBeräknat värde/år\tGiltighet\n` +
  'Läxhjälp\tFöreningen Bro\telever\t300 000 kr\t500 000 kr\t24.12.31\nFritid\tFöreningen Båge\tunga\t200 000 kr\t400 000 kr\t24.12.31\n';

test('the cost column of a compound committee ("Kostnad BUN/år") names that committee', () => {
  const a = one(overview('Kostnad BUN/år', 'Rapport till barn- och ungdomsnämnden i Ale kommun.'));
  expect(a.parties[0]).toEqual({ name: 'Ale kommun', orgNumber: null, sector: 'public', unit: 'Barn- och ungdomsnämnden' });
  expect(codes(a)).not.toContain('AMBIGUOUS:parties[0].unit');
});

test('a cost column for a committee the text never names is marked AMBIGUOUS', () => {
  const a = one(overview('Kostnad KN/år', 'Rapport till socialnämnden i Ale kommun.'));
  expect(codes(a)).toContain('AMBIGUOUS:parties[0].unit');
});

test('an extension in months that is not whole years is never rounded silently', () => {
  const a = one('Överenskommelse om IOP mellan Ale kommun och Föreningen Bro\n\nGiltighet\n\nÖverenskommelsen gäller 2024-01-01 – 2024-12-31 och kan förlängas med 18 månader.');
  expect(a.validity.extension).toBeNull();
  expect(codes(a)).toContain('AMBIGUOUS:validity.extension');
});

test('an open range in the overview ("2024-01-01 –") is a start, not an end', () => {
  const a = one(overview('Kostnad SN/år', 'Rapport till socialnämnden i Ale kommun.').replace('24.12.31\nFritid', '2024-01-01 –\nFritid'));
  expect(a.validity).toEqual({ start: '2024-01-01', end: null, extension: null });
  expect(codes(a)).toContain('AMBIGUOUS:validity.end');
});

test('items in a table with a party column that is not a party are left out with a warning, not given away', () => {
  const a = one(
    'Överenskommelse om IOP mellan Ale kommun och Föreningen Bro\n\nAle kommun, org.nr 212000-1355, och Föreningen Bro, org.nr 802439-4580.\n\nEkonomi\n\nPart\tInsats\tBelopp\nRegionen\tLokal\t100 000 kr\nKommunen\tPersonal\t200 000 kr\n',
  );
  expect(a.costItems).toEqual([{ party: 'Ale kommun', label: 'Personal', annualAmount: 200000 }]);
  expect(codes(a)).toContain('AMBIGUOUS:costItems');
});

test('stretched words in justified PDF prose stay one line; cells that line up across rows are columns', () => {
  const piece = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 5, size: 10 });
  const prose = piecesToText([piece('Partnerskapet', 56, 700), piece('syftar', 133, 700), piece('till', 180, 700), piece('att', 56, 687), piece('stödja', 84, 687)]);
  expect(prose).not.toContain('\t');
  const table = piecesToText([piece('Lokal', 56, 700), piece('240 000 kr', 300, 700), piece('Personal', 56, 688), piece('450 000 kr', 300, 688)]);
  expect(table).toBe('Lokal\t240 000 kr\nPersonal\t450 000 kr');
});
