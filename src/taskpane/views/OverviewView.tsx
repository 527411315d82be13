import { useEffect, useMemo, useState } from 'react';
import { Button, Field, Input, Select } from '@fluentui/react-components';
import type { Agreement } from '../../domain/agreement';
import { ContributionChart } from '../components/ContributionChart';
import { CommitteeSummaryTable } from '../components/CommitteeSummaryTable';
import { ExtensionWatchList } from '../components/ExtensionWatchList';
import { FollowUpForm } from '../components/FollowUpForm';
import { MemoDownload } from '../components/MemoDownload';
import { ActionMessages } from '../components/Messages';
import { MissingStartDates } from '../components/MissingStartDates';
import { usePane } from '../context';
import { useStyles } from '../styles';
import { SectorAmountCells, SectorHeaderCells } from '../components/SectorCells';
import { useAction } from '../useAction';
import { belongsToCommittee } from '../../domain/committee';
import { agreementsInYear, totalsPerYear } from '../yearTotals';

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

  // The pane shows what the sheets show: the chosen committee's agreements only.
  const agreements = useMemo(() => all.filter((a) => belongsToCommittee(a, committee.trim())), [all, committee]);
  // Agreements of other committees are left out of the sheets; saying so keeps "Inga avtal" from reading as lost.
  const hidden = useMemo(() => all.filter((a) => !belongsToCommittee(a, committee.trim())), [all, committee]);
  const years = useMemo(() => totalsPerYear(agreements), [agreements]);
  // Every year from the first to the last any agreement names (a start, an end), also agreements without a
  // plan (a memo's overview gives only end dates), and this year: never only the current year.
  const yearOptions = useMemo(() => {
    const named = agreements.flatMap((a) => [a.validity.start, a.validity.end, a.validity.extendedEnd].filter((d): d is string => !!d).map((d) => Number(d.slice(0, 4))));
    const all = [...years.map((y) => y.year), ...named, settings.baseYear, year, new Date().getFullYear()];
    // Without start dates the first year is unknown: earlier years stay choosable (a memo's overview).
    const first = Math.min(...all) - (agreements.some((a) => !a.validity.start) ? 5 : 0);
    const last = Math.max(...all);
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  }, [agreements, years, settings.baseYear, year]);
  const rows = useMemo(() => agreementsInYear(agreements, year), [agreements, year]);
  const total = rows.reduce((acc, r) => ({ public: acc.public + r.public, civil: acc.civil + r.civil, total: acc.total + r.total }), {
    public: 0,
    civil: 0,
    total: 0,
  });

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

      <table className={s.table} aria-labelledby="overview-year-caption">
        <caption id="overview-year-caption" className={s.muted}>
          Avtal för {committee.trim() || 'alla nämnder'} som löper {year} (inom avtalstiden)
        </caption>
        <thead>
          <tr>
            <SectorHeaderCells />
          </tr>
        </thead>
        {/* One body per agreement: its (often long) name on a row of its own, the amounts beneath, so the
            narrow pane needs no horizontal scrolling. */}
        {rows.length === 0 && (
          <tbody>
            <tr>
              <td colSpan={3} className={s.muted}>
                Inga avtal löper {year} inom avtalstiden.
              </td>
            </tr>
          </tbody>
        )}
        {rows.map((r, i) => (
          <tbody key={i}>
            <tr>
              <th scope="rowgroup" colSpan={3} className={s.nameRow}>
                {r.name}
              </th>
            </tr>
            <tr>
              <SectorAmountCells amounts={r} />
            </tr>
          </tbody>
        ))}
        <tfoot>
          <tr>
            <th scope="rowgroup" colSpan={3} className={s.nameRow}>
              Summa {year}
            </th>
          </tr>
          <tr data-testid="overview-totals">
            <SectorAmountCells amounts={total} />
          </tr>
        </tfoot>
      </table>

      {hidden.length > 0 && (
        <p className={s.muted} data-testid="other-committees">
          {hidden.length === 1 ? '1 avtal i arbetsboken hör till en annan nämnd' : `${hidden.length} avtal i arbetsboken hör till andra nämnder`} och
          räknas inte här: {hidden.map(otherCommitteeLabel).join('; ')}.{' '}
          {hidden.length === 1 ? 'Skriv den nämndens namn under Nämnd för att se det.' : 'Skriv en av nämndernas namn under Nämnd för att se dess avtal.'}
        </p>
      )}

      <FollowUpForm agreements={agreements} year={year} />

      <ExtensionWatchList agreements={agreements} year={year} committee={committee} />

      <ContributionChart years={years} selectedYear={year} />
      <MissingStartDates agreements={agreements} />
    </section>
  );
}

/** "Läxhjälpen Tensta (Rinkeby-Kista stadsdelsnämnd)": the agreement with the committee its public party names. */
function otherCommitteeLabel(a: Agreement): string {
  const named = a.parties.find((p) => p.sector === 'public' && /(nämnd|styrelse|fullmäktige)/i.test(`${p.name} ${p.unit ?? ''}`));
  const committee = named ? (named.unit && /(nämnd|styrelse|fullmäktige)/i.test(named.unit) ? named.unit : named.name) : null;
  return committee ? `${a.name} (${committee})` : a.name;
}
