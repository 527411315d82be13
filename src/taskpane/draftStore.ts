import type { AgreementDraft } from './agreementDraft';

/** Where the wizard keeps its draft so that closing the pane loses nothing. */
export interface DraftStore {
  load(): WizardDraft | null;
  save(draft: WizardDraft): void;
  clear(): void;
}

export interface WizardDraft {
  version: 1;
  step: number;
  draft: AgreementDraft;
  savedAt: string;
  /**
   * The draft as it was last opened, started or saved (JSON), so a pane opened again knows which edits are
   * unsaved; without it (an older entry) every restored draft counts as unsaved.
   */
  baseline?: string;
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const KEY = 'iop.avtalsguide.utkast';

/**
 * localStorage works the same in Excel's pane and in the browser preview. A corrupt or foreign entry is
 * dropped rather than crashing the wizard; a full or blocked storage only loses the draft, never the pane.
 */
export function localDraftStore(storage: KeyValueStorage | null = safeLocalStorage()): DraftStore {
  return {
    load() {
      if (!storage) return null;
      try {
        const raw = storage.getItem(KEY);
        if (!raw) return null;
        const parsed = JSON.parse(raw) as Partial<WizardDraft>;
        if (parsed.version !== 1 || !parsed.draft || !Array.isArray(parsed.draft.parties)) return null;
        if (parsed.baseline !== undefined && typeof parsed.baseline !== 'string') delete parsed.baseline;
        return parsed as WizardDraft;
      } catch {
        return null;
      }
    },
    save(draft) {
      try {
        storage?.setItem(KEY, JSON.stringify(draft));
      } catch {
        // Quota exceeded or storage disabled: the draft is a convenience, the pane keeps working.
      }
    },
    clear() {
      try {
        storage?.removeItem(KEY);
      } catch {
        // As above.
      }
    },
  };
}

function safeLocalStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
