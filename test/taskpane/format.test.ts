import {
  dateInputProblem,
  formatAmountInput,
  formatDecimalInput,
  formatIsoDate,
  formatKr,
  normaliseDateInput,
  parsePercent,
  parseSwedishNumber,
  percentInput,
} from '../../src/taskpane/format';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('Swedish formats', () => {
  it('formats kronor with Swedish grouping and no decimals', () => {
    expect(plain(formatKr(4818600))).toBe('4 818 600 kr');
    expect(plain(formatKr(0))).toBe('0 kr');
  });

  it('formats dates in Swedish words and leaves non-dates alone', () => {
    expect(formatIsoDate('2024-01-01')).toBe('1 januari 2024');
    expect(formatIsoDate('2025-12-31')).toBe('31 december 2025');
    expect(formatIsoDate('snart')).toBe('snart');
    expect(formatIsoDate(null)).toBe('–');
  });

  it('reads numbers typed the Swedish way', () => {
    expect(parseSwedishNumber('1 710 000')).toBe(1710000);
    expect(parseSwedishNumber('1\u00a0750\u00a0000 kr')).toBe(1750000);
    expect(parseSwedishNumber('2,5')).toBe(2.5);
    expect(parseSwedishNumber('0.3142')).toBe(0.3142);
    expect(parseSwedishNumber('1.234,5')).toBe(1234.5);
    expect(parseSwedishNumber('')).toBeNull();
    expect(parseSwedishNumber('tolv')).toBeNull();
    expect(parseSwedishNumber('1,2,3')).toBeNull();
  });

  it('turns percentages into fractions and back without float noise', () => {
    expect(parsePercent('31,42')).toBe(0.3142);
    expect(parsePercent('2 %')).toBe(0.02);
    expect(percentInput(0.3142)).toBe('31,42');
    expect(percentInput(0.02)).toBe('2');
    expect(formatDecimalInput(681600)).toBe('681600');
    expect(formatDecimalInput(null)).toBe('');
  });

  it('shows amounts in inputs with Swedish grouping in plain spaces, which read back unchanged', () => {
    expect(formatAmountInput(1710000)).toBe('1 710 000');
    expect(formatAmountInput(265.5)).toBe('265,5');
    expect(formatAmountInput(999)).toBe('999');
    expect(formatAmountInput(null)).toBe('');
    expect(parseSwedishNumber(formatAmountInput(3108600))).toBe(3108600);
  });

  it('makes typed dates ISO where they are unambiguous and explains the rest in Swedish', () => {
    expect(normaliseDateInput('20251231')).toBe('2025-12-31');
    expect(normaliseDateInput(' 2025-1-5 ')).toBe('2025-01-05');
    expect(normaliseDateInput('2025.01.05')).toBe('2025-01-05');
    expect(normaliseDateInput('1/5/2025')).toBe('1/5/2025');
    expect(dateInputProblem('')).toBeNull();
    expect(dateInputProblem('2024-02-29')).toBeNull();
    expect(dateInputProblem('2025-02-29')).toBe('2025-02-29 är inget giltigt datum.');
    expect(dateInputProblem('12/31/2025')).toBe('Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2025-01-01.');
  });
});
