import { MAX_KRONOR, overCeiling } from '../domain/money';
import { yearlyFigureIssue } from '../domain/moneyRange';
import type { Economy, YearAmount } from './economy/model';
import type { ImportedAgreement, ImportWarning } from './result';
import { warning } from './fields/field';
import { type SourceDoc, lineIndexAt } from './text/source';

/** The years a base year or a per-year amount can plausibly name; outside them the schedule has no meaning. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

const inYears = (y: number) => Number.isInteger(y) && y >= FIRST_YEAR && y <= LAST_YEAR;

/** The first amount of a row (its yearly amount, then its per-year amounts) outside the range for money. */
function amountOver(row: { amount?: number; annualAmount?: number; yearAmounts?: YearAmount[] }): number | undefined {
  const all = [row.amount ?? row.annualAmount ?? 0, ...(row.yearAmounts ?? []).map((y) => y.amount)];
  return all.find((v) => !(Number.isFinite(v) && v <= MAX_KRONOR));
}

/** Where in the document a value was read, for a warning: `rad 57 ("Handläggare, 3 st á 100% …")`. */
export function placeAt(doc: SourceDoc, offset: number): string {
  const line = doc.lines[lineIndexAt(doc, offset)];
  if (!line) return 'i dokumentet';
  const text = line.text.replace(/\s+/g, ' ').trim();
  return `rad ${line.index + 1} ("${text.length > 80 ? `${text.slice(0, 79)}…` : text}")`;
}

/**
 * The economy's amounts above the range for money (src/domain/money.ts: a 24-digit amount, "1 800 timmar à
 * 99 999 999 999 999 999 999 kr", 9 007 199 254 740 993, whose last digits a number cannot even hold) are not
 * read: each item, party share or total is left out with a warning naming the line it stands on.
 */
export function economyWithinRange(economy: Economy, doc: SourceDoc): Economy {
  const warnings: ImportWarning[] = [...economy.warnings];
  const dropped = new Set<number>();
  const keep = <T extends { start: number; amount: number; yearAmounts?: YearAmount[] }>(row: T, field: string, what: string): boolean => {
    const over = amountOver(row);
    if (over === undefined) return true;
    warnings.push(warning('AMBIGUOUS', field, `${placeAt(doc, row.start)}: ${what} på ${overCeiling(over)} och togs inte med.`));
    dropped.add(row.start);
    return false;
  };
  const items = economy.items.filter((it) => keep(it, 'costItems', `posten "${it.label}"`));
  const partyTotals = economy.partyTotals.filter((t) => keep(t, 'contributions', t.party ? `${t.party.name}s del` : 'delen'));
  const grandTotal = economy.grandTotal && keep(economy.grandTotal, 'annualTotal', 'totalen') ? economy.grandTotal : null;
  if (!dropped.size) return economy;
  // The readings the importer confirms amounts against lose the dropped amounts too.
  const kept = (r: { start: number }) => !dropped.has(r.start);
  return {
    items,
    partyTotals,
    grandTotal,
    partyReadings: economy.partyReadings.filter(kept),
    totalReadings: economy.totalReadings.filter(kept),
    warnings,
    provenance: economy.provenance.filter(kept),
  };
}

/** Where the agreement's field was read (its first provenance), or nothing when the import did not record it. */
function placeOf(a: ImportedAgreement, field: string, doc: SourceDoc | undefined): string {
  const p = (a.provenance ?? []).find((x) => x.field === field || x.field.startsWith(`${field}.`));
  if (!p) return '';
  return doc ? `${placeAt(doc, p.start)}: ` : `"${p.snippet.slice(0, 80)}": `;
}

/**
 * Values a document states but no agreement can have are dropped at the import's edge, each with a warning on
 * its field, so that nothing after the import (the schedule, the workbook, `iop flerar`) meets them:
 * "Basår: 1000", an extension of 0 years or 0 times, an end before the start, a per-year amount for year 3, an
 * amount above the range for money (src/domain/money.ts) and an indexation that would take a year of the plan
 * above it (src/domain/moneyRange.ts: 99 % a year from 1900).
 */
export function dropOutOfRange(a: ImportedAgreement, doc?: SourceDoc): ImportedAgreement {
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
  // Amounts above the range that no line of the economy stated alone: a party's sum of items, an overview's cell.
  const inRange = <T extends { annualAmount: number; yearAmounts?: YearAmount[] }>(rows: T[], field: string, what: (r: T) => string): T[] =>
    rows.filter((r) => {
      const over = amountOver(r);
      if (over === undefined) return true;
      warnings.push(warning('AMBIGUOUS', field, `${placeOf(a, field, doc)}${what(r)} på ${overCeiling(over)} och togs inte med.`));
      return false;
    });
  let annualTotal = a.annualTotal;
  if (annualTotal !== null && !(annualTotal <= MAX_KRONOR)) {
    warnings.push(warning('AMBIGUOUS', 'annualTotal', `${placeOf(a, 'annualTotal', doc)}totalen på ${overCeiling(annualTotal)} och togs inte med.`));
    annualTotal = null;
  }
  const kept: ImportedAgreement = {
    ...a,
    indexation,
    validity,
    costItems: inRange(keepYears(a.costItems, 'costItems'), 'costItems', (c) => `posten "${c.label}"`),
    contributions: inRange(keepYears(a.contributions, 'contributions'), 'contributions', (c) => `${c.party}s del`),
    annualTotal,
    warnings,
  };
  // What the amounts become together: an indexation beyond the range is dropped (the plan then shows the amounts
  // as stated, with this warning); parties' amounts that together leave it are not an agreement's economy.
  const issue = yearlyFigureIssue(kept);
  if (!issue) return kept;
  if (issue.path[0] === 'indexation') {
    warnings.push(warning('AMBIGUOUS', 'indexation', `${placeOf(a, 'indexation', doc)}${issue.message}; uppräkningen togs inte med.`));
    return { ...kept, indexation: null };
  }
  warnings.push(warning('AMBIGUOUS', String(issue.path[0]), `${issue.message}; avtalets belopp togs inte med.`));
  return { ...kept, costItems: [], contributions: [], annualTotal: null };
}
