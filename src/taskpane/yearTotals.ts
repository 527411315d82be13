import type { Agreement } from '../domain/agreement';
import { buildSchedule } from '../domain/schedule';

export interface YearTotals {
  year: number;
  public: number;
  civil: number;
  total: number;
  /** Amounts that exist only if agreements are extended as planned. */
  extensionPublic: number;
  extensionCivil: number;
}

export interface AgreementYear {
  name: string;
  public: number;
  civil: number;
  total: number;
}

/**
 * Sums every agreement's schedule per calendar year. Base-period amounts are what the agreements commit to;
 * the extension part is kept apart so the chart can show it without mixing it into the totals.
 */
export function totalsPerYear(agreements: readonly Agreement[]): YearTotals[] {
  const byYear = new Map<number, YearTotals>();
  for (const agreement of agreements) {
    for (const y of buildSchedule(agreement).years) {
      const row = byYear.get(y.year) ?? { year: y.year, public: 0, civil: 0, total: 0, extensionPublic: 0, extensionCivil: 0 };
      row.public += y.basePublic;
      row.civil += y.baseCivil;
      row.total += y.baseTotal;
      row.extensionPublic += y.public - y.basePublic;
      row.extensionCivil += y.civil - y.baseCivil;
      byYear.set(y.year, row);
    }
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** Each agreement's base-period amounts in one year (agreements not running that year are left out). */
export function agreementsInYear(agreements: readonly Agreement[], year: number): AgreementYear[] {
  return agreements.flatMap((agreement) => {
    const y = buildSchedule(agreement).years.find((row) => row.year === year);
    if (!y || y.baseTotal === 0) return [];
    return [{ name: agreement.name, public: y.basePublic, civil: y.baseCivil, total: y.baseTotal }];
  });
}
