import { Field, Input } from '@fluentui/react-components';
import { useStyles } from '../styles';
import { DateField } from './DateField';
import type { DraftProps } from './GeneralFields';

export function ValidityFields({ draft, onChange }: DraftProps) {
  const s = useStyles();
  return (
    <div className={s.stack}>
      <div className={s.row}>
        <DateField label="Gäller från och med" value={draft.start} onChange={(start) => onChange({ ...draft, start })} className={s.grow} />
        <DateField label="Gäller till och med" value={draft.end} onChange={(end) => onChange({ ...draft, end })} className={s.grow} />
      </div>
      <div className={s.row}>
        <Field label="Förlängning, år per gång" hint="Tomt = ingen förlängning" className={s.grow}>
          <Input inputMode="numeric" value={draft.extensionYears} onChange={(_, d) => onChange({ ...draft, extensionYears: d.value })} />
        </Field>
        <Field label="Antal möjliga förlängningar" hint="Tomt = obegränsat" className={s.grow}>
          <Input inputMode="numeric" value={draft.extensionTimes} onChange={(_, d) => onChange({ ...draft, extensionTimes: d.value })} />
        </Field>
      </div>
      <DateField
        label="Beslutad förlängning till och med"
        value={draft.extendedEnd ?? ''}
        onChange={(extendedEnd) => onChange({ ...draft, extendedEnd })}
      />
      <p className={s.muted}>
        Fyll i när parterna har beslutat att förlänga: avtalsperioden, status och flerårsplanen räknar då med det nya slutdatumet. Tomt = ingen
        beslutad förlängning.
      </p>
    </div>
  );
}
