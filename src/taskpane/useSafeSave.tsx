import type { ReactNode } from 'react';
import type { Agreement } from '../domain/agreement';
import { agreementKeys, keyFromName } from '../workbook/key';
import { agreementChanges } from './agreementDiff';
import { ChangesList } from './components/ChangesList';
import { useChoiceDialog } from './components/ChoiceDialog';
import { usePane } from './context';
import type { DocumentKind } from '../import/result';

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

export interface SafeSaveOptions {
  workbookIndexed?: boolean;
  /** The kind of document whose values an unedited import preview holds (see SaveOptions.documentKinds). */
  documentKind?: DocumentKind | null;
  /**
   * The workbook row an import preview is (same partnership), when it is the user's own record: saving over it
   * asks first if anything would change.
   */
  usersRow?: Agreement | null;
}

/**
 * Saving that never replaces a stored agreement without asking: on a same-name or same-key clash the user sees
 * the changes field by field and chooses "Ersätt" or "Spara som nytt" (or cancels; then nothing is written).
 */
export function useSafeSave(): [(agreement: Agreement, options?: SafeSaveOptions) => Promise<SaveOutcome>, ReactNode] {
  const { workbook, notifyChange } = usePane();
  const [ask, dialog] = useChoiceDialog<'replace' | 'new'>();
  const save = async (agreement: Agreement, options: SafeSaveOptions = {}): Promise<SaveOutcome> => {
    const { agreements } = await workbook.listAgreements();
    const own = options.usersRow ? agreements.find((a) => a.id === options.usersRow!.id) : undefined;
    const conflict = findConflict(agreement, agreements) ?? (own && agreementChanges(own, agreement).length > 0 ? own : null);
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
    // Kept as a copy of a document only when saved over nothing of hers: "Spara som nytt" and "Ersätt" are her choice.
    const kind = how === 'saved' ? (options.documentKind ?? null) : null;
    await workbook.saveAgreements([toSave], { workbookIndexed: [options.workbookIndexed === true], documentKinds: [kind] });
    notifyChange();
    // The key the rows were written under, also for a first save without an id: the caller's next save then
    // edits that agreement (and may delete it) instead of asking "finns redan" about its own rows.
    return { agreement: toSave.id ? toSave : { ...toSave, id: agreementKeys([toSave])[0] }, how };
  };
  return [save, dialog];
}
