import { useEffect, useState } from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import { IopSettings, requireSettings } from '../../domain/settings';
import { ActionMessages, ErrorList } from '../components/Messages';
import { usePane } from '../context';
import { rateProblem } from '../agreementDraft';
import { formatDecimalInput, parsePercent, parseSwedishNumber, percentInput } from '../format';
import { useStyles } from '../styles';
import { useAction } from '../useAction';

interface SettingsForm {
  committee: string;
  baseYear: string;
  indexRate: string;
  socialFeeRate: string;
}

const toForm = (s: IopSettings): SettingsForm => ({
  committee: s.committee,
  baseYear: formatDecimalInput(s.baseYear),
  indexRate: percentInput(s.indexRate),
  socialFeeRate: percentInput(s.socialFeeRate),
});

function fromForm(f: SettingsForm): { settings?: IopSettings; errors: string[] } {
  const errors: string[] = [];
  const baseYear = parseSwedishNumber(f.baseYear);
  const indexRate = parsePercent(f.indexRate);
  const socialFeeRate = parsePercent(f.socialFeeRate);
  if (f.committee.trim() === '') errors.push('Nämnd: får inte vara tomt');
  if (baseYear === null || !Number.isInteger(baseYear)) errors.push('Basår: ange ett årtal, t.ex. 2024');
  if (indexRate === null) errors.push('Indexsats: ange procent, t.ex. 2 eller 2,5');
  else if (rateProblem(indexRate)) errors.push(`Indexsats: ${rateProblem(indexRate)}`);
  if (socialFeeRate === null) errors.push('PO-pålägg: ange procent, t.ex. 31,42');
  else if (socialFeeRate < 0 || socialFeeRate > 1) errors.push(`PO-pålägg: ${f.socialFeeRate.trim()} % är orimligt. Ange procent, t.ex. 31,42.`);
  if (errors.length > 0) return { errors };
  const settings = { committee: f.committee.trim(), baseYear: baseYear!, indexRate: indexRate!, socialFeeRate: socialFeeRate! };
  try {
    return { settings: requireSettings(settings), errors };
  } catch (error) {
    return { errors: [(error as Error).message] };
  }
}

export function SettingsView() {
  const s = useStyles();
  const { workbook, settings, setSettings } = usePane();
  const [form, setForm] = useState<SettingsForm>(() => toForm(settings));
  const [errors, setErrors] = useState<string[]>([]);
  const [state, run, resetState] = useAction();
  const [loadState, load] = useAction();

  useEffect(() => {
    void load(async () => {
      const current = await workbook.readSettings();
      setForm(toForm(current));
      setSettings(current);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = () => {
    const { settings: next, errors: found } = fromForm(form);
    setErrors(found);
    // An earlier success must not stand under a new error.
    resetState();
    if (!next) return;
    void run(
      async () => {
        const result = await workbook.saveSettings(next);
        setSettings(next);
        return result;
      },
      ({ following }) =>
        `Inställningarna är sparade och IOP-funktionerna har räknats om. ${
          following === 0
            ? 'Inget avtal följer arbetsbokens indexsats; översikten och flerårsplanen är omräknade med de nya inställningarna.'
            : `${following === 1 ? 'Ett avtal följer' : `${following} avtal följer`} arbetsbokens indexsats och basår och är omräknade i översikten och flerårsplanen.`
        }`,
    );
  };
  const set = (key: keyof SettingsForm) => (_: unknown, d: { value: string }) => {
    setForm({ ...form, [key]: d.value });
    // Messages about the values before this edit no longer apply.
    if (state.success || state.error) resetState();
  };

  return (
    <section className={s.stack} aria-labelledby="settings-heading">
      <h2 id="settings-heading" className={s.heading}>
        Inställningar
      </h2>
      <ActionMessages state={loadState} />
      <Field label="Nämnd" required>
        <Input value={form.committee} onChange={set('committee')} />
      </Field>
      <p className={s.muted} id="settings-index-meaning">
        Indexsats och basår gäller de avtal där du valt &quot;arbetsbokens indexsats och basår&quot; (i guiden eller granskningen): deras belopp
        avser basåret och räknas upp med indexsatsen varje nytt kalenderår, och de följer en ändring här. Avtal med egen sats behåller den; avtal
        utan uppräkning räknas inte upp. Basåret är också året IOP-funktionerna räknar från när inget basår anges.
      </p>
      <Field label="Basår" hint="Året beloppen avser för avtal som följer arbetsbokens indexsats." required>
        <Input inputMode="numeric" value={form.baseYear} onChange={set('baseYear')} />
      </Field>
      <Field label="Indexsats (%)" hint="Uppräkning per nytt kalenderår, 0–20 %, för avtal som följer arbetsbokens indexsats." required>
        <Input inputMode="decimal" value={form.indexRate} onChange={set('indexRate')} />
      </Field>
      <Field label="PO-pålägg (%)" hint="Arbetsgivaravgifter på lön." required>
        <Input inputMode="decimal" value={form.socialFeeRate} onChange={set('socialFeeRate')} />
      </Field>
      <ErrorList title="Rätta följande:" errors={errors} />
      <Button appearance="primary" onClick={save} disabledFocusable={state.busy}>
        {state.busy ? 'Sparar…' : 'Spara och räkna om'}
      </Button>
      <ActionMessages state={state} />
    </section>
  );
}
