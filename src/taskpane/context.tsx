import { createContext, useContext } from 'react';
import type { IopSettings } from '../domain/settings';
import type { DraftStore } from './draftStore';
import type { Importer } from './importer';
import type { WorkbookApi } from './workbookApi';

export interface PaneServices {
  workbook: WorkbookApi;
  importer: Importer;
  drafts: DraftStore;
  settings: IopSettings;
  /** Called after the settings were saved, so every view uses the new values. */
  setSettings(settings: IopSettings): void;
  /** Called after a save, delete or undo, so the undo bar reads what can be undone now. */
  notifyChange(): void;
  /** Increases with every notifyChange: views that show stored agreements reload on it. */
  changes: number;
  /**
   * A view with edits that leaving it would lose sets a sentence saying so (null when there is nothing to
   * lose); the pane asks before switching to another view.
   */
  setUnsaved(reason: string | null): void;
}

export const PaneContext = createContext<PaneServices | null>(null);

export function usePane(): PaneServices {
  const services = useContext(PaneContext);
  if (!services) throw new Error('Aktivitetsfönstret saknar sina tjänster (PaneContext).');
  return services;
}
