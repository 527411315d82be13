import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import type { Agreement } from '../../domain/agreement';
import { usePane } from '../context';
import { DateField } from '../fields/DateField';
import { dateInputProblem, formatIsoDate, normaliseDateInput } from '../format';
import { useStyles } from '../styles';
import { useAction } from '../useAction';
import { ActionMessages } from './Messages';

/**
 * Agreements without a start date (a committee's overview read from a memo states only the end) have no
 * years to plan: the pane says so and lets her add the dates, each saved to the tables (and undoable).
 */
export function MissingStartDates({ agreements }: { agreements: readonly Agreement[] }) {
  const s = useStyles();
  const { workbook, notifyChange } = usePane();
  const [dates, setDates] = useState<Record<string, string>>({});
  const [state, run] = useAction();
  const missing = agreements.filter((a) => !a.validity.start);
  if (missing.length === 0) return null;
  const keyOf = (a: Agreement) => a.id ?? a.name;

  const save = (a: Agreement) => {
    const start = normaliseDateInput(dates[keyOf(a)] ?? '');
    return run(
      async () => {
        const problem = start === '' ? 'Ange ett startdatum.' : dateInputProblem(start);
        if (problem) throw new Error(problem);
        if (a.validity.end && start > a.validity.end) throw new Error(`Startdatumet ${start} ligger efter slutdatumet ${a.validity.end}.`);
        await workbook.saveAgreements([{ ...a, validity: { ...a.validity, start } }]);
        notifyChange();
        return start;
      },
      (iso) => `Startdatumet för "${a.name}" är sparat: ${formatIsoDate(iso)}. Flerårsplanen räknar nu med avtalet.`,
    );
  };

  return (
    <section className={s.stack} aria-labelledby="missing-start-heading">
      <h3 id="missing-start-heading" className={s.heading}>
        Avtal utan startdatum ({missing.length})
      </h3>
      <p className={s.muted}>
        Flerårsplanen och årsbeloppen tar inte med dessa avtal: utan startdatum går det inte att räkna vilka år de löper. Fyll i startdatum för
        att ta med dem.
      </p>
      {missing.map((a) => (
        <div key={keyOf(a)} className={s.row}>
          <DateField
            label={`Startdatum, ${a.name}`}
            value={dates[keyOf(a)] ?? ''}
            onChange={(v) => setDates({ ...dates, [keyOf(a)]: v })}
            className={s.grow}
          />
          <Button onClick={() => void save(a)} disabledFocusable={state.busy}>
            Spara startdatum
          </Button>
        </div>
      ))}
      <ActionMessages state={state} />
    </section>
  );
}
