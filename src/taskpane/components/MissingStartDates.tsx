import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import type { Agreement } from '../../domain/agreement';
import { usePane } from '../context';
import { DateField } from '../fields/DateField';
import { dateInputProblem, formatIsoDate, normaliseDateInput } from '../format';
import { useStyles } from '../styles';
import { useAction } from '../useAction';
import { standingInYear } from '../../domain/yearReport';
import { ActionMessages } from './Messages';

/**
 * Agreements without a start date (a committee's overview read from a memo states only the end): each says how
 * the year treats it (counted from the overview's year, inferred, or not counted at all, as standingInYear
 * words it), and she can add the real date, saved to the tables (and undoable).
 */
export function MissingStartDates({ agreements, year }: { agreements: readonly Agreement[]; year: number }) {
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
        Ett avtal som nämndens översikt anger utan startdatum räknas från översiktens år (härlett); ett avtal utan något sådant år räknas inte.
        Fyll i startdatum när det är känt.
      </p>
      {missing.map((a) => (
        <div key={keyOf(a)} className={s.stack}>
          <p className={s.muted}>
            <span className={s.reasonName}>{a.name}</span> {year}: {standingText(a, year)}
          </p>
          <div className={s.row}>
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
        </div>
      ))}
      <ActionMessages state={state} />
    </section>
  );
}

const STANDING_TEXT = { counted: 'räknas', notRunning: 'löper inte', unknown: 'okänt, räknas inte' } as const;

/** "räknas – Startdatum saknas: räknas från 2021, …": the domain's answer for the year, in a sentence. */
function standingText(a: Agreement, year: number): string {
  const { standing, reason } = standingInYear(a, year);
  return reason ? `${STANDING_TEXT[standing]} – ${reason}` : STANDING_TEXT[standing];
}
