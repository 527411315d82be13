import { importText, toContractJson } from '../../../src/import';
import { buildSource } from '../../../src/import/text/source';
import { labelledValues } from '../../../src/import/text/labelled';
import { yearPeriodOf } from '../../../src/import/fields/yearPeriod';

/**
 * The period in a label/value table row ("Avtalstid | Verksamhetsåret 2026", "Giltighetstid | 2026-01-01 –
 * 2026-12-31", "Startdatum | …" and "Slutdatum | …"): the sentence reader splits a row at its tabs, so the value is
 * read as a sentence about the period of its own. The documents are written for these tests.
 */
const template = (rows: string, file = 'x.txt') =>
  toContractJson(
    importText(
      `ÖVERENSKOMMELSE – IDÉBURET OFFENTLIGT PARTNERSKAP

Benämning\tTräffpunkt Storbyn
Offentlig part\tArjeplogs kommun, socialnämnden, org.nr 212000-2619
Idéburen part\tFöreningen Storbyns Vänner, org.nr 802477-3322
${rows}
Uppräkning\tIngen.

Kommunen bidrar med 120 000 kr per år och föreningen med ideellt arbete värderat till 40 000 kr per år.
`,
      file,
    ),
  ).agreements[0];
const period = (a: ReturnType<typeof template>) => ({ start: a.validity.start, end: a.validity.end });
const codes = (a: ReturnType<typeof template>) => a.warnings.filter((w) => /^validity\.(start|end)$/.test(w.field ?? '')).map((w) => `${w.code}:${w.field}`);

describe('a year as the period, in the value cell', () => {
  test.each([
    ['Avtalstid\tVerksamhetsåret 2026.'],
    ['Avtalstid:\tverksamhetsåret 2026'],
    ['Avtalsperiod\tBudgetåret 2026'],
    ['Giltighetstid\t2026'],
    ['Period\tÅr 2026'],
  ])('%s → the calendar year, said as inferred', (row) => {
    const a = template(row);
    expect(period(a)).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(codes(a)).toEqual(['INFERRED:validity.start', 'INFERRED:validity.end']);
  });

  test('"kalenderåret 2026" is read as written, without a warning', () => {
    const a = template('Avtalstid\tKalenderåret 2026');
    expect(period(a)).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(codes(a)).toEqual([]);
  });

  test('years in a span: "Avtalstid | 2026–2028"', () => {
    expect(period(template('Avtalstid\t2026–2028'))).toEqual({ start: '2026-01-01', end: '2028-12-31' });
  });

  test('a Markdown table row', () => {
    const a = template('| Avtalstid | Verksamhetsåret 2027 |', 'x.md');
    expect(period(a)).toEqual({ start: '2027-01-01', end: '2027-12-31' });
  });
});

describe('dates in the value cell', () => {
  test.each([
    ['Avtalstid\t2026-03-01 – 2027-02-28'],
    ['Giltighetstid\tFrån och med 1 mars 2026 till och med 28 februari 2027'],
    ['Period\tfr.o.m. 2026-03-01 t.o.m. 2027-02-28'],
    ['Startdatum\t2026-03-01\nSlutdatum\t2027-02-28'],
  ])('%s', (rows) => {
    const a = template(rows);
    expect(period(a)).toEqual({ start: '2026-03-01', end: '2027-02-28' });
    expect(codes(a)).toEqual([]);
  });

  test('"Avtalstid | Tills vidare från och med …" has a start and no end, and says so (no missing end)', () => {
    const a = template('Avtalstid\tTills vidare från och med 2026-03-01');
    expect(period(a)).toEqual({ start: '2026-03-01', end: null });
    expect(codes(a)).toEqual([]);
  });

  test('a row of another label is no period ("Utbetalning | kvartalsvis 2026-03-31")', () => {
    const a = template('Utbetalning\tKvartalsvis, första gången 2026-03-31');
    expect(period(a)).toEqual({ start: null, end: null });
  });
});

test('labelledValues gives the value cells of a matching label with their offsets', () => {
  const doc = buildSource('Rubrik\n\nAvtalstid:\t2026-01-01\t2026-12-31\nEn mening med Avtalstid\tinte en etikett av det här slaget alls, för lång\n');
  const [v] = labelledValues(doc, /^avtalstid$/i);
  expect(v).toMatchObject({ label: 'Avtalstid', text: '2026-01-01 2026-12-31' });
  expect(doc.text.slice(v.start, v.end)).toBe('2026-01-01\t2026-12-31');
  expect(labelledValues(doc, /^avtalstid$/i)).toHaveLength(1);
});

test('yearPeriodOf reads a label with years alone, never a year in another sentence', () => {
  expect(yearPeriodOf('Avtalstid: 2026–2028')).toEqual({ first: 2026, last: 2028, kind: 'own' });
  expect(yearPeriodOf('Dnr: 2026')).toBeNull();
});
