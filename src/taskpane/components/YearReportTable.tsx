import { FIGURE_LABELS, type AgreementYear, type CommitteeYearReport } from '../../domain/yearReport';
import { formatKr } from '../format';
import { useStyles } from '../styles';
import { SectorAmountCells, SectorHeaderCells } from './SectorCells';

/**
 * The committee's year as `reportFor` answers it: the counted agreements with the year's figures (said by
 * FIGURE_LABELS), the sum over exactly those, and every agreement of the committee that is not counted with
 * its reason — those of unknown standing first and in view, those not running that year folded away.
 */
export function YearReportTable({ report }: { report: CommitteeYearReport }) {
  const s = useStyles();
  const { year, counted, notCounted, totals } = report;
  const who = report.committee.trim() || 'alla nämnder';
  const unknown = notCounted.filter((r) => r.standing === 'unknown');
  const notRunning = notCounted.filter((r) => r.standing === 'notRunning');
  return (
    <div className={s.stack}>
      <table className={s.table} aria-labelledby="overview-year-caption">
        <caption id="overview-year-caption" className={s.caption}>
          Avtal för {who} som löper {year}: {FIGURE_LABELS.inYear(year)}
        </caption>
        <thead>
          <tr>
            <SectorHeaderCells />
          </tr>
        </thead>
        {counted.length === 0 && (
          <tbody>
            <tr>
              <td colSpan={3} className={s.muted}>
                Inga avtal räknas {year}.
              </td>
            </tr>
          </tbody>
        )}
        {/* One body per agreement: its (often long) name on a row of its own, the amounts beneath, so the narrow
            pane needs no horizontal scrolling. */}
        {counted.map((r) => (
          <tbody key={r.index}>
            <tr>
              <th scope="rowgroup" colSpan={3} className={s.nameRow}>
                {r.agreement.name}
                {r.reason && <span className={s.rowNote}>{r.reason}</span>}
              </th>
            </tr>
            <tr>
              <SectorAmountCells amounts={r.inYear!} />
            </tr>
          </tbody>
        ))}
        <tfoot>
          <tr>
            <th scope="rowgroup" colSpan={3} className={s.nameRow}>
              Summa {year} ({counted.length} avtal)
            </th>
          </tr>
          <tr data-testid="overview-totals">
            <SectorAmountCells amounts={totals.inYear} />
          </tr>
          <tr data-testid="overview-committee-cost">
            <th scope="row" colSpan={2} className={s.footLabel}>
              Varav nämndens kostnad
            </th>
            <td className={s.numeric}>{formatKr(totals.inYear.committee)}</td>
          </tr>
        </tfoot>
      </table>
      {unknown.length > 0 && (
        <section aria-labelledby="overview-unknown-heading" className={s.stack}>
          <h3 id="overview-unknown-heading" className={s.subheading}>
            Okänt om de löper {year} ({unknown.length}), inte med i summan
          </h3>
          <ReasonList rows={unknown} testId="overview-unknown" />
        </section>
      )}
      {notRunning.length > 0 && (
        <details className={s.details} data-testid="overview-not-running">
          <summary className={s.summary}>
            Löper inte {year} ({notRunning.length})
          </summary>
          <ReasonList rows={notRunning} />
        </details>
      )}
    </div>
  );
}

/** Agreements not in the sum, each with the domain's reason. */
function ReasonList({ rows, testId }: { rows: readonly AgreementYear[]; testId?: string }) {
  const s = useStyles();
  return (
    <ul className={`iop-list ${s.reasons}`} data-testid={testId}>
      {rows.map((r) => (
        <li key={r.index}>
          <span className={s.reasonName}>{r.agreement.name}</span>: {r.reason}
        </li>
      ))}
    </ul>
  );
}
