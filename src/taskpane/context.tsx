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
}

export const PaneContext = createContext<PaneServices | null>(null);

export function usePane(): PaneServices {
  const services = useContext(PaneContext);
  if (!services) throw new Error('Aktivitetsfönstret saknar sina tjänster (PaneContext).');
  return services;
}
