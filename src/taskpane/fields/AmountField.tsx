import { Field, FieldProps } from '@fluentui/react-components';
import { parseSwedishNumber } from '../format';
import { AmountInput } from './AmountInput';

/**
 * Why a typed amount in kronor cannot be used, in Swedish, or null (empty is "not stated", not an error).
 * @example amountProblem('-5') // 'Beloppet kan inte vara negativt: ange 0 kr eller mer.'
 */
export function amountProblem(text: string): string | null {
  if (text.trim() === '') return null;
  const value = parseSwedishNumber(text);
  if (value === null) return `"${text.trim()}" är inget belopp: skriv kronor, t.ex. 400 000.`;
  if (value < 0) return 'Beloppet kan inte vara negativt: ange 0 kr eller mer.';
  return null;
}

/** A labelled amount in kronor, marked on the field itself as soon as what is typed cannot be an amount. */
export function AmountField({ label, value, onValue, hint, className }: { label: string; value: string; onValue(value: string): void; hint?: FieldProps['hint']; className?: string }) {
  const problem = amountProblem(value);
  return (
    <Field label={label} className={className} hint={problem ? undefined : hint} validationState={problem ? 'error' : 'none'} validationMessage={problem ?? undefined}>
      <AmountInput value={value} onValue={onValue} />
    </Field>
  );
}
