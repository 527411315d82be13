import { Agreement, Contribution, CostItem, Sector } from './agreement';
import { Kronor } from './money';

/** One party's yearly amount at the first year's level. */
export interface PartyAmount {
  party: string;
  sector: Sector;
  annualAmount: Kronor;
  /**
   * False when nothing in the agreement states this party's amount (no contribution, no cost item): its 0 is
   * "not given", not "gives nothing". Shown as unknown, never as 0 kr.
   */
  known: boolean;
  /** The civil side's remainder of a stated total (civilRemainder): the amount of the parties in `covers`, together. */
  unattributed?: { covers: string[] };
}

export interface SectorTotals {
  public: Kronor;
  civil: Kronor;
  total: Kronor;
}

/**
 * The one label of the civil side's share of a stated total that the document does not split between the
 * parties (the committee's overview states only the committee's cost): in the pane, the sheets, the memo and
 * IOP.BIDRAG alike.
 */
export const UNATTRIBUTED_CIVIL = 'Idéburen part (ej fördelat)';

/** What the rule below reads of an agreement: its items (IOP.BIDRAG has only the IOP_Poster table's rows). */
export type ItemsOf = Pick<Agreement, 'contributions' | 'costItems'>;

/**
 * The items a party's yearly amount comes from: its stated contributions when it has any, otherwise its cost
 * items. The one home of "contributions replace cost items" (the amounts, the stated years and the sheets' Typ
 * column all follow it).
 */
export function partySourceItems(agreement: ItemsOf, party: string): readonly (Contribution | CostItem)[] {
  const stated = agreement.contributions.filter((c) => c.party === party);
  return stated.length > 0 ? stated : agreement.costItems.filter((c) => c.party === party);
}

/** Whether a party's amount comes from its stated contributions (true) or from its cost items. */
export function usesContributions(agreement: Agreement, party: string): boolean {
  return agreement.contributions.some((c) => c.party === party);
}

/** A party's yearly amount: its stated contributions when it has any, otherwise the sum of its cost items. */
export function partyAnnualAmount(agreement: ItemsOf, party: string): Kronor {
  return partySourceItems(agreement, party).reduce((s, c) => s + c.annualAmount, 0);
}

/**
 * The part of a stated annual total that no party's amount explains, when it belongs to the civil side: the
 * committee's overview states only the committee's cost, so the rest of the value is the non-profits'. When a
 * civil party states its own amount, an unexplained remainder is a mismatch (the importer warns TOTAL_MISMATCH),
 * not a contribution, and counts for nobody. `covers` names the parties whose amounts it holds together: every
 * party that states none.
 * @example civilRemainder(broModellen) // { amount: 641 200, covers: ['Bilda', 'Erikshjälpen'] }: 1 791 200 − 1 150 000
 */
export function civilRemainder(agreement: Agreement): { amount: Kronor; covers: string[] } | null {
  if (agreement.annualTotal === null) return null;
  const rows = agreement.parties.map((p) => ({ party: p, amount: partyAnnualAmount(agreement, p.name), known: partySourceItems(agreement, p.name).length > 0 }));
  if (rows.some((r) => r.party.sector === 'civil' && r.amount > 0)) return null;
  const amount = agreement.annualTotal - rows.reduce((s, r) => s + r.amount, 0);
  if (amount <= 0) return null;
  return { amount, covers: rows.filter((r) => !r.known).map((r) => r.party.name) };
}

/** Each party's yearly amount, then the civil remainder of a stated total (civilRemainder) as one row, UNATTRIBUTED_CIVIL. */
export function partyAmounts(agreement: Agreement): PartyAmount[] {
  const rows: PartyAmount[] = agreement.parties.map((party) => ({
    party: party.name,
    sector: party.sector,
    annualAmount: partyAnnualAmount(agreement, party.name),
    known: partySourceItems(agreement, party.name).length > 0,
  }));
  const remainder = civilRemainder(agreement);
  if (!remainder) return rows;
  return [...rows, { party: UNATTRIBUTED_CIVIL, sector: 'civil', annualAmount: remainder.amount, known: true, unattributed: { covers: remainder.covers } }];
}

export function sectorTotals(amounts: readonly PartyAmount[]): SectorTotals {
  const sum = (sector: Sector) => amounts.filter((a) => a.sector === sector).reduce((s, a) => s + a.annualAmount, 0);
  const pub = sum('public');
  const civil = sum('civil');
  return { public: pub, civil, total: pub + civil };
}

/** A sector's share of the total as a fraction (0 when the total is 0). */
export function sectorShares(totals: SectorTotals): { public: number; civil: number } {
  if (totals.total === 0) return { public: 0, civil: 0 };
  return { public: totals.public / totals.total, civil: totals.civil / totals.total };
}

/** The amount a named party, or the whole public or civil side (with the civil remainder), contributes per year. */
export function contributionOf(agreement: Agreement, who: string): Kronor {
  const amounts = partyAmounts(agreement);
  const key = who.trim().toLowerCase();
  if (key === 'public' || key === 'offentlig') return sectorTotals(amounts).public;
  if (key === 'civil' || key === 'idéburen' || key === 'ideburen') return sectorTotals(amounts).civil;
  return amounts.filter((a) => a.party.toLowerCase() === key).reduce((s, a) => s + a.annualAmount, 0);
}
