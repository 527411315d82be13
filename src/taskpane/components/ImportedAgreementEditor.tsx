import { useEffect, useMemo, useRef, useState } from 'react';
import { Button } from '@fluentui/react-components';
import type { Agreement } from '../../domain/agreement';
import type { DocumentKind, ImportedAgreement } from '../../import/result';
import { ShowMore, useGrowing } from './ShowMore';

const MAX_SOURCE_LINES = 10;
import { AgreementDraft, draftFromAgreement, draftToAgreement } from '../agreementDraft';
import { usePane } from '../context';
import { EconomyFields } from '../fields/EconomyFields';
import { GeneralFields } from '../fields/GeneralFields';
import { IndexationFields } from '../fields/IndexationFields';
import { PartiesFields } from '../fields/PartiesFields';
import { ValidityFields } from '../fields/ValidityFields';
import { FIELD_GROUPS, GroupKey, METHOD_TEXT, fieldLabel, fieldMethod, groupNotes, snippetsFor } from '../importGroups';
import { useStyles } from '../styles';
import { useAction } from '../useAction';
import { useSafeSave } from '../useSafeSave';
import { ErrorSummary } from './ErrorSummary';
import { KeyFigures } from './KeyFigures';
import { ActionMessages, WarningBar } from './Messages';

export interface EditorHandle {
  /** Saves this agreement (asking on a clash); true when it is saved. */
  save(): Promise<boolean>;
}

/**
 * One imported agreement, in the order an official checks it: key figures, Save, what to check (warnings with
 * the text they are about), then the details per section, collapsed (each says how many points it holds).
 */
export function ImportedAgreementEditor({
  agreement,
  index,
  documentKind = null,
  followsWorkbook = false,
  usersRow = null,
  onSaved,
  register,
}: {
  agreement: ImportedAgreement;
  index: number;
  /** The kind of document whose values the preview holds (kept with the row when saved unedited). */
  documentKind?: DocumentKind | null;
  /** Whether the workbook row it updates follows the workbook's Indexsats and Basår. */
  followsWorkbook?: boolean;
  /** The user's own workbook row this preview updates: saving over it asks when anything would change. */
  usersRow?: Agreement | null;
  onSaved(saved: boolean): void;
  register(handle: EditorHandle | null): void;
}) {
  const s = useStyles();
  const { settings } = usePane();
  const [draft, setDraft] = useState<AgreementDraft>(() => draftFromAgreement(stripNotes(agreement), followsWorkbook));
  // As the documents gave it: saved so, the row keeps the rank of its document for later imports.
  const [initial] = useState(() => JSON.stringify(draft));
  // A section's fields are made when it is first opened: a review of many agreements stays quick to show.
  const [mounted, setMounted] = useState<ReadonlySet<GroupKey>>(new Set());
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [state, run] = useAction();
  const [safeSave, saveDialog] = useSafeSave();
  const form = useRef<HTMLElement>(null);
  const notes = useMemo(() => groupNotes(agreement), [agreement]);
  const headingId = `imported-${index}`;
  const workbook = { indexRate: settings.indexRate, baseYear: settings.baseYear };

  const change = (next: AgreementDraft) => {
    setDraft(next);
    if (saved) {
      setSaved(false);
      onSaved(false);
    }
  };

  const save = async (): Promise<boolean> => {
    const parsed = draftToAgreement(draft, workbook);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      // The sections the errors are in get their fields, so each error's link can reach its field.
      setMounted((prev) => new Set([...prev, ...parsed.errors.map(sectionOfError).filter((k): k is GroupKey => k !== null)]));
      return false;
    }
    setErrors([]);
    const outcome = await run(
      () => safeSave(parsed.value, { workbookIndexed: draft.indexChoice === 'workbook', documentKind: JSON.stringify(draft) === initial ? documentKind : null, usersRow }),
      (o) => (o ? `"${o.agreement.name}" är ${o.how === 'new' ? 'sparat som ett nytt avtal' : 'sparat'} i arbetsbokens tabeller.` : 'Inget sparades.'),
    );
    if (!outcome) return false;
    // A second save of this preview updates the agreement it became, not a new one.
    setDraft((d) => ({ ...d, id: outcome.agreement.id ?? d.id }));
    setSaved(true);
    onSaved(true);
    return true;
  };
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    register({ save: () => saveRef.current() });
    return () => register(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const fields: Record<GroupKey, JSX.Element> = {
    general: <GeneralFields draft={draft} onChange={change} />,
    parties: <PartiesFields draft={draft} onChange={change} />,
    validity: <ValidityFields draft={draft} onChange={change} />,
    economy: <EconomyFields draft={draft} onChange={change} socialFeeRate={settings.socialFeeRate} />,
    indexation: <IndexationFields draft={draft} onChange={change} workbook={workbook} />,
  };
  // What OCR read from a scan comes first: every such value must be checked against the page.
  const warnings = [...notes.general, ...(Object.keys(FIELD_GROUPS) as GroupKey[]).flatMap((k) => notes.warnings[k])].sort(
    (a, b) => Number(b.code === 'OCR') - Number(a.code === 'OCR'),
  );
  const shownWarnings = useGrowing(warnings.length, 10);
  // Sections with warnings first: that is where the user has to look.
  const order = (Object.keys(FIELD_GROUPS) as GroupKey[]).sort((a, b) => notes.warnings[b].length - notes.warnings[a].length);
  const name = draft.name || agreement.name;

  return (
    <article ref={form} className={s.stack} aria-labelledby={headingId} id={`review-${index}`}>
      <h3 id={headingId} className={s.heading} tabIndex={-1}>
        Förhandsgranskning: {name}
      </h3>
      <KeyFigures draft={draft} />
      <div className={s.row}>
        <Button appearance="primary" onClick={() => void save()} disabledFocusable={state.busy}>
          {state.busy ? 'Sparar…' : `Spara "${draft.name || 'avtalet'}" i arbetsboken`}
        </Button>
      </div>
      <ActionMessages state={state} />
      <ErrorSummary title="Rätta följande innan du sparar:" errors={errors} form={form} />
      {saveDialog}
      {warnings.length > 0 && (
        <section className={s.stack} aria-labelledby={`${headingId}-check`}>
          <h4 id={`${headingId}-check`} className={s.heading}>
            Att kontrollera ({warnings.length})
          </h4>
          {warnings.slice(0, shownWarnings.shown).map((w, i) => (
            <WarningBar key={i} title={w.field ? fieldLabel(w.field) : undefined} snippets={snippetsFor(agreement.provenance, w.field, 1)}>
              {w.message}
            </WarningBar>
          ))}
          <ShowMore growing={shownWarnings} noun="punkter" />
        </section>
      )}
      {order.map((key) => {
        const count = notes.warnings[key].length;
        // At most a few source lines per section: a table of thousands of rows is not quoted row by row.
        const allFields = [...new Set(notes.provenance[key].map((p) => p.field))];
        const fieldsWithSource = allFields.slice(0, MAX_SOURCE_LINES);
        // Closed until she opens one (the list above says what to check and where): the review stays short.
        return (
          <details
            key={key}
            className={s.details}
            aria-label={FIELD_GROUPS[key].title}
            onToggle={(e) => (e.currentTarget.open && !mounted.has(key) ? setMounted((prev) => new Set([...prev, key])) : undefined)}
          >
            <summary className={s.summary}>
              {FIELD_GROUPS[key].title}
              {count > 0 ? ` – ${count} att kontrollera` : ''}
            </summary>
            <div className={s.stack}>
              {fieldsWithSource.length > 0 && (
                <ul className={`iop-list ${s.stack}`} aria-label={`Källtext för ${FIELD_GROUPS[key].title}`}>
                  {fieldsWithSource.map((field) => (
                    <li key={field}>
                      <span className={s.muted}>
                        {fieldLabel(field)}
                        <span className={s.method}>({METHOD_TEXT[fieldMethod(agreement, field)]})</span>
                      </span>
                      <blockquote className={s.snippet}>{snippetsFor(agreement.provenance, field, 1)[0]}</blockquote>
                    </li>
                  ))}
                </ul>
              )}
              {allFields.length > MAX_SOURCE_LINES && <p className={s.muted}>Källtext för ytterligare {allFields.length - MAX_SOURCE_LINES} fält visas inte.</p>}
              {mounted.has(key) ? fields[key] : null}
            </div>
          </details>
        );
      })}
    </article>
  );
}

/** The section of the form an error line is about (by the schema's Swedish field names). */
function sectionOfError(error: string): GroupKey | null {
  if (/^(Namn|Målgrupp|Syfte|Platser)\b/.test(error)) return 'general';
  if (error.startsWith('Parter')) return 'parties';
  if (error.startsWith('Giltighet')) return 'validity';
  if (/^(Kostnadsposter|Bidrag|Totalt per år)/.test(error)) return 'economy';
  if (error.startsWith('Indexering')) return 'indexation';
  return null;
}

function stripNotes(agreement: ImportedAgreement) {
  const { warnings: _warnings, provenance: _provenance, obtained: _obtained, ...plain } = agreement;
  return plain;
}
