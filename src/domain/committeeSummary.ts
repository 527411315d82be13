import type { Agreement } from './agreement';
import { workbookCommittees } from './committee';
import { extensionWatch } from './followUp';
import { reportFor } from './yearReport';

/**
 * Many committees, one workbook: per committee named in the agreements, the figures its chair asks for first —
 * each read off the committee's year report (`reportFor`), so they are the pane's, the sheets' and the memo's.
 */
export interface CommitteeSummary {
  committee: string;
  /** The committee's agreements counted in the year. */
  counted: number;
  /** Its agreements whose standing in the year is unknown (a date missing): in neither the count nor the sums. */
  unknown: number;
  /** The committee's own cost in the year ("Kostnad AN"), not other committees' shares: the year's figure. */
  own: number;
  /** The civil side of the counted agreements in the year (with a stated total's civil remainder). */
  civil: number;
  /** Of the counted agreements, those whose decided end falls within six months of the status date. */
  endingSoon: number;
}

/** One row per committee named in the agreements (agreements of two committees count for both). */
export function committeeSummaries(agreements: readonly Agreement[], year: number, statusDate: string): CommitteeSummary[] {
  return workbookCommittees(agreements).map((committee) => {
    const report = reportFor(agreements, committee, year);
    return {
      committee,
      counted: report.counted.length,
      unknown: report.notCounted.filter((r) => r.standing === 'unknown').length,
      own: report.totals.inYear.committee,
      civil: report.totals.inYear.civil,
      endingSoon: extensionWatch(report.counted.map((r) => r.agreement), statusDate, 6).length,
    };
  });
}
