import type { Agreement } from '../domain/agreement';
import type { ImportResult } from '../import/result';
import { plannableEnd } from '../domain/validity';
import { keyFromName } from './key';

export interface FoundAgreement {
  agreement: Agreement;
  kind: ImportResult['documentKind'];
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (Array.isArray(v) && v.length === 0) || v === '';
}

/**
 * A later document (the committee's overview, a decision) that gives the agreement a later end within the
 * extensions the agreement allows is a record of an extension decided since: kept as `validity.extendedEnd`,
 * the base period stays as the agreement wrote it. `notes` says so in one Swedish line.
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

/**
 * Documents about the same agreement (the agreement itself and the committee's decision on it) are merged:
 * the agreement document's fields win, the others fill what it leaves empty. Used by the CLI and the pane
 * alike, so several files give the same agreements wherever they are imported.
 */
export function mergeSameAgreement(found: readonly FoundAgreement[], notes: string[] = []): Agreement[] {
  const byKey = new Map<string, FoundAgreement[]>();
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
