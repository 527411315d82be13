import { IopSettings, defaultSettings } from '../domain/settings';

/**
 * The workbook settings the functions use when an optional argument is left out.
 * Custom functions must not call Office.js while they calculate, so the runtime keeps a copy here,
 * refreshed by the registration entry when the Inställningar sheet changes (see register.ts).
 */
/**
 * Before a workbook's settings are read (or outside Excel): the documented defaults, except that no
 * social-fee rate is assumed — IOP.LON adds fees only when the workbook or the call states a rate.
 */
export function initialFunctionSettings(): IopSettings {
  return { ...defaultSettings(), socialFeeRate: 0 };
}

let current: IopSettings = initialFunctionSettings();

export function functionSettings(): IopSettings {
  return current;
}

export function setFunctionSettings(settings: IopSettings): void {
  current = { ...settings };
}
