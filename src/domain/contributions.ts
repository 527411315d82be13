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

/**
 * Each party's yearly amount: its stated contributions when it has any, otherwise the sum of its cost items.
 * When the agreement states an annual total larger than the parties' amounts together, the remainder is
 * the non-profit side's own contribution (that is how the committee's overview reports IOPs) and is
 * returned as one civil row, named after the civil parties.
 */
export function partyAmounts(agreement: Agreement): PartyAmount[] {
  const rows: PartyAmount[] = agreement.parties.map((party) => {
    const stated = agreement.contributions.filter((c) => c.party === party.name);
    const source = stated.length > 0 ? stated : agreement.costItems.filter((c) => c.party === party.name);
    return { party: party.name, sector: party.sector, annualAmount: source.reduce((s, c) => s + c.annualAmount, 0) };
  });
  const explained = rows.reduce((s, r) => s + r.annualAmount, 0);
  const remainder = (agreement.annualTotal ?? 0) - explained;
  if (remainder > 0) {
    const civilWithoutAmount = rows.filter((r) => r.sector === 'civil' && r.annualAmount === 0);
    const label = civilWithoutAmount.length > 0 ? civilWithoutAmount.map((r) => r.party).join(', ') : UNATTRIBUTED_CIVIL;
    return [...rows.filter((r) => r.annualAmount > 0 || r.sector === 'public'), { party: label, sector: 'civil', annualAmount: remainder }];
  }
  return rows;
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
