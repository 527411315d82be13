import type { Party } from './agreement';
import { parseOrgNumber } from './orgNumber';

const fold = (s: string) => s.toLowerCase().normalize('NFC').replace(/[^a-zåäöéü0-9]+/g, ' ').trim();

/**
 * One organisation's name as two documents write it: the same words, or the same name with its place added
 * ("Föreningen X" and "Föreningen X i Ort"). Documents of one municipality drop the town at will.
 */
export function sameOrganisationName(a: string, b: string): boolean {
  const f = fold(a);
  const g = fold(b);
  return f !== '' && (f === g || f.startsWith(`${g} i `) || g.startsWith(`${f} i `));
}

function canonicalOrgNumber(orgNumber: string | null): string | null {
  if (!orgNumber) return null;
  const parsed = parseOrgNumber(orgNumber);
  return parsed.ok ? parsed.value : null;
}

/**
 * The same organisation in two documents: by organisation number when both state one (a renamed organisation
 * keeps its number, two organisations never share one), otherwise by name as `sameOrganisationName` reads it.
 */
export function sameOrganisation(a: Party, b: Party): boolean {
  const x = canonicalOrgNumber(a.orgNumber);
  const y = canonicalOrgNumber(b.orgNumber);
  if (x && y) return x === y;
  return sameOrganisationName(a.name, b.name);
}
