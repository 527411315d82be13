import { IopSettings, defaultSettings } from '../domain/settings';

/**
 * The workbook settings the functions use when an optional argument is left out.
 * Custom functions must not call Office.js while they calculate, so the runtime keeps a copy here,
 * refreshed by the registration entry when the Inställningar sheet changes (see register.ts).
 */
let current: IopSettings = defaultSettings();

export function functionSettings(): IopSettings {
  return current;
}

export function setFunctionSettings(settings: IopSettings): void {
  current = { ...settings };
}
