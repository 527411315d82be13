import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Field, Select } from '@fluentui/react-components';
import type { Agreement } from '../../domain/agreement';
import { AgreementDraft, StepKey, draftFromAgreement, draftToAgreement, emptyDraft, errorsForStep } from '../agreementDraft';
import { AgreementSummary } from '../components/AgreementSummary';
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
  const { workbook, drafts, settings } = usePane();
  const restored = useMemo(() => drafts.load(), [drafts]);
  const [draft, setDraft] = useState<AgreementDraft>(() => restored?.draft ?? emptyDraft(settings.indexRate));
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
      const { agreements } = await workbook.listAgreements();
      setStored(agreements);
      return agreements;
    }, (list) => (list.length === 0 ? 'Arbetsboken har inga sparade avtal ännu.' : null));

  useEffect(() => {
    void refreshStored();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const parsed = draftToAgreement(draft);
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
  const open = () => {
    const agreement = chosenAgreement;
    if (!agreement) return;
    setDraft(draftFromAgreement(agreement));
    resetSave();
    go(0);
  };
  const startNew = () => {
    setDraft(emptyDraft(settings.indexRate));
    drafts.clear();
    resetSave();
    go(0);
  };
  const submit = () =>
    save(
      async () => {
        if (!parsed.ok) throw new Error('Avtalet har fel som måste rättas först.');
        await workbook.saveAgreements([parsed.value]);
        setStored((await workbook.listAgreements()).agreements);
        drafts.clear();
        return parsed.value;
      },
      (a) => `Avtalet "${a.name}" är sparat i tabellerna.`,
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
        <Button onClick={open} disabledFocusable={chosen === ''}>
          Öppna
        </Button>
        <Button onClick={startNew}>Nytt avtal</Button>
      </div>
      <ActionMessages state={{ ...loadState, success: null }} />

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
      {current.key === 'indexation' && <IndexationFields draft={draft} onChange={change} />}
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

function describeStored(a: Agreement): string {
  return `${a.name}, ${a.validity.start ?? 'inget startdatum'} – ${a.validity.end ?? 'inget slutdatum'}`;
}
