import type { ImportedAgreement } from './result';
import { warning } from './fields/field';

/** The years a base year or a per-year amount can plausibly name; outside them the schedule has no meaning. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

const inYears = (y: number) => Number.isInteger(y) && y >= FIRST_YEAR && y <= LAST_YEAR;

/**
 * Values a document states but no agreement can have are dropped at the import's edge, each with a warning on
 * its field, so that nothing after the import (the schedule, the workbook, `iop flerar`) meets them:
 * "Basår: 1000", an extension of 0 years or 0 times, an end before the start, a per-year amount for year 3.
 */
export function dropOutOfRange(a: ImportedAgreement): ImportedAgreement {
  const warnings = [...a.warnings];
  let indexation = a.indexation;
  if (indexation && indexation.baseYear !== null && !inYears(indexation.baseYear)) {
    warnings.push(warning('AMBIGUOUS', 'indexation.baseYear', `Basåret ${indexation.baseYear} är inget rimligt årtal (${FIRST_YEAR}–${LAST_YEAR}) och togs inte med.`));
    indexation = { ...indexation, baseYear: null };
  }
  let validity = a.validity;
  const ext = validity.extension;
  if (ext && (!Number.isInteger(ext.years) || ext.years < 1 || (ext.times !== null && (!Number.isInteger(ext.times) || ext.times < 1)))) {
    warnings.push(warning('AMBIGUOUS', 'validity.extension', `En förlängning om ${ext.years} år${ext.times !== null ? ` ${ext.times} gånger` : ''} är ingen förlängning och togs inte med.`));
    validity = { ...validity, extension: null };
  }
  if (validity.start !== null && validity.end !== null && validity.start > validity.end) {
    warnings.push(warning('AMBIGUOUS', 'validity.end', `Slutdatumet ${validity.end} ligger före startdatumet ${validity.start} och togs inte med.`));
    validity = { ...validity, end: null };
  }
  const keepYears = <T extends { yearAmounts?: { year: number; amount: number }[] }>(rows: T[], field: string): T[] =>
    rows.map((r) => {
      if (!r.yearAmounts || r.yearAmounts.every((y) => inYears(y.year))) return r;
      warnings.push(warning('AMBIGUOUS', field, `Belopp för år utanför ${FIRST_YEAR}–${LAST_YEAR} togs inte med.`));
      return { ...r, yearAmounts: r.yearAmounts.filter((y) => inYears(y.year)) };
    });
  return {
    ...a,
    indexation,
    validity,
    costItems: keepYears(a.costItems, 'costItems'),
    contributions: keepYears(a.contributions, 'contributions'),
    warnings,
  };
}
