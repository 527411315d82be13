import { useEffect, useRef, useState } from 'react';
import { Button } from '@fluentui/react-components';
import type { ImportedAgreement } from '../../import/result';
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
 * the text they are about), then the details per section — collapsed unless they hold a warning.
 */
export function ImportedAgreementEditor({
  agreement,
  index,
  onSaved,
  register,
}: {
  agreement: ImportedAgreement;
  index: number;
  onSaved(saved: boolean): void;
  register(handle: EditorHandle | null): void;
}) {
  const s = useStyles();
  const { settings } = usePane();
  const [draft, setDraft] = useState<AgreementDraft>(() => draftFromAgreement(stripNotes(agreement)));
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [state, run] = useAction();
  const [safeSave, saveDialog] = useSafeSave();
  const form = useRef<HTMLElement>(null);
  const notes = groupNotes(agreement);
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
      return false;
    }
    setErrors([]);
    const outcome = await run(
      () => safeSave(parsed.value, { workbookIndexed: draft.indexChoice === 'workbook' }),
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
          {warnings.map((w, i) => (
            <WarningBar key={i} title={w.field ? fieldLabel(w.field) : undefined} snippets={snippetsFor(agreement.provenance, w.field, 1)}>
              {w.message}
            </WarningBar>
          ))}
        </section>
      )}
      {order.map((key) => {
        const count = notes.warnings[key].length;
        const fieldsWithSource = [...new Set(notes.provenance[key].map((p) => p.field))];
        return (
          <details key={key} className={s.details} open={count > 0} aria-label={FIELD_GROUPS[key].title}>
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
              {fields[key]}
            </div>
          </details>
        );
      })}
    </article>
  );
}

function stripNotes(agreement: ImportedAgreement) {
  const { warnings: _warnings, provenance: _provenance, obtained: _obtained, ...plain } = agreement;
  return plain;
}
