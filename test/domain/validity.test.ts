import fc from 'fast-check';
import { formatDate, parseDate, excelSerialToDate, dateToExcelSerial, addDays } from '../../src/domain/dates';
import { extendedEnd, lastPossibleEnd, monthsCoveredInYear, yearShare } from '../../src/domain/validity';

const d = parseDate;

describe('validity, extensions and pro-rata by whole months', () => {
  it('covers 6/12 of 2024 from 2024-07-01', () => {
    expect(yearShare(d('2024-07-01'), d('2026-06-30'), 2024)).toBe(0.5);
    expect(yearShare(d('2024-07-01'), d('2026-06-30'), 2025)).toBe(1);
    expect(yearShare(d('2024-07-01'), d('2026-06-30'), 2026)).toBe(0.5);
    expect(yearShare(d('2024-07-01'), d('2026-06-30'), 2027)).toBe(0);
  });

  it('gives a full year the share 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2200 }), (year) => {
        expect(yearShare(d(`${year}-01-01`), d(`${year}-12-31`), year)).toBe(1);
      }),
    );
  });

  it('counts twelve months for any twelve-month period, wherever it starts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 30 }), (offset) => {
        const start = addDays(d('2000-01-01'), offset);
        const end = addDays({ year: start.year + 1, month: start.month, day: Math.min(start.day, 28) }, start.day > 28 ? 0 : -1);
        if (start.day > 28) return; // month-end starts are covered by the cases above
        let months = 0;
        for (let y = start.year; y <= end.year; y++) months += monthsCoveredInYear(start, end, y);
        expect(months).toBe(12);
      }),
    );
  });

  it('counts a month when the period includes its middle day', () => {
    expect(monthsCoveredInYear(d('2024-07-16'), d('2024-12-31'), 2024)).toBe(6); // 16 of 31 July days
    expect(monthsCoveredInYear(d('2024-07-17'), d('2024-12-31'), 2024)).toBe(5); // 15 of 31
    expect(monthsCoveredInYear(d('2024-01-01'), d('2024-02-14'), 2024)).toBe(1); // 14 of 29 Feb days
    expect(monthsCoveredInYear(d('2024-01-01'), d('2024-02-15'), 2024)).toBe(2);
    expect(monthsCoveredInYear(d('2024-01-01'), d('2024-06-15'), 2024)).toBe(5); // half of June: goes to the month a period starts in
    expect(monthsCoveredInYear(d('2024-06-16'), d('2024-12-31'), 2024)).toBe(7);
  });

  it('extends by whole years after the base end', () => {
    expect(formatDate(extendedEnd(d('2025-12-31'), 2, 2))).toBe('2029-12-31');
    expect(formatDate(extendedEnd(d('2025-06-30'), 1, 1))).toBe('2026-06-30');
    expect(formatDate(extendedEnd(d('2023-02-28'), 1, 1))).toBe('2024-02-29');
    expect(formatDate(extendedEnd(d('2025-12-31'), 2, 0))).toBe('2025-12-31');
    expect(lastPossibleEnd({ start: '2024-01-01', end: '2025-12-31', extension: { years: 2, times: 2 } })).toBe('2029-12-31');
    expect(lastPossibleEnd({ start: '2024-01-01', end: '2025-12-31', extension: null })).toBe('2025-12-31');
    expect(lastPossibleEnd({ start: '2024-01-01', end: '2025-12-31', extension: { years: 1, times: null } })).toBe('2030-12-31');
  });

  it('rejects a period that ends before it starts', () => {
    expect(() => yearShare(d('2025-01-01'), d('2024-12-31'), 2024)).toThrow(/före/);
  });

  it('converts Excel serial numbers both ways', () => {
    expect(formatDate(excelSerialToDate(45292))).toBe('2024-01-01');
    expect(formatDate(excelSerialToDate(1))).toBe('1900-01-01');
    expect(formatDate(excelSerialToDate(61))).toBe('1900-03-01');
    expect(dateToExcelSerial(d('2029-12-31'))).toBe(47483);
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => {
        expect(dateToExcelSerial(excelSerialToDate(serial))).toBe(serial);
      }),
    );
  });
});
