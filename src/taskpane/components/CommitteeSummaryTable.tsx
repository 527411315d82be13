import { useMemo } from 'react';
import { Button } from '@fluentui/react-components';
import type { Agreement } from '../../domain/agreement';
import { sameCommittee, workbookCommittees } from '../../domain/committee';
import { extensionWatch } from '../../domain/followUp';
import { FIGURE_LABELS, reportFor } from '../../domain/yearReport';
import { statusDate } from '../../workbook/status';
import { formatKr } from '../format';
import { useStyles } from '../styles';

/** What a committee's chair asks first, from the committee's year report: how many, what it costs, what ends soon. */
function summaryOf(agreements: readonly Agreement[], committee: string, year: number) {
  const report = reportFor(agreements, committee, year);
  return {
    committee,
    counted: report.counted.length,
    unknown: report.notCounted.filter((r) => r.standing === 'unknown').length,
    own: report.totals.inYear.committee,
    civil: report.totals.inYear.civil,
    endingSoon: extensionWatch(report.counted.map((r) => r.agreement), statusDate(year), 6).length,
  };
}

/**
 * When the workbook holds agreements of several committees: each committee's year as `reportFor` answers it,
 * and the choice of which committee's overview and memo to make. Shown only when there is more than one.
 * A committee on two rows (its name, then its figures) so the 350 px pane shows every column.
 */
export function CommitteeSummaryTable({ agreements, year, chosen, onChoose }: { agreements: readonly Agreement[]; year: number; chosen: string; onChoose(committee: string): void }) {
  const s = useStyles();
  const rows = useMemo(() => workbookCommittees(agreements).map((c) => summaryOf(agreements, c, year)), [agreements, year]);
  if (rows.length < 2) return null;
  return (
    <table className={s.table} aria-labelledby="committees-caption">
      <caption id="committees-caption" className={s.caption}>
        Nämnder i arbetsboken {year}: {FIGURE_LABELS.inYear(year)}; status per {statusDate(year)}
      </caption>
      <thead>
        <tr>
          <th scope="col" className={s.numericHead}>
            Avtal
          </th>
          <th scope="col" className={s.numericHead}>
            Nämndens kostnad
          </th>
          <th scope="col" className={s.numericHead}>
            Idéburet
          </th>
          <th scope="col" className={s.numericHead}>
            Upphör inom 6 mån
          </th>
        </tr>
      </thead>
      {rows.map((r) => (
        <tbody key={r.committee} data-testid="committee-row">
          <tr>
            <th scope="rowgroup" colSpan={4} className={s.nameRow}>
              <Button
                appearance="transparent"
                size="small"
                className={s.linkButton}
                aria-pressed={sameCommittee(r.committee, chosen)}
                aria-label={`Välj ${r.committee}`}
                onClick={() => onChoose(r.committee)}
              >
                {r.committee}
              </Button>
            </th>
          </tr>
          <tr>
            <td className={s.numeric}>
              {String(r.counted)}
              {r.unknown > 0 ? ` (+${String(r.unknown)} okända)` : ''}
            </td>
            <td className={s.numeric}>{formatKr(r.own)}</td>
            <td className={s.numeric}>{formatKr(r.civil)}</td>
            <td className={s.numeric}>{String(r.endingSoon)}</td>
          </tr>
        </tbody>
      ))}
    </table>
  );
}
