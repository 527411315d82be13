import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import type { Agreement } from '../../domain/agreement';
import { INVOICE_STATUS, checkInvoice, checkPeriod, plannedAgreements, requiredReference, type InvoiceRecord } from '../../domain/invoiceCheck';
import { calendarDateOf } from '../../domain/dates';
import { usePane } from '../context';
import { DateField } from '../fields/DateField';
import { formatKr } from '../format';
import { EMPTY_ENTRY, amountProblem, entryProblems, invoiceRecordOf, periodProblem, type InvoiceEntry } from '../invoiceEntry';
import { useStyles } from '../styles';
import { useAction } from '../useAction';
import { ActionMessages } from './Messages';

const keyOf = (a: Agreement) => a.id ?? a.name;

/** What the last registration gave: the invoice as written and the domain's status of its row. */
interface Registered {
  record: InvoiceRecord;
  status: string;
}

/**
 * "Registrera faktura" (issue 18): an invoice received for one of the committee's agreements, written as a row of
 * the sheet Fakturor, and its status as the sheet's formulas give it (the domain's checkInvoice over every invoice
 * recorded): Stämmer, Avviker med …, Dubblett, Referens saknas. Above the form the chosen agreement's periods of
 * the year with their status (checkPeriod): Stämmer, Avviker, Väntas, Ej inkommen. A refused entry keeps every
 * field as typed, each problem on its field.
 */
export function InvoiceForm({ agreements, all, year }: { agreements: readonly Agreement[]; all: readonly Agreement[]; year: number }) {
  const s = useStyles();
  const { workbook, changes, notifyChange } = usePane();
  const [records, setRecords] = useState<InvoiceRecord[]>([]);
  const [chosen, setChosen] = useState('');
  const [entry, setEntry] = useState<InvoiceEntry>(EMPTY_ENTRY);
  const [sent, setSent] = useState(false);
  const [registered, setRegistered] = useState<Registered | null>(null);
  // The agreement chosen is no longer in the workbook (deleted or renamed in the sheet since the pane read it).
  const [gone, setGone] = useState<string | null>(null);
  const [state, run] = useAction();
  // A second Enter while the first registration is written is not a second invoice.
  const saving = useRef(false);
  // A registration the domain calls a duplicate waits for the official's "Registrera ändå": the record and its status.
  const [duplicate, setDuplicate] = useState<Registered | null>(null);
  // Every agreement of the workbook has its plan: an invoice naming another committee's agreement is still known.
  const plans = useMemo(() => plannedAgreements(all, all.map(keyOf)), [all]);
  const current = agreements.find((a) => keyOf(a) === chosen) ?? agreements[0];
  const planned = current ? plans.find((p) => p.key === keyOf(current)) : undefined;
  const parties = useMemo(() => [...new Set(planned?.plan.rows.map((r) => r.party) ?? [])], [planned]);

  useEffect(() => {
    let live = true;
    workbook.listInvoices().then(
      (r) => live && setRecords(r.records),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [workbook, changes]);

  // Choosing an agreement proposes its first party and that party's first period of the year; the rest stays as typed.
  useEffect(() => {
    const party = parties[0] ?? '';
    const period = planned?.plan.rows.find((r) => r.party === party && r.period.year === year)?.period.label ?? '';
    setEntry((e) => ({ ...e, party, period }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current && keyOf(current), year, parties.join('\u0001')]);

  // A changed field is another invoice: the duplicate warning was about the one before.
  useEffect(() => setDuplicate(null), [entry]);

  const problems = sent ? entryProblems(entry, planned?.plan ?? null) : {};
  // As typed: the amount and the period say what is wrong before the form is sent.
  const live: Partial<Record<keyof InvoiceEntry, string | null>> = {
    amount: problems.amount ?? amountProblem(entry.amount),
    period: problems.period ?? (entry.period.length >= 6 ? periodProblem(entry.period, planned?.plan ?? null, entry.party) : null),
    party: problems.party,
    number: problems.number,
    date: problems.date,
    attestedOn: problems.attestedOn,
  };
  const fieldState = (k: keyof InvoiceEntry) => (live[k] ? { validationState: 'error' as const, validationMessage: live[k]! } : {});

  const save = (confirmed: InvoiceRecord | null = null) => {
    if (saving.current) return Promise.resolve(null);
    saving.current = true;
    return run(
      async () => {
        setSent(true);
        setDuplicate(null);
        setGone(null);
        if (!current || !planned) throw new Error('Avtalet är okänt: arbetsboken har inget avtal för nämnden. Läs om avtalen eller välj en annan nämnd.');
        if (planned.plan.problem) throw new Error(`"${current.name}" har ingen fakturaplan: ${planned.plan.problem}`);
        const found = Object.values(entryProblems(entry, planned.plan));
        // The last registration's status stays beside a duplicate warning (a second Enter), not beside other problems.
        if (found.length > 0) setRegistered(null);
        if (found.length === 1) throw new Error(`Fakturan registrerades inte: ${found[0]} Det du skrivit finns kvar i fälten.`);
        if (found.length > 1) throw new Error(`Fakturan registrerades inte: ${found.length} fält behöver rättas, se meddelandena vid fälten. Det du skrivit finns kvar i fälten.`);
        const record = invoiceRecordOf(entry, keyOf(current));
        // The domain's own check on the invoice as the last row: a duplicate is written only when the official says so.
        const ahead = checkInvoice([...records, record], records.length, plans).status;
        if ((ahead === INVOICE_STATUS.duplicateNumber || ahead === INVOICE_STATUS.duplicatePeriod) && JSON.stringify(confirmed) !== JSON.stringify(record)) {
          setDuplicate({ record, status: ahead });
          return null;
        }
        setRegistered(null);
        try {
          await workbook.saveInvoice(record);
        } catch (e) {
          if (e instanceof Error && /finns inte längre i arbetsboken/.test(e.message)) setGone(keyOf(current));
          throw e;
        }
        // The status of the row as the sheet now has it: every invoice recorded, this one last of its kind.
        const after = (await workbook.listInvoices()).records;
        setRecords(after);
        const same = (r: InvoiceRecord) => JSON.stringify(r) === JSON.stringify(record);
        const index = after.map(same).lastIndexOf(true);
        const status = index >= 0 ? checkInvoice(after, index, plans).status : checkInvoice([...after, record], after.length, plans).status;
        setRegistered({ record, status });
        setSent(false);
        notifyChange();
        return record;
      },
      () => null,
    ).finally(() => {
      saving.current = false;
    });
  };

  const set = (k: keyof InvoiceEntry) => (_: unknown, d: { value: string }) => setEntry({ ...entry, [k]: d.value });
  const today = calendarDateOf(new Date());
  const periods = planned ? planned.plan.rows.filter((r) => r.period.year === year).map((row) => checkPeriod(planned, row, records, today)) : [];
  const reference = current ? requiredReference(current) : null;

  return (
    <section className={s.stack} aria-labelledby="invoice-heading">
      <h3 id="invoice-heading" className={s.heading}>
        Fakturor {year}
      </h3>
      {agreements.length === 0 ? (
        <p className={s.muted}>Inget avtal att registrera fakturor för.</p>
      ) : (
        <form
          className={s.stack}
          aria-labelledby="invoice-form-heading"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <h4 id="invoice-form-heading" className={s.subheading}>
            Registrera faktura
          </h4>
          <Field
            label="Avtal"
            {...(current && gone === keyOf(current) ? { validationState: 'error' as const, validationMessage: 'Avtalet är okänt: det finns inte längre i arbetsboken. Läs om avtalen och välj igen – det du skrivit finns kvar.' } : {})}
          >
            <Select className={s.shrink} select={{ className: s.shrink }} value={current ? keyOf(current) : ''} onChange={(_, d) => setChosen(d.value)}>
              {agreements.map((a) => (
                <option key={keyOf(a)} value={keyOf(a)}>
                  {a.name}
                </option>
              ))}
            </Select>
          </Field>
          {planned?.plan.problem && <p className={s.errorText}>Ingen fakturaplan: {planned.plan.problem}</p>}
          {planned && !planned.plan.problem && planned.plan.unknownParties.length > 0 && (
            <p className={s.muted}>
              Avtalet anger inte beloppet för {planned.plan.unknownParties.join(', ')}: {planned.plan.unknownParties.length === 1 ? 'den parten' : 'de parterna'} har ingen fakturaplan, och en
              faktura till {planned.plan.unknownParties.length === 1 ? 'den' : 'dem'} kan inte kontrolleras.
            </p>
          )}
          {periods.length > 0 && (
            <table className={s.table} data-testid="invoice-periods">
              <caption className={s.caption}>
                Vad avtalet anger för {year} ({planned!.plan.issuer ? `${planned!.plan.issuer} fakturerar` : 'fakturan kommer från den idéburna parten'})
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={s.footLabel}>
                    Period
                  </th>
                  <th scope="col" className={s.numericHead}>
                    Belopp
                  </th>
                  <th scope="col" className={s.numericHead}>
                    Status
                  </th>
                </tr>
              </thead>
              <tbody>
                {periods.map((p) => (
                  <tr key={`${p.row.party}\u0001${p.row.period.label}`}>
                    <th scope="row" className={s.footLabel}>
                      {p.row.period.label}
                      {parties.length > 1 && <span className={s.rowNote}>{p.row.party}</span>}
                    </th>
                    <td className={s.numeric}>{formatKr(p.row.amount)}</td>
                    <td className={s.numeric}>{p.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Field label="Fakturerad part" {...fieldState('party')}>
            <Select className={s.shrink} select={{ className: s.shrink }} value={entry.party} onChange={set('party')}>
              {parties.length === 0 && <option value="">Ingen part med känt belopp</option>}
              {parties.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </Select>
          </Field>
          {/* One field a row but the number and the amount: a hint or a message under one of two fields side by side
              would set them off against each other in a 350 px pane. */}
          <Field label="Period" hint={live.period ? undefined : 'Som fakturan anger den, t.ex. helår 2025'} {...fieldState('period')}>
            <Input value={entry.period} autoComplete="off" onChange={set('period')} />
          </Field>
          <div className={s.row}>
            <Field label="Fakturanummer" className={s.grow} {...fieldState('number')}>
              <Input value={entry.number} autoComplete="off" onChange={set('number')} />
            </Field>
            <Field label="Belopp (kr)" className={s.grow} {...fieldState('amount')}>
              <Input value={entry.amount} inputMode="numeric" autoComplete="off" onChange={set('amount')} />
            </Field>
          </div>
          <DateField label="Fakturadatum" value={entry.date} onChange={(v) => setEntry({ ...entry, date: v })} />
          <Field label="Referens eller märkning på fakturan" hint={reference ? `Avtalet kräver: ${reference}` : 'Avtalet anger ingen referens'}>
            <Input value={entry.reference} autoComplete="off" onChange={set('reference')} />
          </Field>
          <DateField label="Attesterad den" value={entry.attestedOn} onChange={(v) => setEntry({ ...entry, attestedOn: v })} />
          <Field label="Attesterad av">
            <Input value={entry.attestedBy} onChange={set('attestedBy')} />
          </Field>
          <Field label="Kommentar">
            <Input value={entry.comment} onChange={set('comment')} />
          </Field>
          <div className={s.row}>
            <Button type="submit" appearance="primary" disabledFocusable={state.busy}>
              {state.busy ? 'Registrerar…' : 'Registrera faktura'}
            </Button>
          </div>
          {duplicate && (
            <MessageBar intent="warning" layout="multiline" data-testid="invoice-duplicate">
              <MessageBarBody>
                <strong>{duplicate.status}.</strong>{' '}
                {duplicate.status === INVOICE_STATUS.duplicateNumber
                  ? `Faktura ${duplicate.record.number} är redan registrerad för avtalet.`
                  : `${duplicate.record.period} är redan fakturerad för ${duplicate.record.party}.`}{' '}
                Fakturan är inte registrerad. Registrera den ändå om det är en annan faktura; annars ändra fälten.
                <div className={s.row}>
                  <Button appearance="secondary" onClick={() => void save(duplicate.record)}>
                    Registrera ändå
                  </Button>
                </div>
              </MessageBarBody>
            </MessageBar>
          )}
          <div aria-live="polite" data-testid="invoice-status">
            {registered && (
              <MessageBar intent={registered.status === INVOICE_STATUS.matches ? 'success' : 'warning'} layout="multiline">
                <MessageBarBody>
                  {registered.record.number ? `Faktura ${registered.record.number}` : 'Fakturan'} ({registered.record.period}, {formatKr(registered.record.amount ?? 0)}) är registrerad på bladet Fakturor. Status:{' '}
                  <strong>{registered.status}</strong>.
                </MessageBarBody>
              </MessageBar>
            )}
          </div>
          <ActionMessages state={state} />
        </form>
      )}
    </section>
  );
}
