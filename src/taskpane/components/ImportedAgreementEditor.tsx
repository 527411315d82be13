import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import type { ImportedAgreement } from '../../import/result';
import { AgreementDraft, draftFromAgreement, draftToAgreement } from '../agreementDraft';
import { usePane } from '../context';
import { EconomyFields } from '../fields/EconomyFields';
import { GeneralFields } from '../fields/GeneralFields';
import { IndexationFields } from '../fields/IndexationFields';
import { PartiesFields } from '../fields/PartiesFields';
import { ValidityFields } from '../fields/ValidityFields';
import { FIELD_GROUPS, GroupKey, fieldLabel, groupNotes, snippetsFor } from '../importGroups';
import { useStyles } from '../styles';
import { useAction } from '../useAction';
import { ActionMessages, ErrorList, WarningBar } from './Messages';

/** One imported agreement: every field editable, beside the text it was read from and its warnings. */
export function ImportedAgreementEditor({ agreement, index }: { agreement: ImportedAgreement; index: number }) {
  const s = useStyles();
  const { workbook, settings } = usePane();
  const [draft, setDraft] = useState<AgreementDraft>(() => draftFromAgreement(stripNotes(agreement)));
  const [errors, setErrors] = useState<string[]>([]);
  const [state, run] = useAction();
  const notes = groupNotes(agreement);
  const headingId = `imported-${index}`;

  const save = () => {
    const parsed = draftToAgreement(draft);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors([]);
    void run(
      () => workbook.saveAgreements([parsed.value]),
      () => `"${parsed.value.name}" är sparat i arbetsbokens tabeller.`,
    );
  };

  const fields: Record<GroupKey, JSX.Element> = {
    general: <GeneralFields draft={draft} onChange={setDraft} />,
    parties: <PartiesFields draft={draft} onChange={setDraft} />,
    validity: <ValidityFields draft={draft} onChange={setDraft} />,
    economy: <EconomyFields draft={draft} onChange={setDraft} socialFeeRate={settings.socialFeeRate} />,
    indexation: <IndexationFields draft={draft} onChange={setDraft} />,
  };

  return (
    <article className={s.stack} aria-labelledby={headingId}>
      <h3 id={headingId} className={s.heading}>
        Förhandsgranskning: {draft.name || agreement.name}
      </h3>
      {notes.general.map((w, i) => (
        <WarningBar key={i}>{w.message}</WarningBar>
      ))}
      {(Object.keys(FIELD_GROUPS) as GroupKey[]).map((key) => (
        <fieldset key={key} className={s.fieldset}>
          <legend className={s.legend}>{FIELD_GROUPS[key].title}</legend>
          {notes.warnings[key].map((w, i) => (
            <WarningBar key={i} title={w.field ? fieldLabel(w.field) : undefined} snippets={snippetsFor(agreement.provenance, w.field)}>
              {w.message}
            </WarningBar>
          ))}
          {notes.provenance[key].length > 0 && (
            <details open>
              <summary>Källtext ({notes.provenance[key].length})</summary>
              {notes.provenance[key].map((p, i) => (
                <figure key={i} className={s.stack} style={{ margin: 0 }}>
                  <figcaption className={s.muted}>{fieldLabel(p.field)}</figcaption>
                  <blockquote className={s.snippet}>{p.snippet}</blockquote>
                </figure>
              ))}
            </details>
          )}
          {fields[key]}
        </fieldset>
      ))}
      <ErrorList title="Rätta följande innan du sparar:" errors={errors} />
      <Button appearance="primary" onClick={save} disabledFocusable={state.busy}>
        {state.busy ? 'Sparar…' : `Spara "${draft.name || 'avtalet'}" i arbetsboken`}
      </Button>
      <ActionMessages state={state} />
    </article>
  );
}

function stripNotes(agreement: ImportedAgreement) {
  const { warnings: _warnings, provenance: _provenance, ...plain } = agreement;
  return plain;
}
