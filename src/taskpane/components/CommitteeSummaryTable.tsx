import { useMemo } from 'react';
import { Button } from '@fluentui/react-components';
import type { Agreement } from '../../domain/agreement';
import { sameCommittee } from '../../domain/committee';
import { committeeSummaries } from '../../domain/committeeSummary';
import { FIGURE_LABELS } from '../../domain/yearReport';
import { statusDate } from '../../workbook/status';
import { formatKr } from '../format';
import { useStyles } from '../styles';

/**
 * When the workbook holds agreements of several committees: each committee's year as `reportFor` answers it,
 * and the choice of which committee's overview and memo to make. Shown only when there is more than one.
 * A committee on two rows (its name, then its figures) so the 350 px pane shows every column.
 */
export function CommitteeSummaryTable({ agreements, year, chosen, onChoose }: { agreements: readonly Agreement[]; year: number; chosen: string; onChoose(committee: string): void }) {
  const s = useStyles();
  const rows = useMemo(() => committeeSummaries(agreements, year, statusDate(year)), [agreements, year]);
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
