import { useMemo, useState } from 'react';
import { Button } from '@fluentui/react-components';
import { committeeAbbreviation, partnerNames } from '../../domain/committee';
import { FIGURE_LABELS, agreementYear } from '../../domain/yearReport';
import { WARNING_LABELS, type ImportWarning } from '../../import/result';
import { usePane } from '../context';
import { formatKr } from '../format';
import { fieldLabel } from '../importGroups';
import type { Preview } from '../importPreviews';
import { PreviewOrigin } from './PreviewOrigin';
import { useStyles } from '../styles';
import { ShowMore, useGrowing } from './ShowMore';

/** One kind of warning across the overview's rows: each thing it says once, with the rows it concerns. */
export interface WarningGroup {
  label: string;
  messages: { text: string; rows: string[] }[];
  /** Every row the kind concerns. */
  count: number;
}

const MAX_NAMES = 5;
const MAX_MESSAGES = 5;

/** The rows' warnings, one group per code and field ("Uppgift saknas › Gäller från och med: 5 rader"), largest first. */
export function warningGroups(previews: readonly Preview[]): WarningGroup[] {
  // Keyed by code and field as written (thousands of rows share a handful): each key is worded once.
  const groups = new Map<string, WarningGroup>();
  for (const p of previews) {
    for (const w of p.agreement.warnings as ImportWarning[]) {
      const key = `${w.code}|${w.field ?? ''}`;
      let g = groups.get(key);
      if (!g) {
        g = { label: `${WARNING_LABELS[w.code] ?? w.code}${w.field ? ` › ${fieldLabel(w.field)}` : ''}`, messages: [], count: 0 };
        groups.set(key, g);
      }
      let m = g.messages.find((x) => x.text === w.message);
      if (!m) {
        m = { text: w.message, rows: [] };
        g.messages.push(m);
      }
      if (m.rows[m.rows.length - 1] !== p.agreement.name) {
        m.rows.push(p.agreement.name);
        g.count++;
      }
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

const dash = (v: string | null | undefined) => (v && v.trim() ? v.trim() : '–');

/**
 * A committee's overview reviewed as it is written: one compact row per partnership in the overview's own
 * columns, the warnings grouped per kind above them (not repeated per row), and each row's full form on request
 * ("Ändra"). Thousands of rows are shown a part at a time.
 */
export function OverviewReview({
  source,
  previews,
  unsaved,
  errors,
  editorFor,
}: {
  source: string;
  previews: readonly Preview[];
  unsaved: ReadonlySet<string>;
  errors: ReadonlyMap<string, string[]>;
  editorFor(preview: Preview): JSX.Element;
}) {
  const s = useStyles();
  const { settings } = usePane();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const groups = useMemo(() => warningGroups(previews), [previews]);
  const rows = useGrowing(previews.length);
  const shownGroups = useGrowing(groups.length, 10);
  const abbr = committeeAbbreviation(settings.committee);
  const headingId = `overview-review-${previews[0]?.index ?? 0}`;
  if (previews.length === 0) return null;
  const toggle = (key: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <section className={s.stack} aria-labelledby={headingId}>
      <h3 id={headingId} className={s.heading} tabIndex={-1} data-review-heading>
        Granskning: {previews.length} partnerskap i {source}
      </h3>
      <p className={s.muted}>
        Raderna som i översikten. Värde/år och Kostnad/år: {FIGURE_LABELS.firstYearLevel.toLowerCase()}. Spara alla sparar dem, Ändra öppnar en
        rad i sin helhet.
      </p>
      {groups.length > 0 && (
        <section className={s.stack} aria-labelledby={`${headingId}-check`}>
          <h4 id={`${headingId}-check`} className={s.subheading}>
            Att kontrollera ({groups.length} slag)
          </h4>
          <ul className={`iop-list ${s.reasons}`}>
            {groups.slice(0, shownGroups.shown).map((g) => (
              <li key={g.label}>
                <span className={s.reasonName}>{g.label}</span>
                {g.messages.slice(0, MAX_MESSAGES).map((m) => (
                  <span key={m.text} className={s.groupLine}>
                    {m.text}{' '}
                    <span className={s.muted}>
                      ({m.rows.length === 1 ? m.rows[0] : `${m.rows.length} rader: ${m.rows.slice(0, MAX_NAMES).join(', ')}${m.rows.length > MAX_NAMES ? ` och ${m.rows.length - MAX_NAMES} till` : ''}`})
                    </span>
                  </span>
                ))}
                {g.messages.length > MAX_MESSAGES && <span className={s.groupLine}>… och {g.messages.length - MAX_MESSAGES} andra lydelser (öppna raderna med Ändra).</span>}
              </li>
            ))}
          </ul>
          <ShowMore growing={shownGroups} noun="slag" />
        </section>
      )}
      <ol className={s.compactRows} aria-label={`Partnerskap i ${source}`}>
        {previews.slice(0, rows.shown).map((p) => {
          const a = p.agreement;
          const year = agreementYear(a, settings.committee, settings.baseYear);
          const ownKnown = year.parties.some((x) => x.known && x.sector === 'public');
          const first = a.validity.start ?? (a.validity.inForceYear ? `i kraft ${a.validity.inForceYear}` : null);
          const rowErrors = errors.get(p.key) ?? [];
          return (
            <li key={p.key} className={s.compactRow} data-testid="overview-review-row">
              <div className={s.compactHead}>
                <span className={s.reasonName}>{a.name}</span>
                <span className={s.muted}>{unsaved.has(p.key) ? 'osparad' : 'sparad'}</span>
              </div>
              <dl className={s.compactFields}>
                <dt>Samverkanspart</dt>
                <dd>{dash(partnerNames(a, settings.committee))}</dd>
                <dt>Målgrupp</dt>
                <dd>{dash(a.overviewText?.targetGroup ?? a.targetGroup)}</dd>
                <dt>Syfte</dt>
                <dd>{dash(a.overviewText?.purpose ?? a.purpose)}</dd>
                <dt>Värde/år</dt>
                <dd>{year.firstYearLevel.total > 0 ? formatKr(year.firstYearLevel.total) : 'okänt'}</dd>
                <dt>Kostnad {abbr}/år</dt>
                <dd>{ownKnown ? formatKr(year.firstYearLevel.committee) : 'okänt'}</dd>
                <dt>Giltighet</dt>
                <dd>
                  {dash(first)} – {dash(a.validity.end)}
                </dd>
              </dl>
              <PreviewOrigin preview={p} />
              {rowErrors.length > 0 && <p className={s.errorText}>Rätta först: {rowErrors.join('; ')}</p>}
              <div>
                <Button size="small" aria-expanded={open.has(p.key)} onClick={() => toggle(p.key)}>
                  {open.has(p.key) ? 'Stäng' : 'Ändra'} <span className={s.visuallyHidden}>{a.name}</span>
                </Button>
              </div>
              {open.has(p.key) && editorFor(p)}
            </li>
          );
        })}
      </ol>
      <ShowMore growing={rows} noun="partnerskap" />
    </section>
  );
}
