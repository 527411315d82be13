import { Button, Field, Input, Select } from '@fluentui/react-components';
import { CostItemDraft, draftPartyAmounts, emptyCostItem } from '../agreementDraft';
import { PartyAmountText } from '../components/PartyAmountText';
import { ShowMore, useGrowing } from '../components/ShowMore';
import { formatKr, parseSwedishNumber } from '../format';
import { useStyles } from '../styles';
import { AmountField } from './AmountField';
import type { DraftProps } from './GeneralFields';
import { CostHelpers } from './CostHelpers';

function PartySelect({ label, value, parties, onChange }: { label: string; value: string; parties: string[]; onChange(v: string): void }) {
  const s = useStyles();
  const options = parties.includes(value) || value === '' ? parties : [value, ...parties];
  return (
    <Field label={label}>
      <Select className={s.shrink} select={{ className: s.shrink }} value={value} onChange={(_, d) => onChange(d.value)}>
        <option value="">Välj part</option>
        {options.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function EconomyFields({ draft, onChange, socialFeeRate }: DraftProps & { socialFeeRate: number }) {
  const s = useStyles();
  const partyNames = draft.parties.map((p) => p.name).filter((n) => n.trim() !== '');
  const setItem = (index: number, patch: Partial<CostItemDraft>) =>
    onChange({ ...draft, costItems: draft.costItems.map((c, i) => (i === index ? { ...c, ...patch } : c)) });
  const setContribution = (index: number, patch: Partial<{ party: string; amount: string }>) =>
    onChange({ ...draft, contributions: draft.contributions.map((c, i) => (i === index ? { ...c, ...patch } : c)) });
  const totals = draftPartyAmounts(draft);
  const sum = totals.reduce((acc, t) => acc + t.annualAmount, 0);
  const stated = parseSwedishNumber(draft.annualTotal);
  // Thousands of cost items (a long economy table) are shown a part at a time: the pane stays responsive.
  const items = useGrowing(draft.costItems.length);
  const contributions = useGrowing(draft.contributions.length);

  return (
    <div className={s.stack}>
      <h3 className={s.heading}>Kostnadsposter per part</h3>
      {draft.costItems.length === 0 && <p className={s.muted}>Inga kostnadsposter ännu.</p>}
      {draft.costItems.slice(0, items.shown).map((item, index) => (
        <fieldset key={index} className={s.fieldset}>
          <legend className={s.legend}>Kostnadspost {index + 1}</legend>
          <PartySelect label={`Part, post ${index + 1}`} value={item.party} parties={partyNames} onChange={(party) => setItem(index, { party })} />
          <Field label={`Benämning, post ${index + 1}`}>
            <Input value={item.label} onChange={(_, d) => setItem(index, { label: d.value })} />
          </Field>
          <AmountField label={`Belopp per år (kr), post ${index + 1}`} value={item.amount} onValue={(amount) => setItem(index, { amount })} />
          <Button appearance="subtle" onClick={() => onChange({ ...draft, costItems: draft.costItems.filter((_, i) => i !== index) })}>
            Ta bort kostnadspost {index + 1}
          </Button>
        </fieldset>
      ))}
      <ShowMore growing={items} noun="kostnadsposter" />
      <Button onClick={() => onChange({ ...draft, costItems: [...draft.costItems, emptyCostItem(partyNames[0] ?? '')] })}>
        Lägg till kostnadspost
      </Button>

      <CostHelpers
        partyNames={partyNames}
        socialFeeRate={socialFeeRate}
        onAdd={(item) => onChange({ ...draft, costItems: [...draft.costItems, item] })}
      />

      <h3 className={s.heading}>Angivna bidrag</h3>
      <p className={s.muted}>Anger avtalet ett belopp per part används det i stället för partens kostnadsposter.</p>
      {draft.contributions.slice(0, contributions.shown).map((c, index) => (
        <fieldset key={index} className={s.fieldset}>
          <legend className={s.legend}>Bidrag {index + 1}</legend>
          <PartySelect label={`Part, bidrag ${index + 1}`} value={c.party} parties={partyNames} onChange={(party) => setContribution(index, { party })} />
          <AmountField label={`Belopp per år (kr), bidrag ${index + 1}`} value={c.amount} onValue={(amount) => setContribution(index, { amount })} />
          <Button appearance="subtle" onClick={() => onChange({ ...draft, contributions: draft.contributions.filter((_, i) => i !== index) })}>
            Ta bort bidrag {index + 1}
          </Button>
        </fieldset>
      ))}
      <ShowMore growing={contributions} noun="bidrag" />
      <Button onClick={() => onChange({ ...draft, contributions: [...draft.contributions, { party: partyNames[0] ?? '', amount: '' }] })}>
        Lägg till bidrag
      </Button>

      <AmountField
        label="Totalt per år enligt avtalet (kr)"
        hint="Lämna tomt om avtalet inte anger någon summa."
        value={draft.annualTotal}
        onValue={(annualTotal) => onChange({ ...draft, annualTotal })}
      />

      <table className={s.table} aria-label="Summa per part och år">
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col" className={s.numeric}>
              Per år
            </th>
          </tr>
        </thead>
        <tbody>
          {totals.map((t, i) => (
            <tr key={i}>
              <td>{t.party || `Part ${i + 1}`}</td>
              <td className={t.known && !t.unattributed ? s.numeric : s.unknownAmount}>
                <PartyAmountText amount={t} all={totals} perYear={false} />
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">Summa</th>
            <td className={s.numeric}>{formatKr(sum)}</td>
          </tr>
        </tbody>
      </table>
      {/* A rest of the stated total that is the civil side's (its own row above) is no difference. */}
      {stated !== null && stated !== sum && (
        <p className={s.muted} role="status">
          Avtalets summa {formatKr(stated)} skiljer sig från parternas angivna belopp {formatKr(sum)} med {formatKr(stated - sum)}.
        </p>
      )}
    </div>
  );
}

