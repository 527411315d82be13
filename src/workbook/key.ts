import type { Agreement } from '../domain/agreement';

const FOLD: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', è: 'e', ü: 'u', æ: 'ae', ø: 'o' };

/**
 * The stable key of an agreement in the workbook ("Avtals-id"): its id when it has one, otherwise derived
 * from its name, so importing the same document again finds the same rows. Keys hold only a–z, 0–9 and
 * "-": formulas use them as SUMIFS/MATCH criteria, where *, ? and ~ would be wildcards.
 */
export function keyFromName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[åäöéèüæø]/g, (c) => FOLD[c] ?? c)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `iop-${slug || 'avtal'}`;
}

export function isSafeKey(key: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(key);
}

/** Keys for a list of agreements, unique within the list (a repeated name gets "-2", "-3"…). */
export function agreementKeys(agreements: readonly Agreement[]): string[] {
  const used = new Set<string>();
  return agreements.map((a) => {
    const base = a.id && isSafeKey(a.id) ? a.id : keyFromName(a.id || a.name);
    let key = base;
    for (let n = 2; used.has(key.toLowerCase()); n++) key = `${base}-${n}`;
    used.add(key.toLowerCase());
    return key;
  });
}
