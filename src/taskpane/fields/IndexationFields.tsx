import { Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { buildSchedule } from '../../domain/schedule';
import { draftToAgreement, type AgreementDraft, type IndexChoice, type WorkbookIndexation } from '../agreementDraft';
import { formatKr, formatPercent } from '../format';
import { useStyles } from '../styles';
import type { DraftProps } from './GeneralFields';

/**
 * Indexation is chosen, never assumed: a new agreement has none of the three options selected until the user
 * picks one. The workbook's rate is offered by name, with its value, so choosing it is a visible decision.
 */
export function IndexationFields({ draft, onChange, workbook }: DraftProps & { workbook: WorkbookIndexation }) {
  const s = useStyles();
  return (
    <div className={s.stack}>
      <Field label="Räknas beloppen upp varje nytt kalenderår?" required>
        <RadioGroup value={draft.indexChoice} onChange={(_, d) => onChange({ ...draft, indexChoice: d.value as IndexChoice })}>
          <Radio value="none" label="Nej, beloppen är desamma varje år" />
          <Radio
            value="workbook"
            label={`Ja, med arbetsbokens indexsats och basår (nu ${formatPercent(workbook.indexRate)} från ${workbook.baseYear}; följer Inställningar)`}
          />
          <Radio value="own" label="Ja, med avtalets egen sats" />
        </RadioGroup>
      </Field>
      {draft.indexChoice === 'workbook' && <WorkbookIndexNote draft={draft} workbook={workbook} />}
      {draft.indexChoice === 'own' && (
        <div className={s.row}>
          <Field label="Uppräkning per år (%)" hint="T.ex. 2 eller 2,5" className={s.grow}>
            <Input inputMode="decimal" value={draft.indexRate} onChange={(_, d) => onChange({ ...draft, indexRate: d.value })} />
          </Field>
          <Field label="Basår för uppräkningen" hint="Året beloppen avser. Tomt = startåret" className={s.grow}>
            <Input inputMode="numeric" value={draft.baseYear} onChange={(_, d) => onChange({ ...draft, baseYear: d.value })} />
          </Field>
        </div>
      )}
    </div>
  );
}

/**
 * What following the workbook's rate means, said before she saves: the amounts are taken as the base year's
 * level and moved by the rate for every calendar year away from it, so the agreement's own years change with
 * the settings; with the draft's dates, its first years as the schedule gives them.
 */
function WorkbookIndexNote({ draft, workbook }: { draft: AgreementDraft; workbook: WorkbookIndexation }) {
  const s = useStyles();
  const parsed = draftToAgreement({ ...draft, indexChoice: 'workbook' }, workbook);
  const schedule = parsed.ok ? buildSchedule(parsed.value) : null;
  const years = schedule && !schedule.problem ? schedule.years.filter((y) => !y.extension).slice(0, 4) : [];
  const start = Number(draft.start.slice(0, 4)) || null;
  return (
    <p className={s.muted} role="status" data-testid="workbook-index-note">
      Beloppen i avtalet räknas som {workbook.baseYear} års nivå och räknas upp med {formatPercent(workbook.indexRate)} för varje kalenderår efter{' '}
      {workbook.baseYear}
      {start !== null && start < workbook.baseYear ? ` (och ned för åren före ${workbook.baseYear}: avtalet börjar ${start})` : ''}. Ändras basåret eller
      indexsatsen under Inställningar räknas avtalets år om.
      {years.length > 0 && ` Med dagens inställningar: ${years.map((y) => `${y.year} ${formatKr(y.baseTotal)}`).join(', ')}${schedule!.years.filter((y) => !y.extension).length > years.length ? ' …' : ''}.`}
    </p>
  );
}
