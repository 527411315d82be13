import { Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import type { IndexChoice, WorkbookIndexation } from '../agreementDraft';
import { formatPercent } from '../format';
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
