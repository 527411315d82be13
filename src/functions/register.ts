/**
 * The functions' entry in the shared runtime: makes the IOP.* functions known to Excel before anything else
 * loads. Importing functions.ts runs the `CustomFunctions.associate` calls the metadata plugin appends to it.
 */
import './officeGlobals';
import './functions';
import { startSettingsSync } from './settingsSync';

export function startFunctionRuntime(): void {
  const inExcel = typeof Office !== 'undefined' && typeof Excel !== 'undefined';
  if (!inExcel) return;
  Office.onReady(() => {
    startSettingsSync().catch(() => {
      // Without readable settings the documented defaults apply; the functions still work.
    });
  });
}
