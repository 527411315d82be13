import { useEffect, useMemo, useState } from 'react';
import { Button, Field, Input, Select } from '@fluentui/react-components';
import type { Agreement } from '../../domain/agreement';
import { ContributionChart } from '../components/ContributionChart';
import { CommitteeSummaryTable } from '../components/CommitteeSummaryTable';
import { ExtensionWatchList } from '../components/ExtensionWatchList';
import { FollowUpForm } from '../components/FollowUpForm';
import { InvoiceForm } from '../components/InvoiceForm';
import { MemoDownload } from '../components/MemoDownload';
import { ActionMessages } from '../components/Messages';
import { MissingStartDates } from '../components/MissingStartDates';
import { usePane } from '../context';
import { useStyles } from '../styles';
import { YearReportTable } from '../components/YearReportTable';
import { useAction } from '../useAction';
import { belongsToCommittee } from '../../domain/committee';
import { periodStart } from '../../domain/validity';
import { reportFor } from '../../domain/yearReport';
import { chartYears, reportsByYear } from '../yearSeries';

export function OverviewView() {
  const s = useStyles();
  const { workbook, settings, changes } = usePane();
  const [all, setAll] = useState<Agreement[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [year, setYear] = useState(settings.baseYear);
  const [committee, setCommittee] = useState(settings.committee);
  // The year and committee of the Översikt sheet as last filled, kept in the workbook.
  const [filled, setFilled] = useState<{ year: number | null; committee: string | null }>({ year: null, committee: null });
  const [loadState, load] = useAction();
  const [fillState, fill] = useAction();

  const refresh = () =>
    load(async () => {
      const result = await workbook.listAgreements();
      setAll(result.agreements);
      setProblems(result.problems);
      return result.agreements.length;
    }, (count) => (count === 0 ? 'Arbetsboken har inga avtal ännu: importera eller skapa ett först.' : null));

  useEffect(() => {
    void refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [changes]);

  useEffect(() => {
    let live = true;
    workbook.readChoices().then(
      (c) => {
        if (!live) return;
        setFilled({ year: c.overviewYear, committee: c.overviewCommittee });
        if (c.overviewYear !== null) setYear(c.overviewYear);
        if (c.overviewCommittee !== null) setCommittee(c.overviewCommittee);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [workbook]);

  /** A choice is kept in the workbook as soon as it is made, so a tab switch or a save does not reset it. */
  const choose = (nextYear: number, nextCommittee: string) => {
    setYear(nextYear);
    setCommittee(nextCommittee);
    if (nextCommittee.trim() !== '') void workbook.saveOverviewChoice(nextYear, nextCommittee.trim()).catch(() => undefined);
  };

  // The pane shows what the sheets show: the chosen committee's agreements only, as the domain reports them.
  const chosen = committee.trim();
  const agreements = useMemo(() => all.filter((a) => belongsToCommittee(a, chosen)), [all, chosen]);
  // Agreements of other committees are left out of the sheets; saying so keeps "Inga avtal" from reading as lost.
  const hidden = useMemo(() => all.filter((a) => !belongsToCommittee(a, chosen)), [all, chosen]);
  const reports = useMemo(() => reportsByYear(all, chosen), [all, chosen]);
  const report = useMemo(() => reports.find((r) => r.year === year) ?? reportFor(all, chosen, year), [reports, all, chosen, year]);
  // Every year from the first to the last any agreement names (a start, an end, the overview's year), also
  // agreements without a plan, and this year: never only the current year.
  const yearOptions = useMemo(() => {
    const named = agreements.flatMap((a) => {
      const first = periodStart(a.validity)?.date;
      return [first, a.validity.end, a.validity.extendedEnd].filter((d): d is string => !!d).map((d) => Number(d.slice(0, 4)));
    });
    const every = [...reports.map((r) => r.year), ...named, settings.baseYear, year, new Date().getFullYear()];
    // Without any first day the first year is unknown: earlier years stay choosable.
    const first = Math.min(...every) - (agreements.some((a) => !periodStart(a.validity)) ? 5 : 0);
    const last = Math.max(...every);
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  }, [agreements, reports, settings.baseYear, year]);
  const chart = useMemo(() => chartYears(reports), [reports]);

  const submit = () =>
    fill(
      async () => {
        if (committee.trim() === '') throw new Error('Ange nämndens namn.');
        await workbook.fillOverview(year, committee.trim());
        setFilled({ year, committee: committee.trim() });
        await refresh();
      },
      () => `Översikten och flerårsplanen för ${year} är ifyllda.`,
    );

  return (
    <section className={s.stack} aria-labelledby="overview-heading">
      <h2 id="overview-heading" className={s.heading}>
        Översikt och flerårsplan
      </h2>
      <div className={s.row}>
        <Field label="År" className={s.narrow}>
          <Select value={String(year)} onChange={(_, d) => choose(Number(d.value), committee)}>
            {yearOptions.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Nämnd" className={s.grow}>
          <Input value={committee} onChange={(_, d) => setCommittee(d.value)} onBlur={() => choose(year, committee)} />
        </Field>
      </div>
      <CommitteeSummaryTable agreements={all} year={year} chosen={committee} onChoose={(c) => choose(year, c)} />
      <div className={s.row}>
        <Button appearance="primary" onClick={submit} disabledFocusable={fillState.busy}>
          {fillState.busy ? 'Fyller i…' : 'Fyll i översikten'}
        </Button>
        <Button onClick={() => void refresh()} disabledFocusable={loadState.busy}>
          Läs om avtalen
        </Button>
      </div>
      {filled.year !== null && (filled.year !== year || filled.committee !== committee.trim()) && (
        <p className={s.muted} role="status">
          Bladet Översikt visar {filled.committee} {filled.year}. Fyll i översikten för att visa {committee.trim() || 'nämnden'} {year} där.
        </p>
      )}
      <ActionMessages state={fillState} />
      <MemoDownload agreements={agreements} year={year} committee={committee} />
      <ActionMessages state={loadState} />
      {problems.length > 0 && (
        <ActionMessages state={{ busy: false, error: `Några rader kunde inte läsas: ${problems.join(' ')}`, success: null }} />
      )}

      <YearReportTable report={report} />

      {hidden.length > 0 && (
        <p className={s.muted} data-testid="other-committees">
          {hidden.length === 1 ? '1 avtal i arbetsboken hör till en annan nämnd' : `${hidden.length} avtal i arbetsboken hör till andra nämnder`} och
          räknas inte här: {hidden.map(otherCommitteeLabel).join('; ')}.{' '}
          {hidden.length === 1 ? 'Skriv den nämndens namn under Nämnd för att se det.' : 'Skriv en av nämndernas namn under Nämnd för att se dess avtal.'}
        </p>
      )}

      <FollowUpForm report={report} />
      <InvoiceForm agreements={agreements} all={all} year={year} />

      <ExtensionWatchList agreements={agreements} year={year} committee={committee} />

      <ContributionChart years={chart} selectedYear={year} />
      <MissingStartDates agreements={agreements} year={year} />
    </section>
  );
}

/** "Läxhjälpen Tensta (Rinkeby-Kista stadsdelsnämnd)": the agreement with the committee its public party names. */
function otherCommitteeLabel(a: Agreement): string {
  const named = a.parties.find((p) => p.sector === 'public' && /(nämnd|styrelse|fullmäktige)/i.test(`${p.name} ${p.unit ?? ''}`));
  const committee = named ? (named.unit && /(nämnd|styrelse|fullmäktige)/i.test(named.unit) ? named.unit : named.name) : null;
  return committee ? `${a.name} (${committee})` : a.name;
}
