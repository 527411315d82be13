import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Field, Select } from '@fluentui/react-components';
import type { Agreement } from '../../domain/agreement';
import { AgreementDraft, StepKey, draftFromAgreement, draftToAgreement, emptyDraft, errorsForStep } from '../agreementDraft';
import { AgreementSummary } from '../components/AgreementSummary';
import { useChoiceDialog } from '../components/ChoiceDialog';
import { useSafeSave } from '../useSafeSave';
import { ActionMessages, ErrorList } from '../components/Messages';
import { usePane } from '../context';
import { EconomyFields } from '../fields/EconomyFields';
import { GeneralFields } from '../fields/GeneralFields';
import { IndexationFields } from '../fields/IndexationFields';
import { PartiesFields } from '../fields/PartiesFields';
import { ValidityFields } from '../fields/ValidityFields';
import { useStyles } from '../styles';
import { useAction } from '../useAction';

const STEPS: { key: StepKey | 'review'; title: string }[] = [
  { key: 'parties', title: 'Parter' },
  { key: 'validity', title: 'Giltighet och förlängning' },
  { key: 'economy', title: 'Ekonomi' },
  { key: 'indexation', title: 'Indexering' },
  { key: 'review', title: 'Granska och spara' },
];

export function WizardView() {
  const s = useStyles();
  const { workbook, drafts, settings, changes, notifyChange } = usePane();
  const restored = useMemo(() => drafts.load(), [drafts]);
  const [draft, setDraft] = useState<AgreementDraft>(() => (restored ? upgrade(restored.draft) : emptyDraft()));
  // What the draft was when it was last opened, started or saved: anything else is an unsaved edit.
  const baseline = useRef<string>(JSON.stringify(emptyDraft()));
  const dirty = JSON.stringify(draft) !== baseline.current;
  const [workbookIndexed, setWorkbookIndexed] = useState<string[]>([]);
  const [safeSave, saveDialog] = useSafeSave();
  const [ask, askDialog] = useChoiceDialog<'discard' | 'delete'>();
  const [deleteState, runDelete] = useAction();
  const [step, setStep] = useState(() => Math.min(Math.max(restored?.step ?? 0, 0), STEPS.length - 1));
  const [stepErrors, setStepErrors] = useState<string[]>([]);
  const [stored, setStored] = useState<Agreement[]>([]);
  const [chosen, setChosen] = useState('');
  const [loadState, load] = useAction();
  const [saveState, save, resetSave] = useAction();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    drafts.save({ version: 1, step, draft, savedAt: new Date().toISOString() });
  }, [drafts, draft, step]);

  // Moving between steps puts focus on the step's heading so keyboard and screen-reader users start there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  const refreshStored = () =>
    load(async () => {
      const list = await workbook.listAgreements();
      setStored(list.agreements);
      setWorkbookIndexed(list.workbookIndexed);
      return list.agreements;
    }, (list) => (list.length === 0 ? 'Arbetsboken har inga sparade avtal ännu.' : null));

  useEffect(() => {
    void refreshStored();
    // An undo elsewhere in the pane changes what is stored.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [changes]);

  const workbookIndexation = { indexRate: settings.indexRate, baseYear: settings.baseYear };
  const parsed = draftToAgreement(draft, workbookIndexation);
  const allErrors = parsed.ok ? [] : parsed.errors;
  const current = STEPS[step];

  const change = (next: AgreementDraft) => {
    setDraft(next);
    resetSave();
  };
  const go = (to: number) => {
    setStepErrors([]);
    setStep(to);
  };
  const next = () => {
    const errors = current.key === 'review' ? [] : errorsForStep(allErrors, current.key);
    if (errors.length > 0) {
      setStepErrors(errors);
      return;
    }
    go(step + 1);
  };
  const chosenAgreement = stored.find((a, i) => storedKey(a, i) === chosen);
  const storedSelf = draft.id ? stored.find((a) => a.id === draft.id) : undefined;

  /** Unsaved edits are thrown away only when the user says so. */
  const mayDiscard = async (): Promise<boolean> => {
    if (!dirty) return true;
    const answer = await ask({
      title: 'Kasta osparade ändringar?',
      body: <p>Du har ändringar i {draft.name.trim() ? `"${draft.name.trim()}"` : 'guiden'} som inte är sparade i arbetsboken. De försvinner om du går vidare.</p>,
      choices: [{ value: 'discard', label: 'Kasta ändringarna' }],
      cancel: 'Fortsätt redigera',
    });
    return answer === 'discard';
  };
  const begin = (next: AgreementDraft) => {
    setDraft(next);
    baseline.current = JSON.stringify(next);
    resetSave();
    go(0);
  };
  const open = async () => {
    const agreement = chosenAgreement;
    if (!agreement || !(await mayDiscard())) return;
    begin(draftFromAgreement(agreement, !!agreement.id && workbookIndexed.includes(agreement.id)));
  };
  const startNew = async () => {
    if (!(await mayDiscard())) return;
    drafts.clear();
    begin(emptyDraft());
  };
  const remove = async () => {
    if (!storedSelf?.id) return;
    const answer = await ask({
      title: `Ta bort "${storedSelf.name}"?`,
      body: (
        <p>
          Avtalets rader tas bort från tabellerna Avtal, Parter och Poster, och översikten och flerårsplanen räknas om. Du kan ångra borttagningen
          efteråt med Ångra.
        </p>
      ),
      choices: [{ value: 'delete', label: 'Ta bort avtalet', primary: true }],
      cancel: 'Avbryt',
    });
    if (answer !== 'delete') return;
    const name = storedSelf.name;
    const done = await runDelete(
      async () => {
        await workbook.deleteAgreement(storedSelf.id!, name);
        notifyChange();
        return true;
      },
      () => `"${name}" är borttaget ur arbetsboken.`,
    );
    if (done) {
      drafts.clear();
      setChosen('');
      begin(emptyDraft());
    }
  };
  const submit = () =>
    save(
      async () => {
        if (!parsed.ok) throw new Error('Avtalet har fel som måste rättas först.');
        const outcome = await safeSave(parsed.value, { workbookIndexed: draft.indexChoice === 'workbook' });
        if (!outcome) return null;
        // Further saves edit the stored agreement (its key), not a new one.
        const saved = { ...draft, id: outcome.agreement.id ?? draft.id };
        setDraft(saved);
        baseline.current = JSON.stringify(saved);
        drafts.clear();
        return outcome;
      },
      (o) => (o ? `Avtalet "${o.agreement.name}" är ${o.how === 'new' ? 'sparat som ett nytt avtal' : 'sparat'} i tabellerna.` : 'Inget sparades.'),
    );

  return (
    <section className={s.stack} aria-labelledby="wizard-heading">
      <h2 id="wizard-heading" className={s.heading}>
        Avtalsguide{draft.id ? ` – ändrar ${draft.name}` : ''}
      </h2>
      {/* A native select cuts long names off in the narrow pane; the hint shows the chosen one in full. */}
      <Field label="Öppna ett sparat avtal" hint={chosenAgreement ? describeStored(chosenAgreement) : undefined}>
        <Select className={s.shrink} select={{ className: s.shrink }} value={chosen} onChange={(_, d) => setChosen(d.value)} onFocus={() => stored.length === 0 && void refreshStored()}>
          <option value="">{stored.length === 0 ? 'Inga sparade avtal' : 'Välj avtal'}</option>
          {stored.map((a, i) => (
            <option key={storedKey(a, i)} value={storedKey(a, i)}>
              {a.name}
            </option>
          ))}
        </Select>
      </Field>
      <div className={s.row}>
        <Button onClick={() => void open()} disabledFocusable={chosen === ''}>
          Öppna
        </Button>
        <Button onClick={() => void startNew()}>Nytt avtal</Button>
        {storedSelf && (
          <Button onClick={() => void remove()} disabledFocusable={deleteState.busy}>
            Ta bort avtal
          </Button>
        )}
      </div>
      <ActionMessages state={{ ...loadState, success: null }} />
      <ActionMessages state={deleteState} />
      {saveDialog}
      {askDialog}

      <nav aria-label="Steg i guiden">
        <ol className={s.steps}>
          {STEPS.map((st, i) => (
            <li key={st.key} className={i === step ? s.currentStep : s.step} aria-current={i === step ? 'step' : undefined}>
              {i + 1}. {st.title}
            </li>
          ))}
        </ol>
      </nav>

      <h3 ref={headingRef} tabIndex={-1} className={s.heading}>
        Steg {step + 1} av {STEPS.length}: {current.title}
      </h3>

      {current.key === 'parties' && (
        <>
          <GeneralFields draft={draft} onChange={change} />
          <PartiesFields draft={draft} onChange={change} />
        </>
      )}
      {current.key === 'validity' && <ValidityFields draft={draft} onChange={change} />}
      {current.key === 'economy' && <EconomyFields draft={draft} onChange={change} socialFeeRate={settings.socialFeeRate} />}
      {current.key === 'indexation' && <IndexationFields draft={draft} onChange={change} workbook={workbookIndexation} />}
      {current.key === 'review' && (parsed.ok ? <AgreementSummary agreement={parsed.value} /> : <ErrorList title="Rätta följande innan du sparar:" errors={allErrors} />)}

      <ErrorList title="Rätta följande innan du går vidare:" errors={stepErrors} />

      <div className={s.row}>
        {step > 0 && <Button onClick={() => go(step - 1)}>Föregående</Button>}
        {current.key !== 'review' && (
          <Button appearance="primary" onClick={next}>
            Nästa
          </Button>
        )}
        {current.key === 'review' && (
          <Button appearance="primary" onClick={submit} disabledFocusable={saveState.busy || !parsed.ok}>
            {saveState.busy ? 'Sparar…' : 'Spara avtalet'}
          </Button>
        )}
      </div>
      <ActionMessages state={saveState} />
    </section>
  );
}

const storedKey = (a: Agreement, i: number) => a.id ?? `#${i}`;

/** A draft kept by an earlier version of the pane (a checkbox "indexed") gets the choice it stood for. */
function upgrade(draft: AgreementDraft): AgreementDraft {
  const old = draft as AgreementDraft & { indexed?: boolean };
  if (old.indexChoice !== undefined) return draft;
  return { ...draft, indexChoice: old.indexed ? 'own' : 'none' };
}

function describeStored(a: Agreement): string {
  return `${a.name}, ${a.validity.start ?? 'inget startdatum'} – ${a.validity.end ?? 'inget slutdatum'}`;
}
