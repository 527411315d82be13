import { Button, Field, Input, Select } from '@fluentui/react-components';
import type { Sector } from '../../domain/agreement';
import { parseOrgNumber } from '../../domain/orgNumber';
import { emptyParty, renameParty } from '../agreementDraft';
import { useStyles } from '../styles';
import type { DraftProps } from './GeneralFields';

const SECTOR_TEXT: Record<Sector, string> = { public: 'Offentlig', civil: 'Idéburen' };

/** The org number is checked on every keystroke once it has as many digits as a complete number could. */
function orgNumberState(value: string): { state: 'none' | 'error' | 'success'; message?: string } {
  const digits = value.replace(/\D/g, '').length;
  if (value.trim() === '') return { state: 'none' };
  const result = parseOrgNumber(value);
  if (result.ok) return { state: 'success', message: `Giltigt organisationsnummer: ${result.value}` };
  if (digits < 10 && result.reason === 'FORMAT' && /^[\d\s-]*$/.test(value)) {
    return { state: 'none', message: `${digits} av 10 siffror` };
  }
  return { state: 'error', message: result.message };
}

export function PartiesFields({ draft, onChange }: DraftProps) {
  const s = useStyles();
  const setParty = (index: number, patch: Partial<(typeof draft.parties)[number]>) =>
    onChange({ ...draft, parties: draft.parties.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
  return (
    <div className={s.stack}>
      {draft.parties.map((party, index) => {
        const org = orgNumberState(party.orgNumber);
        return (
          <fieldset key={index} className={s.fieldset}>
            <legend className={s.legend}>Part {index + 1}</legend>
            <Field label={`Namn, part ${index + 1}`} required>
              <Input value={party.name} onChange={(_, d) => onChange(renameParty(draft, index, d.value))} />
            </Field>
            <Field
              label={`Organisationsnummer, part ${index + 1}`}
              validationState={org.state}
              validationMessage={org.message}
              hint={org.message ? undefined : 'NNNNNN-NNNN'}
            >
              <Input value={party.orgNumber} inputMode="numeric" onChange={(_, d) => setParty(index, { orgNumber: d.value })} />
            </Field>
            <div className={s.row}>
              <Field label={`Sektor, part ${index + 1}`} className={s.grow}>
                <Select value={party.sector} onChange={(_, d) => setParty(index, { sector: d.value as Sector })}>
                  {(Object.keys(SECTOR_TEXT) as Sector[]).map((sector) => (
                    <option key={sector} value={sector}>
                      {SECTOR_TEXT[sector]}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={`Enhet eller nämnd, part ${index + 1}`} className={s.grow}>
                <Input value={party.unit} onChange={(_, d) => setParty(index, { unit: d.value })} />
              </Field>
            </div>
            <Button
              appearance="subtle"
              disabled={draft.parties.length <= 1}
              onClick={() => onChange({ ...draft, parties: draft.parties.filter((_, i) => i !== index) })}
            >
              Ta bort part {index + 1}
            </Button>
          </fieldset>
        );
      })}
      <Button onClick={() => onChange({ ...draft, parties: [...draft.parties, emptyParty('civil')] })}>Lägg till part</Button>
    </div>
  );
}
