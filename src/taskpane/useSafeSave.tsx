import type { ReactNode } from 'react';
import type { Agreement } from '../domain/agreement';
import { agreementKeys, keyFromName } from '../workbook/key';
import { agreementChanges } from './agreementDiff';
import { ChangesList } from './components/ChangesList';
import { useChoiceDialog } from './components/ChoiceDialog';
import { usePane } from './context';

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The stored agreement a save would replace without being meant to: one with the same key or the same name,
 * when the agreement being saved is not that stored one opened for editing (its id).
 */
export function findConflict(agreement: Agreement, stored: readonly Agreement[]): Agreement | null {
  if (agreement.id && stored.some((s) => s.id === agreement.id)) return null;
  const key = agreementKeys([agreement])[0];
  return stored.find((s) => s.id === key || fold(s.name) === fold(agreement.name)) ?? null;
}

/** A key no stored agreement uses, from the agreement's name ("iop-x-2", "iop-x-3", …). */
export function freshKey(agreement: Agreement, stored: readonly Agreement[]): string {
  const used = new Set(stored.map((s) => (s.id ?? '').toLowerCase()));
  const base = keyFromName(agreement.name);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export type SaveOutcome = { agreement: Agreement; how: 'saved' | 'replaced' | 'new' } | null;

/**
 * Saving that never replaces a stored agreement without asking: on a same-name or same-key clash the user sees
 * the changes field by field and chooses "Ersätt" or "Spara som nytt" (or cancels; then nothing is written).
 */
export function useSafeSave(): [(agreement: Agreement, options?: { workbookIndexed?: boolean }) => Promise<SaveOutcome>, ReactNode] {
  const { workbook, notifyChange } = usePane();
  const [ask, dialog] = useChoiceDialog<'replace' | 'new'>();
  const save = async (agreement: Agreement, options: { workbookIndexed?: boolean } = {}): Promise<SaveOutcome> => {
    const { agreements } = await workbook.listAgreements();
    const conflict = findConflict(agreement, agreements);
    let toSave = agreement;
    let how: 'saved' | 'replaced' | 'new' = 'saved';
    if (conflict) {
      const answer = await ask({
        title: `"${conflict.name}" finns redan i arbetsboken`,
        body: (
          <>
            <p>
              Ersätt skriver över det sparade avtalet med det här (du kan ångra det efteråt). Spara som nytt behåller det sparade och lägger till
              det här som ett eget avtal.
            </p>
            <ChangesList changes={agreementChanges(conflict, agreement)} />
          </>
        ),
        choices: [
          { value: 'replace', label: 'Ersätt', primary: true },
          { value: 'new', label: 'Spara som nytt' },
        ],
        cancel: 'Avbryt',
      });
      if (answer === null) return null;
      how = answer === 'replace' ? 'replaced' : 'new';
      toSave = answer === 'replace' ? { ...agreement, id: conflict.id } : { ...agreement, id: freshKey(agreement, agreements) };
    }
    await workbook.saveAgreements([toSave], { workbookIndexed: [options.workbookIndexed === true] });
    notifyChange();
    return { agreement: toSave, how };
  };
  return [save, dialog];
}
