import type { Agreement } from '../../domain/agreement';
import { buildSchedule } from '../../domain/schedule';
import { formatPercent } from '../format';
import { extensionAssumption } from '../../workbook/planNotes';
import { useStyles } from '../styles';
import { SectorAmountCells, SectorHeaderCells } from './SectorCells';

const SECTOR = { public: 'offentlig', civil: 'idéburen' } as const;

/** The review step: the parsed agreement in words, and what it means per year. */
export function AgreementSummary({ agreement }: { agreement: Agreement }) {
  const s = useStyles();
  const schedule = buildSchedule(agreement);
  const ext = agreement.validity.extension;
  return (
    <div className={s.stack}>
      <dl className="iop-summary">
        <dt>Namn</dt>
        <dd>{agreement.name}</dd>
        <dt>Parter</dt>
        <dd>
          <ul className="iop-list">
            {agreement.parties.map((p) => (
              <li key={p.name}>
                {p.name} ({SECTOR[p.sector]}){p.orgNumber ? `, ${p.orgNumber}` : ''}
              </li>
            ))}
          </ul>
        </dd>
        <dt>Giltighet</dt>
        <dd>
          {agreement.validity.start ?? 'inget startdatum'} – {agreement.validity.end ?? 'inget slutdatum'}
          {ext && ext.years > 0 ? `, förlängning ${ext.times ?? 'obegränsat antal'} gånger ${ext.years} år` : ''}
          {ext && ext.years > 0 ? ` – planen räknar med ${extensionAssumption(agreement)}` : ''}
        </dd>
        <dt>Indexering</dt>
        <dd>
          {agreement.indexation
            ? `${formatPercent(agreement.indexation.rate)} per år från ${agreement.indexation.baseYear ?? 'startåret'}`
            : 'Ingen'}
        </dd>
      </dl>
      {schedule.problem ? (
        <p className={s.muted}>Ingen flerårsplan: {schedule.problem}</p>
      ) : (
        <table className={s.table}>
          <caption className={s.muted}>Flerårsplan (indexerad, per kalenderår; förlängningsår proportioneras per månad)</caption>
          <thead>
            <tr>
              <th scope="col">År</th>
              <SectorHeaderCells />
            </tr>
          </thead>
          <tbody>
            {schedule.years.map((y) => (
              <tr key={y.year}>
                <th scope="row">
                  {y.year}
                  {y.extension ? ' (förl.)' : y.partlyExtension ? ` (${y.baseMonths} mån avtalsperiod, ${y.months - y.baseMonths} mån förl.)` : ''}
                </th>
                <SectorAmountCells amounts={y} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
