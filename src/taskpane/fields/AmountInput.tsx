import { Input, InputProps } from '@fluentui/react-components';
import { formatAmountInput, parseSwedishNumber } from '../format';

/**
 * An amount in kronor: typed freely ("400000", "400 000 kr"), shown with Swedish grouping once the user
 * leaves the field. Unreadable text is left as typed so the validation can point at it.
 */
export function AmountInput({ value, onValue, ...rest }: Omit<InputProps, 'value' | 'onChange'> & { value: string; onValue(value: string): void }) {
  return (
    <Input
      {...rest}
      inputMode="decimal"
      value={value}
      onChange={(_, d) => onValue(d.value)}
      onBlur={(e) => {
        const parsed = parseSwedishNumber(value);
        const grouped = parsed === null ? value : formatAmountInput(parsed);
        if (grouped !== value) onValue(grouped);
        rest.onBlur?.(e);
      }}
    />
  );
}
