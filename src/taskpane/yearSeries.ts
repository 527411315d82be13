import type { Agreement } from '../domain/agreement';
import { CommitteeYearReport, reportFor } from '../domain/yearReport';

/** One bar pair of the chart: the counted sums of a year, and what the planned extensions would add to them. */
export interface ChartYear {
  year: number;
  /** reportFor's `totals.inYear`: exactly the agreements counted that year. */
  public: number;
  civil: number;
  /** The schedule's extension amounts of the committee's agreements: money only if they are extended as planned. */
  extensionPublic: number;
  extensionCivil: number;
}

/**
 * The committee's reports for every calendar year any of its agreements' schedules covers, in order: the
 * chart, the year choice and the year table all read these, so nothing in the pane sums agreements itself.
 * @example reportsByYear(agreements, 'Arbetsmarknadsnämnden').map((r) => r.year) // [2024, 2025, …]
 */
export function reportsByYear(agreements: readonly Agreement[], committee: string): CommitteeYearReport[] {
  const any = reportFor(agreements, committee, new Date().getFullYear());
  const years = new Set<number>();
  for (const row of [...any.counted, ...any.notCounted]) for (const y of row.schedule.years) years.add(y.year);
  return [...years].sort((a, b) => a - b).map((year) => reportFor(agreements, committee, year));
}

/** The chart's bars from the year reports: counted sums, and the extension part of each schedule apart. */
export function chartYears(reports: readonly CommitteeYearReport[]): ChartYear[] {
  return reports.map((report) => {
    let extensionPublic = 0;
    let extensionCivil = 0;
    for (const row of [...report.counted, ...report.notCounted]) {
      const y = row.schedule.years.find((s) => s.year === report.year);
      if (!y) continue;
      extensionPublic += y.public - y.basePublic;
      extensionCivil += y.civil - y.baseCivil;
    }
    return { year: report.year, public: report.totals.inYear.public, civil: report.totals.inYear.civil, extensionPublic, extensionCivil };
  });
}
