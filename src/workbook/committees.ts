import type { Agreement } from '../domain/agreement';
import { extensionWatch, runsDuring } from '../domain/followUp';
import { buildSchedule } from '../domain/schedule';
import { belongsToCommittee, committeePartyFlags } from '../domain/committee';

/**
 * Many committees, one workbook: which committees the agreements name, and per committee the figures its
 * chair asks for first (how many partnerships, what the public and civil sides put in this year, what ends soon).
 */
export interface CommitteeSummary {
  committee: string;
  /** Agreements of the committee that run during the year. */
  count: number;
  /** The committee's own cost in the year ("Kostnad AN"), not other committees' shares. */
  public: number;
  /** The civil parties' contributions to those agreements in the year. */
  civil: number;
  /** Of those, the ones whose decided end falls within six months of the status date. */
  endingSoon: number;
  /** Of those, the ones without a schedule (a start or end date missing): their amounts are not in the sums. */
  withoutAmounts: number;
}

const ANY_COMMITTEE = /(nämnd|styrelse)/i;
const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim().replace(/(nämnden|nämnd)$/, 'nämnd').replace(/(styrelsen|styrelse)$/, 'styrelse');

/** The committees an agreement's public parties name ("Linköpings kommun genom arbetsmarknadsnämnden" → its unit). */
export function committeesOf(agreement: Agreement): string[] {
  const names: string[] = [];
  for (const p of agreement.parties) {
    if (p.sector !== 'public') continue;
    const name = p.unit && ANY_COMMITTEE.test(p.unit) ? p.unit : ANY_COMMITTEE.test(p.name) ? p.name.replace(/^.*,\s*/, '') : null;
    if (name && !names.some((n) => fold(n) === fold(name))) names.push(name.charAt(0).toUpperCase() + name.slice(1));
  }
  return names;
}

/** Every committee the agreements name, in the order they first appear. */
export function workbookCommittees(agreements: readonly Agreement[]): string[] {
  const all: string[] = [];
  for (const a of agreements) for (const c of committeesOf(a)) if (!all.some((n) => fold(n) === fold(c))) all.push(c);
  return all;
}

/**
 * The committee's own cost and the civil side's contribution in the year, as the schedule gives them (each party
 * rounded once); a recorded extension counts as decided, planned ones do not.
 */
function yearAmounts(agreement: Agreement, committee: string, year: number): { own: number; civil: number; known: boolean } {
  const schedule = buildSchedule(agreement);
  const flags = committeePartyFlags(agreement, committee);
  const own = new Set(agreement.parties.filter((_, i) => flags[i]).map((p) => p.name));
  const extended = !!agreement.validity.extendedEnd && agreement.validity.extendedEnd >= `${year}-01-01`;
  let ownSum = 0;
  let civil = 0;
  for (const p of schedule.parties) {
    if (p.year !== year) continue;
    const amount = extended ? p.amount : p.baseAmount;
    if (own.has(p.party)) ownSum += amount;
    else if (p.sector === 'civil') civil += amount;
  }
  return { own: ownSum, civil, known: schedule.problem === null };
}

/** One row per committee named in the agreements (agreements of two committees count for both). */
export function committeeSummaries(agreements: readonly Agreement[], year: number, statusDate: string): CommitteeSummary[] {
  return workbookCommittees(agreements).map((committee) => {
    const mine = agreements.filter((a) => committeesOf(a).some((c) => fold(c) === fold(committee)) && belongsToCommittee(a, committee) && runsDuring(a, year));
    const sums = mine.map((a) => yearAmounts(a, committee, year));
    return {
      committee,
      count: mine.length,
      public: sums.reduce((s, v) => s + v.own, 0),
      civil: sums.reduce((s, v) => s + v.civil, 0),
      endingSoon: extensionWatch(mine, statusDate, 6).length,
      withoutAmounts: sums.filter((v) => !v.known).length,
    };
  });
}
