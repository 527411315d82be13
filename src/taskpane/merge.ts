import type { Agreement } from '../domain/agreement';

/**
 * Replaces the stored agreement with the same id, or, for an agreement without an id (new in the wizard or the
 * import), the stored one with the same name; appends the rest. Saving twice therefore never duplicates a row.
 */
export function mergeAgreements(stored: readonly Agreement[], incoming: readonly Agreement[]): Agreement[] {
  const sameName = (a: Agreement, b: Agreement) => a.name.trim().toLowerCase() === b.name.trim().toLowerCase();
  const result = [...stored];
  for (const agreement of incoming) {
    const at = result.findIndex((s) => (agreement.id ? s.id === agreement.id : sameName(s, agreement)));
    if (at >= 0) result[at] = agreement.id || !result[at].id ? agreement : { ...agreement, id: result[at].id };
    else result.push(agreement);
  }
  return result;
}
