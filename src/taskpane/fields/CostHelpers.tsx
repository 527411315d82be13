import { useState } from 'react';
import { Button, Field, Input, Select } from '@fluentui/react-components';
import { hoursCost, salaryCost } from '../../domain/valuation';
import { CostItemDraft, emptyCostItem } from '../agreementDraft';
import { userMessage } from '../errors';
import { formatAmountInput, formatDecimalInput, formatKr, formatPercent, parsePercent, parseSwedishNumber } from '../format';
import { useStyles } from '../styles';
import { AmountField } from './AmountField';

type Computed = { ok: true; amount: number } | { ok: false; message: string } | null;

function compute(fn: () => number, inputs: (number | null)[]): Computed {
  if (inputs.some((v) => v === null)) return null;
  try {
    return { ok: true, amount: fn() };
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}

/** Two calculators for the economy step: salary cost with employer's fees, and hours × rate. */
export function CostHelpers({ partyNames, socialFeeRate, onAdd }: { partyNames: string[]; socialFeeRate: number; onAdd(item: CostItemDraft): void }) {
  const s = useStyles();
  const [party, setParty] = useState('');
  const [label, setLabel] = useState('');
  const [salary, setSalary] = useState('');
  const [fte, setFte] = useState('100');
  const [months, setMonths] = useState('12');
  const [hours, setHours] = useState('');
  const [rate, setRate] = useState('');

  const salaryValues = [parseSwedishNumber(salary), parsePercent(fte), parseSwedishNumber(months)];
  const salaryResult = compute(() => salaryCost(salaryValues[0]!, salaryValues[1]!, salaryValues[2]!, socialFeeRate), salaryValues);
  const hoursValues = [parseSwedishNumber(hours), parseSwedishNumber(rate)];
  const hoursResult = compute(() => hoursCost(hoursValues[0]!, hoursValues[1]!), hoursValues);
  const chosenParty = partyNames.includes(party) ? party : (partyNames[0] ?? '');

  const add = (amount: number, extra: Partial<CostItemDraft>, fallbackLabel: string) => {
    onAdd({ ...emptyCostItem(chosenParty), label: label.trim() || fallbackLabel, amount: formatAmountInput(amount), ...extra });
  };

  return (
    <fieldset className={s.fieldset}>
      <legend className={s.legend}>Räknehjälp</legend>
      <div className={s.row}>
        <Field label="Part för ny post" className={s.grow}>
          <Select className={s.shrink} select={{ className: s.shrink }} value={chosenParty} onChange={(_, d) => setParty(d.value)}>
            {partyNames.length === 0 && <option value="">Ange parterna först</option>}
            {partyNames.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Benämning för ny post" className={s.grow}>
          <Input value={label} onChange={(_, d) => setLabel(d.value)} />
        </Field>
      </div>

      <h4 className={s.heading}>Lönekostnad</h4>
      <div className={s.row}>
        <AmountField label="Månadslön (kr)" className={s.grow} value={salary} onValue={setSalary} />
        <Field label="Omfattning (%)" className={s.grow}>
          <Input inputMode="decimal" value={fte} onChange={(_, d) => setFte(d.value)} />
        </Field>
        <Field label="Månader" className={s.grow}>
          <Input inputMode="numeric" value={months} onChange={(_, d) => setMonths(d.value)} />
        </Field>
      </div>
      <p className={s.muted} role="status">
        {salaryResult === null
          ? `Lön × omfattning × månader × (1 + PO-pålägg ${formatPercent(socialFeeRate)}).`
          : salaryResult.ok
            ? `Lönekostnad: ${formatKr(salaryResult.amount)} per år (inkl. PO-pålägg ${formatPercent(socialFeeRate)}).`
            : salaryResult.message}
      </p>
      <Button
        disabledFocusable={!salaryResult?.ok}
        onClick={() => salaryResult?.ok && add(salaryResult.amount, { fte: formatDecimalInput(salaryValues[1]) }, 'Lönekostnad')}
      >
        Lägg till lönekostnad
      </Button>

      <h4 className={s.heading}>Timmar × timpris</h4>
      <div className={s.row}>
        <Field label="Timmar per år" className={s.grow}>
          <Input inputMode="decimal" value={hours} onChange={(_, d) => setHours(d.value)} />
        </Field>
        <AmountField label="Timpris (kr)" className={s.grow} value={rate} onValue={setRate} />
      </div>
      <p className={s.muted} role="status">
        {hoursResult === null ? 'Ange timmar och timpris.' : hoursResult.ok ? `Kostnad: ${formatKr(hoursResult.amount)} per år.` : hoursResult.message}
      </p>
      <Button
        disabledFocusable={!hoursResult?.ok}
        onClick={() => hoursResult?.ok && add(hoursResult.amount, { hours: formatDecimalInput(hoursValues[0]) }, 'Timkostnad')}
      >
        Lägg till timkostnad
      </Button>
    </fieldset>
  );
}
