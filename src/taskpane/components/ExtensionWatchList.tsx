import { useMemo, useState } from 'react';
import { Button, Field, Select } from '@fluentui/react-components';
import type { Agreement } from '../../domain/agreement';
import { extensionWatch, nextExtensionEnd } from '../../domain/followUp';
import { usePane } from '../context';
import { useAction } from '../useAction';
import { ActionMessages } from './Messages';
import { belongsToCommittee } from '../../domain/committee';
import { statusDate } from '../../workbook/status';
import { formatIsoDate } from '../format';
import { useStyles } from '../styles';

const HORIZONS = [3, 6, 12, 18, 24];

/**
 * The extension watch in the pane: agreements whose decided end falls within the chosen number of months of
 * the status date, with the day the decision on extending them is due (end minus the agreement's months for
 * deciding, else its notice period). The same rule as the sheet Förlängningar (src/domain/followUp.ts).
 */
export function ExtensionWatchList({ agreements, year, committee }: { agreements: readonly Agreement[]; year: number; committee: string }) {
  const s = useStyles();
  const [months, setMonths] = useState(12);
  const today = statusDate(year);
  const { workbook, notifyChange } = usePane();
  const [state, run] = useAction();
  const items = useMemo(() => extensionWatch(agreements.filter((a) => belongsToCommittee(a, committee)), today, months), [agreements, committee, today, months]);
  // One step: the next period the agreement allows becomes its recorded extension, saved (and undoable).
  const extend = (a: Agreement) =>
    run(
      async () => {
        const next = nextExtensionEnd(a);
        if (!next) throw new Error(`"${a.name}" kan inte förlängas mer enligt avtalet.`);
        await workbook.saveAgreements([{ ...a, validity: { ...a.validity, extendedEnd: next } }]);
        notifyChange();
        return next;
      },
      (next) => `Förlängningen av "${a.name}" är registrerad: avtalet löper till ${formatIsoDate(next)}.`,
    );
  return (
    <section className={s.stack} aria-labelledby="watch-heading">
      <h3 id="watch-heading" className={s.heading}>
        Förlängningsbevakning
      </h3>
      {/* In a row, not straight in the column stack: there a flex basis would set the field's height. */}
      <div className={s.row}>
        <Field label="Slutar inom" className={s.narrow}>
          <Select value={String(months)} onChange={(_, d) => setMonths(Number(d.value))}>
            {HORIZONS.map((m) => (
              <option key={m} value={m}>
                {m} månader
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <table className={s.table} aria-labelledby="watch-caption">
        <caption id="watch-caption" className={s.muted}>
          {committee.trim() || 'Alla nämnder'}: avtal som slutar inom {months} månader från {formatIsoDate(today)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Avtal</th>
            <th scope="col">Slutar</th>
            <th scope="col">Beslut senast</th>
            <th scope="col">Förlängning</th>
          </tr>
        </thead>
        <tbody>
          {items.length === 0 && (
            <tr>
              <td colSpan={4} className={s.muted}>
                Inga avtal slutar inom {months} månader.
              </td>
            </tr>
          )}
          {items.map((w) => (
            <tr key={`${w.agreement.id ?? w.agreement.name}`} data-testid="watch-row">
              <th scope="row">
                {w.agreement.name}
                {w.canExtend ? '' : ' (ingen förlängning möjlig enligt avtalet)'}
              </th>
              <td>{formatIsoDate(w.end)}</td>
              <td>
                {formatIsoDate(w.decisionDue)}
                {w.overdue ? ' – passerat' : ''}
              </td>
              <td>
                {nextExtensionEnd(w.agreement) && (
                  <Button size="small" onClick={() => void extend(w.agreement)} disabledFocusable={state.busy} aria-label={`Registrera beslutad förlängning av ${w.agreement.name} till ${formatIsoDate(nextExtensionEnd(w.agreement))}`}>
                    Registrera beslutad förlängning
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ActionMessages state={state} />
    </section>
  );
}
