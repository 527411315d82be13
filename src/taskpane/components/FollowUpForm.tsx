import { useEffect, useMemo, useState } from 'react';
import { Button, Field, Input, Select } from '@fluentui/react-components';
import type { Agreement } from '../../domain/agreement';
import { costPerParticipant, reportStatus, type FollowUpRecord } from '../../domain/followUp';
import type { CommitteeYearReport } from '../../domain/yearReport';
import { statusDate } from '../../workbook/status';
import { usePane } from '../context';
import { DateField } from '../fields/DateField';
import { dateInputProblem, formatDecimalInput, formatIsoDate, formatKr, normaliseDateInput, parseSwedishNumber } from '../format';
import { useStyles } from '../styles';
import { useAction } from '../useAction';
import { ActionMessages } from './Messages';

interface Entry {
  participants: string;
  placesUsed: string;
  reportReceived: string;
  meetingsHeld: string;
  comment: string;
}

const EMPTY: Entry = { participants: '', placesUsed: '', reportReceived: '', meetingsHeld: '', comment: '' };
const keyOf = (a: Agreement) => a.id ?? a.name;

function entryOf(r: FollowUpRecord | undefined): Entry {
  if (!r) return EMPTY;
  const n = (v: number | null) => (v === null ? '' : String(v));
  return { participants: n(r.participants), placesUsed: formatDecimalInput(r.placesUsed), reportReceived: r.reportReceived ?? '', meetingsHeld: n(r.meetingsHeld), comment: r.comment };
}

/** Why a typed count cannot be used (empty is "not known yet"): it must be a number ≥ 0, whole when asked. */
function countProblem(text: string, whole: boolean): string | null {
  if (text.trim() === '') return null;
  const v = parseSwedishNumber(text);
  return v === null || v < 0 || (whole && !Number.isInteger(v)) ? `Ange ${whole ? 'ett helt tal' : 'ett tal'} som är 0 eller större.` : null;
}

/** A count typed in a field: null when empty, else the number (refused with the field's name as countProblem words it). */
function count(label: string, text: string, whole: boolean): number | null {
  const problem = countProblem(text, whole);
  if (problem) throw new Error(`${label}: ${problem.charAt(0).toLowerCase()}${problem.slice(1)}`);
  return text.trim() === '' ? null : parseSwedishNumber(text);
}

/** Marks a count field as soon as what is typed cannot be a count. */
const countState = (text: string, whole: boolean) => {
  const problem = countProblem(text, whole);
  return problem ? { validationState: 'error' as const, validationMessage: problem } : {};
};

/**
 * Follow-up per agreement and year ("Registrera uppföljning"): what the committee learned of the year,
 * written as a row of the sheet Uppföljning, and the year's follow-up as the overview shows it (participants,
 * cost per participant, report status).
 */
export function FollowUpForm({ report }: { report: CommitteeYearReport }) {
  const { year } = report;
  const s = useStyles();
  const { workbook, changes, notifyChange } = usePane();
  const [records, setRecords] = useState<FollowUpRecord[]>([]);
  const [chosen, setChosen] = useState('');
  const [entry, setEntry] = useState<Entry>(EMPTY);
  const [state, run] = useAction();
  // The agreements the year's report counts, with the committee's cost of the year (as the Översikt sheet divides it).
  const running = useMemo(() => report.counted.map((r) => r.agreement), [report]);
  const costOf = useMemo(() => new Map(report.counted.map((r) => [r.agreement, r.inYear?.committee ?? 0])), [report]);
  const current = running.find((a) => keyOf(a) === chosen) ?? running[0];

  useEffect(() => {
    let live = true;
    workbook.listFollowUp().then(
      (r) => live && setRecords(r.records),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [workbook, changes]);

  const recordOf = (a: Agreement) => records.find((r) => r.agreement === keyOf(a) && r.year === year);
  // Choosing an agreement (or a year) shows what is recorded for it, so a second entry edits the first.
  useEffect(() => {
    setEntry(current ? entryOf(recordOf(current)) : EMPTY);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current && keyOf(current), year, records]);

  const save = () =>
    run(
      async () => {
        if (!current) throw new Error(`Inga avtal löper ${year}: välj ett annat år.`);
        const received = normaliseDateInput(entry.reportReceived);
        const problem = received === '' ? null : dateInputProblem(received);
        if (problem) throw new Error(`Rapport inkommen: ${problem}`);
        const record: FollowUpRecord = {
          agreement: keyOf(current),
          year,
          participants: count('Deltagare', entry.participants, true),
          placesUsed: count('Helårsplatser använda', entry.placesUsed, false),
          reportReceived: received === '' ? null : received,
          meetingsHeld: count('Möten', entry.meetingsHeld, true),
          comment: entry.comment.trim(),
        };
        await workbook.saveFollowUp(record);
        notifyChange();
        return current.name;
      },
      (name) => `Uppföljningen av "${name}" för ${year} är sparad på bladet Uppföljning.`,
    );

  const today = statusDate(year);
  const set = (k: keyof Entry) => (_: unknown, d: { value: string }) => setEntry({ ...entry, [k]: d.value });

  return (
    <section className={s.stack} aria-labelledby="follow-up-heading">
      <h3 id="follow-up-heading" className={s.heading}>
        Uppföljning {year}
      </h3>
      {/* Each agreement's name on a row of its own and its three figures beneath: four columns with a long name
          first cut the report column off in a 350 px pane. */}
      <table className={s.table} aria-labelledby="follow-up-caption">
        <caption id="follow-up-caption" className={s.caption}>
          Deltagare, kostnad per deltagare (nämndens kostnad {year}, uppräknad och för de månader avtalet gäller, delad med deltagarna) och
          återrapport för avtal som räknas {year}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={s.numeric}>
              Deltagare
            </th>
            <th scope="col" className={s.numeric}>
              Kostnad/deltagare
            </th>
            <th scope="col" className={s.numeric}>
              Rapport
            </th>
          </tr>
        </thead>
        {running.length === 0 && (
          <tbody>
            <tr>
              <td colSpan={3} className={s.muted}>
                Inget avtal att följa upp för {year}.
              </td>
            </tr>
          </tbody>
        )}
        {running.map((a) => {
          const r = recordOf(a);
          const per = costPerParticipant(costOf.get(a) ?? 0, r?.participants);
          return (
            <tbody key={keyOf(a)} data-testid="follow-up-row">
              <tr>
                <th scope="rowgroup" colSpan={3} className={s.nameRow}>
                  {a.name}
                </th>
              </tr>
              <tr>
                <td className={s.numeric}>{r?.participants ?? '–'}</td>
                <td className={s.numeric}>{per === null ? '–' : formatKr(per)}</td>
                <td className={s.numeric}>{reportStatus(r, a.followUp, year, today) || '–'}</td>
              </tr>
            </tbody>
          );
        })}
      </table>
      {running.length > 0 && (
        <form
          className={s.stack}
          aria-labelledby="follow-up-form-heading"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <h4 id="follow-up-form-heading" className={s.heading}>
            Registrera uppföljning
          </h4>
          <Field label="Avtal">
            <Select className={s.shrink} select={{ className: s.shrink }} value={current ? keyOf(current) : ''} onChange={(_, d) => setChosen(d.value)}>
              {running.map((a) => (
                <option key={keyOf(a)} value={keyOf(a)}>
                  {a.name}
                </option>
              ))}
            </Select>
          </Field>
          <div className={s.row}>
            <Field label="Deltagare" className={s.grow} {...countState(entry.participants, true)}>
              <Input value={entry.participants} inputMode="numeric" onChange={set('participants')} />
            </Field>
            <Field label="Helårsplatser använda" className={s.grow} {...countState(entry.placesUsed, false)}>
              <Input value={entry.placesUsed} inputMode="decimal" onChange={set('placesUsed')} />
            </Field>
            <Field label="Möten" className={s.grow} {...countState(entry.meetingsHeld, true)}>
              <Input value={entry.meetingsHeld} inputMode="numeric" onChange={set('meetingsHeld')} />
            </Field>
          </div>
          <DateField label="Rapport inkommen" value={entry.reportReceived} onChange={(v) => setEntry({ ...entry, reportReceived: v })} />
          <Field label="Kommentar">
            <Input value={entry.comment} onChange={set('comment')} />
          </Field>
          <div className={s.row}>
            <Button type="submit" appearance="primary" disabledFocusable={state.busy}>
              {state.busy ? 'Sparar…' : 'Spara uppföljning'}
            </Button>
          </div>
          {current && recordOf(current)?.reportReceived && <p className={s.muted}>Rapporten kom in den {formatIsoDate(recordOf(current)!.reportReceived)}.</p>}
          <ActionMessages state={state} />
        </form>
      )}
    </section>
  );
}
