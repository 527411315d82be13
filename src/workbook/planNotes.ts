import type { Agreement } from '../domain/agreement';
import { buildSchedule } from '../domain/schedule';
import { UNLIMITED_EXTENSION_PERIODS, plannedExtensionTimes } from '../domain/validity';

/** How many extension periods the plan's "Med förlängningar" rows assume for one agreement, in words. */
export function extensionAssumption(a: Agreement): string {
  const ext = a.validity.extension;
  if (a.validity.extendedEnd) return `förlängt till ${a.validity.extendedEnd} (beslutat)`;
  if (!ext || ext.years === 0) return 'ingen förlängning';
  const times = plannedExtensionTimes(ext);
  const periods = `${times} × ${ext.years} år`;
  return ext.times === null ? `${periods} (avtalet sätter ingen gräns; planen visar ${UNLIMITED_EXTENSION_PERIODS})` : periods;
}

/**
 * The plan sheet's note under its title: the extension periods it assumes per agreement, and the agreements
 * it cannot plan and why (a memo's overview gives no start dates). Empty when there is nothing to say.
 */
export function planNote(agreements: readonly Agreement[]): string {
  const assumed = agreements
    .filter((a) => a.validity.extension || a.validity.extendedEnd)
    .map((a) => `${a.name}: ${extensionAssumption(a)}`);
  const unplanned = agreements
    .map((a) => ({ a, problem: buildSchedule(a).problem }))
    .filter((x) => x.problem)
    .map((x) => `${x.a.name} (${x.problem!.replace(/\.$/, '').toLowerCase()})`);
  return [
    assumed.length > 0 ? `Förlängningar i planen – ${assumed.join('; ')}.` : '',
    unplanned.length > 0 ? `Inte i planen – ${unplanned.join('; ')}: fyll i uppgiften i fönstret Översikt eller i tabellen Avtal.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
