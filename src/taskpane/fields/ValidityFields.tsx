import { Field, Input } from '@fluentui/react-components';
import { formatIsoDate } from '../format';
import { useStyles } from '../styles';
import type { DraftProps } from './GeneralFields';

export function ValidityFields({ draft, onChange }: DraftProps) {
  const s = useStyles();
  return (
    <div className={s.stack}>
      <div className={s.row}>
        <Field label="Gäller från och med" hint={draft.start ? formatIsoDate(draft.start) : 'ÅÅÅÅ-MM-DD'} className={s.grow}>
          <Input type="date" value={draft.start} onChange={(_, d) => onChange({ ...draft, start: d.value })} />
        </Field>
        <Field label="Gäller till och med" hint={draft.end ? formatIsoDate(draft.end) : 'ÅÅÅÅ-MM-DD'} className={s.grow}>
          <Input type="date" value={draft.end} onChange={(_, d) => onChange({ ...draft, end: d.value })} />
        </Field>
      </div>
      <div className={s.row}>
        <Field label="Förlängning, år per gång" hint="Tomt = ingen förlängning" className={s.grow}>
          <Input inputMode="numeric" value={draft.extensionYears} onChange={(_, d) => onChange({ ...draft, extensionYears: d.value })} />
        </Field>
        <Field label="Antal möjliga förlängningar" hint="Tomt = obegränsat" className={s.grow}>
          <Input inputMode="numeric" value={draft.extensionTimes} onChange={(_, d) => onChange({ ...draft, extensionTimes: d.value })} />
        </Field>
      </div>
    </div>
  );
}
