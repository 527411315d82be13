import type { ImportWarning, Provenance } from '../result';
import type { PartyInfo } from '../fields/parties';

/** An amount the document states for one calendar year (a column per year, "2025: 1 213 000 kr"). */
export interface YearAmount {
  year: number;
  amount: number;
}

/** One yearly cost line as read, before it is given to a party; offsets point into the document's text. */
export interface RawItem {
  party: PartyInfo | null;
  label: string;
  /** Kronor per year at the first year's level. */
  amount: number;
  quantity?: number;
  fte?: number;
  hours?: number;
  /** Amounts per calendar year, only when the document states different amounts for different years. */
  yearAmounts?: YearAmount[];
  start: number;
  end: number;
}

/** A stated share of one party (party set) or of the whole partnership (party null). */
export interface StatedAmount {
  party: PartyInfo | null;
  amount: number;
  yearAmounts?: YearAmount[];
  start: number;
  end: number;
}

/** What one rule read from its lines: new values, never changes to what another rule read. */
export interface RuleRead {
  items: RawItem[];
  partyTotals: StatedAmount[];
  totals: StatedAmount[];
  warnings: ImportWarning[];
}

export interface Economy {
  items: RawItem[];
  partyTotals: StatedAmount[];
  grandTotal: StatedAmount | null;
  warnings: ImportWarning[];
  provenance: Provenance[];
}

export const emptyRead = (): RuleRead => ({ items: [], partyTotals: [], totals: [], warnings: [] });
