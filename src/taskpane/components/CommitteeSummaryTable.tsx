import { useMemo } from 'react';
import { Button } from '@fluentui/react-components';
import type { Agreement } from '../../domain/agreement';
import { committeeSummaries } from '../../workbook/committees';
import { statusDate } from '../../workbook/status';
import { formatKr } from '../format';
import { useStyles } from '../styles';

/**
 * When the workbook holds agreements of several committees: one row per committee for the year, and the choice
 * of which committee's overview and memo to make. Shown only when there is more than one.
 */
export function CommitteeSummaryTable({ agreements, year, chosen, onChoose }: { agreements: readonly Agreement[]; year: number; chosen: string; onChoose(committee: string): void }) {
  const s = useStyles();
  const rows = useMemo(() => committeeSummaries(agreements, year, statusDate(year)), [agreements, year]);
  if (rows.length < 2) return null;
  return (
    <table className={s.table} aria-labelledby="committees-caption">
      <caption id="committees-caption" className={s.muted}>
        Nämnder i arbetsboken {year} (status per {statusDate(year)})
      </caption>
      <thead>
        <tr>
          <th scope="col">Nämnd</th>
          <th scope="col" className={s.numeric}>
            Avtal
          </th>
          <th scope="col" className={s.numeric}>
            Nämndens kostnad
          </th>
          <th scope="col" className={s.numeric}>
            Idéburet
          </th>
          <th scope="col" className={s.numeric}>
            Upphör inom 6 mån
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.committee} data-testid="committee-row">
            <th scope="row">
              <Button
                appearance="transparent"
                size="small"
                aria-pressed={r.committee.toLowerCase() === chosen.trim().toLowerCase()}
                aria-label={`Välj ${r.committee}`}
                onClick={() => onChoose(r.committee)}
              >
                {r.committee}
              </Button>
            </th>
            <td className={s.numeric}>
              {String(r.counted)}
              {r.unknown > 0 ? ` (+${String(r.unknown)} okända)` : ''}
            </td>
            <td className={s.numeric}>{formatKr(r.own)}</td>
            <td className={s.numeric}>{formatKr(r.civil)}</td>
            <td className={s.numeric}>{String(r.endingSoon)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
