import { Agreement, Sector } from './agreement';
import { Kronor } from './money';

/** One party's yearly amount at the base year's level. */
export interface PartyAmount {
  party: string;
  sector: Sector;
  annualAmount: Kronor;
}

export interface SectorTotals {
  public: Kronor;
  civil: Kronor;
  total: Kronor;
}

/** Label for the part of a stated total that no party's amount explains (the overview states only the committee's cost). */
export const UNATTRIBUTED_CIVIL = 'Idéburen part (ej fördelat)';

/** A party's yearly amount: its stated contributions when it has any, otherwise the sum of its cost items. */
export function partyAnnualAmount(agreement: Agreement, party: string): Kronor {
  const stated = agreement.contributions.filter((c) => c.party === party);
  const source = stated.length > 0 ? stated : agreement.costItems.filter((c) => c.party === party);
  return source.reduce((s, c) => s + c.annualAmount, 0);
}

/**
 * The part of a stated annual total that no party's amount explains, when it belongs to the civil side:
 * the committee's overview states only the committee's cost, so the rest of the value is the non-profits'.
 * When a civil party states its own amount, an unexplained remainder is a mismatch (the importer warns
 * TOTAL_MISMATCH), not a contribution, and counts for nobody.
 */
export function unexplainedCivilAmount(agreement: Agreement, explained: readonly PartyAmount[]): Kronor {
  if (agreement.annualTotal === null) return 0;
  if (explained.some((r) => r.sector === 'civil' && r.annualAmount > 0)) return 0;
  return Math.max(0, agreement.annualTotal - explained.reduce((s, r) => s + r.annualAmount, 0));
}

/** Each party's yearly amount, plus the civil remainder of a stated total as one row named after the civil parties. */
export function partyAmounts(agreement: Agreement): PartyAmount[] {
  const rows: PartyAmount[] = agreement.parties.map((party) => ({
    party: party.name,
    sector: party.sector,
    annualAmount: partyAnnualAmount(agreement, party.name),
  }));
  const remainder = unexplainedCivilAmount(agreement, rows);
  if (remainder === 0) return rows;
  const civilWithoutAmount = rows.filter((r) => r.sector === 'civil');
  const label = civilWithoutAmount.length > 0 ? civilWithoutAmount.map((r) => r.party).join(', ') : UNATTRIBUTED_CIVIL;
  return [...rows.filter((r) => r.sector === 'public'), { party: label, sector: 'civil', annualAmount: remainder }];
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

/** The amount a named party, or the whole public or civil side, contributes per year. */
export function contributionOf(agreement: Agreement, who: string): Kronor {
  const amounts = partyAmounts(agreement);
  const key = who.trim().toLowerCase();
  if (key === 'public' || key === 'offentlig') return sectorTotals(amounts).public;
  if (key === 'civil' || key === 'idéburen' || key === 'ideburen') return sectorTotals(amounts).civil;
  return amounts.filter((a) => a.party.toLowerCase() === key).reduce((s, a) => s + a.annualAmount, 0);
}
