import { Field, Input, Textarea } from '@fluentui/react-components';
import type { AgreementDraft } from '../agreementDraft';
import { useStyles } from '../styles';

export interface DraftProps {
  draft: AgreementDraft;
  onChange(draft: AgreementDraft): void;
}

export function GeneralFields({ draft, onChange }: DraftProps) {
  const s = useStyles();
  return (
    <div className={s.stack}>
      <Field label="Överenskommelsens namn" required>
        <Input value={draft.name} onChange={(_, d) => onChange({ ...draft, name: d.value })} />
      </Field>
      <Field label="Målgrupp">
        <Textarea value={draft.targetGroup} resize="vertical" onChange={(_, d) => onChange({ ...draft, targetGroup: d.value })} />
      </Field>
      <Field label="Syfte">
        <Textarea value={draft.purpose} resize="vertical" onChange={(_, d) => onChange({ ...draft, purpose: d.value })} />
      </Field>
      <Field label="Antal platser" hint="Lämna tomt om avtalet inte anger platser.">
        <Input inputMode="decimal" value={draft.places} onChange={(_, d) => onChange({ ...draft, places: d.value })} />
      </Field>
    </div>
  );
}
