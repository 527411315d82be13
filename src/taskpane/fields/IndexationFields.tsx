import { Checkbox, Field, Input } from '@fluentui/react-components';
import { useStyles } from '../styles';
import type { DraftProps } from './GeneralFields';

export function IndexationFields({ draft, onChange }: DraftProps) {
  const s = useStyles();
  return (
    <div className={s.stack}>
      <Checkbox
        label="Beloppen räknas upp varje nytt kalenderår"
        checked={draft.indexed}
        onChange={(_, d) => onChange({ ...draft, indexed: d.checked === true })}
      />
      {draft.indexed && (
        <div className={s.row}>
          <Field label="Uppräkning per år (%)" hint="T.ex. 2 eller 2,5" className={s.grow}>
            <Input inputMode="decimal" value={draft.indexRate} onChange={(_, d) => onChange({ ...draft, indexRate: d.value })} />
          </Field>
          <Field label="Basår" hint="Tomt = startåret" className={s.grow}>
            <Input inputMode="numeric" value={draft.baseYear} onChange={(_, d) => onChange({ ...draft, baseYear: d.value })} />
          </Field>
        </div>
      )}
    </div>
  );
}
