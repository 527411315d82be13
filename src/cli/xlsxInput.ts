import type { Agreement } from '../domain/agreement';
import { ImportError, type ImportResult } from '../import/result';
import { importFile } from '../import/node';
import { plannableEnd } from '../domain/validity';
import { keyFromName } from '../workbook/key';
import { CliError } from './io';

export interface ImportedSet {
  agreements: Agreement[];
  /** One Swedish line per warning, prefixed with its file. */
  warnings: string[];
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (Array.isArray(v) && v.length === 0) || v === '';
}

/**
 * Documents about the same agreement (the agreement itself and the committee's decision on it) are merged:
 * the agreement document's fields win, the others fill what it leaves empty.
 */
export function mergeSameAgreement(found: { agreement: Agreement; kind: ImportResult['documentKind'] }[], notes: string[] = []): Agreement[] {
  const byKey = new Map<string, { agreement: Agreement; kind: ImportResult['documentKind'] }[]>();
  for (const f of found) {
    const key = f.agreement.id || keyFromName(f.agreement.name);
    byKey.set(key, [...(byKey.get(key) ?? []), f]);
  }
  // Two agreement documents are two agreements, even with the same name: only an agreement and the
  // decision memos or overview rows about it are merged.
  const groups = [...byKey.values()].flatMap((group) =>
    group.filter((g) => g.kind === 'agreement').length > 1 ? group.map((g) => [g]) : [group],
  );
  return groups.map((group) => {
    const ordered = [...group.filter((g) => g.kind === 'agreement'), ...group.filter((g) => g.kind !== 'agreement')];
    const merged: Agreement = { ...ordered[0].agreement, validity: { ...ordered[0].agreement.validity } };
    for (const { agreement: other } of ordered.slice(1)) {
      for (const field of ['targetGroup', 'purpose', 'places', 'indexation', 'annualTotal', 'costItems', 'contributions', 'followUp'] as const) {
        if (isEmpty(merged[field]) && !isEmpty(other[field])) (merged as Record<string, unknown>)[field] = other[field];
      }
      for (const field of ['start', 'end', 'extension', 'noticeMonths'] as const) {
        if (isEmpty(merged.validity[field]) && !isEmpty(other.validity[field])) (merged.validity as Record<string, unknown>)[field] = other.validity[field];
      }
      recordLaterEnd(merged, other, notes);
      const names = new Set(merged.parties.map((p) => p.name));
      const needed = new Set([...merged.costItems, ...merged.contributions].map((c) => c.party));
      merged.parties = [...merged.parties, ...other.parties.filter((p) => !names.has(p.name) && needed.has(p.name))];
    }
    return merged;
  });
}

/**
 * A later document (the committee's overview, a decision) that gives the agreement a later end within the
 * extensions the agreement allows is a record of an extension decided since: kept as `validity.extendedEnd`,
 * the base period stays as the agreement wrote it.
 */
function recordLaterEnd(merged: Agreement, other: Agreement, notes: string[]): void {
  const { end, extendedEnd } = merged.validity;
  const later = other.validity.extendedEnd ?? other.validity.end;
  if (!end || !later || later <= end || (extendedEnd && later <= extendedEnd)) return;
  const last = plannableEnd(merged.validity);
  if (!last || later > last) return;
  merged.validity.extendedEnd = later;
  notes.push(`${merged.name}: avtalsperioden slutar ${end}, ett senare dokument anger ${later}; registrerat som beslutad förlängning.`);
}

function plain(a: Agreement): Agreement {
  const { warnings: _w, provenance: _p, ...rest } = a as Agreement & { warnings?: unknown; provenance?: unknown };
  return rest;
}

/** Imports every file; a file that cannot be imported stops the command with its Swedish message. */
export async function importFiles(files: string[]): Promise<ImportedSet> {
  if (files.length === 0) throw new CliError('ange minst en fil att läsa.');
  const found: { agreement: Agreement; kind: ImportResult['documentKind'] }[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    let result: ImportResult;
    try {
      result = await importFile(file);
    } catch (e) {
      if (e instanceof ImportError) throw new CliError(e.message);
      throw e;
    }
    for (const w of result.warnings) warnings.push(`${result.source}: ${w.message}`);
    for (const a of result.agreements) {
      for (const w of a.warnings ?? []) warnings.push(`${result.source}: ${a.name}: ${w.message}`);
      found.push({ agreement: plain(a), kind: result.documentKind });
    }
  }
  const notes: string[] = [];
  const agreements = mergeSameAgreement(found, notes);
  return { agreements, warnings: [...warnings, ...notes] };
}

/** Splits `FILE... --flag value` arguments; unknown flags are usage errors. */
export function parseArgs(args: string[], valueFlags: Record<string, string>, boolFlags: string[] = []): { files: string[]; flags: Record<string, string>; bools: Set<string> } {
  const files: string[] = [];
  const flags: Record<string, string> = {};
  const bools = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (name in valueFlags) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') throw new CliError(`${name} behöver ett värde (${valueFlags[name]}).`);
      flags[valueFlags[name]] = value;
    } else if (boolFlags.includes(name)) bools.add(name);
    else if (a.startsWith('-') && a !== '-') throw new CliError(`okänd flagga ${a}.`);
    else files.push(a);
  }
  return { files, flags, bools };
}

export function parseYear(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const year = Number(text);
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw new CliError(`--ar ska vara ett årtal, t.ex. 2025 (fick "${text}").`);
  return year;
}
