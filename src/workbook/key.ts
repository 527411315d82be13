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
    .replace(/^-+|-+$/g, '');
  // Long titles often share their start ("överenskommelse om idéburet offentligt partnerskap mellan …"):
  // a cut name keeps a hash of the whole name, so two agreements never share a key by their first words.
  const short = slug.length <= MAX_SLUG ? slug : `${slug.slice(0, MAX_SLUG - 9).replace(/-+$/, '')}-${fnv1a(slug)}`;
  return `iop-${short || 'avtal'}`;
}

const MAX_SLUG = 60;

/** FNV-1a, 32 bits, as 8 hex digits: a short stable fingerprint, not a security measure. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
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
