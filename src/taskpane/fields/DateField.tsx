import { useState } from 'react';
import { Field, Input } from '@fluentui/react-components';
import { dateInputProblem, formatIsoDate, normaliseDateInput } from '../format';

/**
 * A date typed as ÅÅÅÅ-MM-DD in a text input. A native <input type="date"> follows the browser's language
 * (mm/dd/yyyy in an English Edge or Chromium), which a Swedish official should not have to decode.
 * The value is made ISO on blur ("20250101" → "2025-01-01"); the hint repeats the date in words.
 */
export function DateField({ label, value, onChange, className }: { label: string; value: string; onChange(value: string): void; className?: string }) {
  const [touched, setTouched] = useState(false);
  const problem = touched || value.length >= 10 ? dateInputProblem(value) : null;
  const hint = value.trim() !== '' && dateInputProblem(value) === null ? formatIsoDate(value.trim()) : 'ÅÅÅÅ-MM-DD';
  return (
    <Field
      label={label}
      className={className}
      validationState={problem ? 'error' : 'none'}
      validationMessage={problem ?? undefined}
      hint={problem ? undefined : hint}
    >
      {/* A placeholder alone would vanish while typing; the hint keeps the format in view and in the accessible description. */}
      <Input
        value={value}
        inputMode="numeric"
        placeholder="ÅÅÅÅ-MM-DD"
        autoComplete="off"
        onChange={(_, d) => onChange(d.value)}
        onBlur={() => {
          setTouched(true);
          const normalised = normaliseDateInput(value);
          if (normalised !== value) onChange(normalised);
        }}
      />
    </Field>
  );
}
