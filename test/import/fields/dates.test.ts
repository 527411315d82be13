import { findDates } from '../../../src/import/fields/dates';
import { importText, toContractJson } from '../../../src/import';

const isos = (text: string) => findDates(text).map((d) => d.iso);

describe('day and month before the year, as Swedish offices also write dates', () => {
  test.each([
    ['Avtalstid: 1/1 2026 – 31/12 2027.', ['2026-01-01', '2027-12-31']],
    ['gäller 1/7-2026 till 30/6-2028', ['2026-07-01', '2028-06-30']],
    ['från 01.07.2026 till 30.06.2027', ['2026-07-01', '2027-06-30']],
    ['perioden 1.3.2026–28.2.2028', ['2026-03-01', '2028-02-28']],
  ])('%s', (text, expected) => {
    expect(isos(text)).toEqual(expected);
  });

  test('never a diary number, a fraction or a date that does not exist', () => {
    expect(isos('Dnr KS 2026/0457, beslut 12/2025')).toEqual([]);
    expect(isos('0,5/1 2026')).toEqual([]);
    expect(isos('31/2 2026 och 30.13.2026')).toEqual([]);
    expect(isos('version 1.2.2026.4')).toEqual([]);
  });

  test('an agreement whose period is written so gets it', () => {
    const a = toContractJson(
      importText(
        `Överenskommelse om idéburet offentligt partnerskap – Läxhjälpen
Parter: Ljusdals kommun, org.nr 212000-2270, och Föreningen Läxhjälpen Ljusdal, org.nr 802515-6628.
Avtalstid: 1/1 2026 – 31/12 2027.
Kommunen bidrar med 200 000 kr per år.`,
        'x.txt',
      ),
    ).agreements[0];
    expect(a.validity).toMatchObject({ start: '2026-01-01', end: '2027-12-31' });
  });
});
