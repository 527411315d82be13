import type { Agreement, Party } from './agreement';

function fold(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * How the committee's documents abbreviate it: "Arbetsmarknadsnämnden" → "AN", "Bildningsnämnden" → "BN",
 * "Kommunstyrelsen" → "KS". Names that do not follow the one-word pattern are kept whole.
 */
export function committeeAbbreviation(committee: string): string {
  const name = committee.trim();
  if (/^\S+nämnden?$/i.test(name) && !/^nämnden?$/i.test(name)) return `${name[0].toUpperCase()}N`;
  if (/^kommunstyrelsen?$/i.test(name)) return 'KS';
  if (/^kommunfullmäktige$/i.test(name)) return 'KF';
  return name;
}

/** The committee name folded and without a definite ending, so "arbetsmarknadsnämnd" and "-nämnden" both match (the sheets write it into their committee test). */
export function committeeStem(committee: string): string {
  return fold(committee).replace(/(nämnden|nämnd)$/, 'nämnd').replace(/(styrelsen|styrelse)$/, 'styrelse');
}

export function namesCommittee(party: Party, committee: string): boolean {
  const s = committeeStem(committee);
  if (!s) return false;
  return fold(`${party.name} ${party.unit ?? ''}`).includes(s);
}

const ANY_COMMITTEE = /(nämnd|styrelse|fullmäktige)/i;

/**
 * The public parties whose cost is the committee's own ("Kostnad AN/år"): those that name the committee,
 * or every public party when none does (a municipality named without its committee).
 */
export function committeePartyFlags(agreement: Agreement, committee: string): boolean[] {
  const named = agreement.parties.map((p) => p.sector === 'public' && namesCommittee(p, committee));
  if (named.some(Boolean)) return named;
  return agreement.parties.map((p) => p.sector === 'public' && !ANY_COMMITTEE.test(`${p.name} ${p.unit ?? ''}`));
}

/**
 * Whether an agreement belongs in the committee's reports: one of its parties names the committee, or none
 * of its parties names any committee at all (then nothing says it belongs elsewhere).
 */
export function belongsToCommittee(agreement: Agreement, committee: string): boolean {
  if (!committee.trim()) return true;
  if (agreement.parties.some((p) => namesCommittee(p, committee))) return true;
  return !agreement.parties.some((p) => p.sector === 'public' && ANY_COMMITTEE.test(`${p.name} ${p.unit ?? ''}`));
}

/** "Samverkanspart/-er": every party except the committee's own, in the agreement's order. */
export function partnerNames(agreement: Agreement, committee: string): string {
  const own = committeePartyFlags(agreement, committee);
  return agreement.parties
    .filter((_, i) => !own[i])
    // A municipality's other committee is known by the committee ("Bildningsnämnden"), not by the municipality.
    .map((p) => (p.sector === 'public' && p.unit ? p.unit : p.name))
    .join(', ');
}

const ANY_NAMED_COMMITTEE = /(nämnd|styrelse)/i;
const foldCommittee = (s: string) => committeeStem(s);

/** The committees an agreement's public parties name ("Linköpings kommun genom arbetsmarknadsnämnden" → its unit). */
export function committeesOf(agreement: Agreement): string[] {
  const names: string[] = [];
  for (const p of agreement.parties) {
    if (p.sector !== 'public') continue;
    const name = p.unit && ANY_NAMED_COMMITTEE.test(p.unit) ? p.unit : ANY_NAMED_COMMITTEE.test(p.name) ? p.name.replace(/^.*,\s*/, '') : null;
    if (name && !names.some((n) => foldCommittee(n) === foldCommittee(name))) names.push(name.charAt(0).toUpperCase() + name.slice(1));
  }
  return names;
}

/** Every committee the agreements name, in the order they first appear. */
export function workbookCommittees(agreements: readonly Agreement[]): string[] {
  const all: string[] = [];
  for (const a of agreements) for (const c of committeesOf(a)) if (!all.some((n) => foldCommittee(n) === foldCommittee(c))) all.push(c);
  return all;
}

/** Whether two committee names are the same committee ("Arbetsmarknadsnämnden", "arbetsmarknadsnämnd"). */
export function sameCommittee(a: string, b: string): boolean {
  return foldCommittee(a) === foldCommittee(b);
}
