import type { ImportWarning, Provenance } from '../result';
import type { PartyInfo } from '../fields/parties';

/** An amount the document states for one calendar year (a column per year, "2025: 1 213 000 kr"). */
export interface YearAmount {
  year: number;
  amount: number;
}

/** A row's amounts per agreement year, from the first, and the table's scale (its rounding unit: 1 000 in tkr). */
export interface AgreementYears {
  amounts: number[];
  unit: number;
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
  /** Amounts per agreement year from the first, as a table's columns state them (agreementYears.ts). */
  agreementYears?: AgreementYears;
  /** True when the amount was worked out from factors the document writes (per month × 12, hours × rate). */
  computed?: boolean;
  /** A prose share that is the party's part of a stated total (StatedAmount.ofTotal): its whole, not one cost line. */
  ofTotal?: boolean;
  /** The words that named this item's party when they matched none of the parties ("Föreningen" with no such party). */
  partyText?: string;
  start: number;
  end: number;
}

/** A stated share of one party (party set) or of the whole partnership (party null). */
export interface StatedAmount {
  party: PartyInfo | null;
  amount: number;
  /** Worked out from another statement at `start` (a percentage of a stated total), not stated itself. */
  derived?: boolean;
  /**
   * A party's part of a total stated in the same sentence, where the parts add up to it ("547 000 kronor, varav nämnden
   * 395 000 kronor och klubben 152 000 kronor"): the party's whole share, which its other statements are parts of.
   */
  ofTotal?: boolean;
  /** The committee the statement names its party by (lower case), when one of several of a municipality's. */
  committee?: string;
  /**
   * A budget's gross sum, with income from others besides the parties ("Summa intäkter (brutto)"): no total of the
   * partnership, nor is another sum of the same amount (the cost side's "Summa kostnader"); read.ts drops both.
   */
  gross?: boolean;
  yearAmounts?: YearAmount[];
  agreementYears?: AgreementYears;
  start: number;
  end: number;
}

/** One party's percentage of the whole partnership, stated without an amount; `start`–`end` is its sentence. */
export interface PercentOfWhole {
  party: PartyInfo;
  percent: number;
  start: number;
  end: number;
}

/** What one rule read from its lines: new values, never changes to what another rule read. */
export interface RuleRead {
  items: RawItem[];
  partyTotals: StatedAmount[];
  totals: StatedAmount[];
  warnings: ImportWarning[];
  /** Parties' percentages of the whole, worked out against the total the whole economy states (read.ts). */
  wholeShares?: PercentOfWhole[];
}

export interface Economy {
  items: RawItem[];
  partyTotals: StatedAmount[];
  grandTotal: StatedAmount | null;
  /** Every statement of a party's share and of the total as read, before one of each was chosen (for confirmation). */
  partyReadings: StatedAmount[];
  totalReadings: StatedAmount[];
  warnings: ImportWarning[];
  provenance: Provenance[];
}

export const emptyRead = (): RuleRead => ({ items: [], partyTotals: [], totals: [], warnings: [] });

/**
 * A party's amounts per year for its contribution: those its stated subtotal gives, else the sum of its items'
 * (an item without years counts its yearly amount). Undefined when nothing states different years.
 */
export function contributionYears(party: PartyInfo, items: RawItem[], partyTotals: StatedAmount[]): YearAmount[] | undefined {
  const stated = partyTotals.find((t) => t.party === party && t.yearAmounts);
  if (stated) return stated.yearAmounts;
  const own = items.filter((it) => it.party === party);
  const years = [...new Set(own.flatMap((it) => (it.yearAmounts ?? []).map((y) => y.year)))].sort((a, b) => a - b);
  if (!years.length) return undefined;
  return years.map((year) => ({ year, amount: own.reduce((s, it) => s + (it.yearAmounts?.find((y) => y.year === year)?.amount ?? it.amount), 0) }));
}
