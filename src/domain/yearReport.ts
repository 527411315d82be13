import type { Agreement, Party } from './agreement';
import { belongsToCommittee, committeePartyFlags } from './committee';
import { PartyAmount, partyAmounts, sectorTotals } from './contributions';
import { parseDate } from './dates';
import { Kronor } from './money';
import { sameOrganisation } from './organisations';
import { Schedule, buildSchedule, partiesExactInYear, roundedSum, scheduleTerms } from './schedule';
import { countedMonthsInYear, effectiveEnd, periodStart, plannableEnd } from './validity';

/*
 * The committee's year, answered once. Every face — the pane's year table and committee summary, the Översikt
 * and Flerårsplan plans and their cached values, the memo (pane and CLI), `iop flerar` and IOP.BIDRAG — asks
 * these functions; the sheet formulas are the one second implementation, proven equal by the property test.
 */

/** Whether an agreement counts in a year: counted (in the sums), not running that year, or unknown (never summed). */
export type Standing = 'counted' | 'notRunning' | 'unknown';

export interface YearStanding {
  standing: Standing;
  /** Why, in Swedish, for the user: always set unless counted on stated dates. */
  reason: string | null;
  /** Counted from the first day of the year a committee's overview records it in force (no start date known). */
  inferredStart: boolean;
}

/** One set of figures: the public and civil sides, their total, and the committee's own cost. */
export interface Figures {
  public: Kronor;
  civil: Kronor;
  total: Kronor;
  /** The cost of the public parties that are the committee's own ("Kostnad AN"). */
  committee: Kronor;
}

/** Which figure a face shows, in its own words. */
export const FIGURE_LABELS = {
  firstYearLevel: 'Belopp per år i första årets nivå',
  inYear: (year: number) => `${year} års belopp (uppräknat och för de månader avtalet gäller)`,
} as const;

/** An agreement's standing and figures in one calendar year, for one committee. */
export interface AgreementYear {
  agreement: Agreement;
  /** The agreement's position in the list it came from. */
  index: number;
  standing: Standing;
  reason: string | null;
  inferredStart: boolean;
  /** Per year at the first year's level (before indexation, not pro rata): "Beräknat värde/år", "Kostnad AN/år". */
  firstYearLevel: Figures;
  /** The year's figures (decided period, indexed, pro rata, amounts stated for the year); null unless counted. */
  inYear: Figures | null;
  /** Months of the year within the decided period (0 unless counted). */
  months: number;
  /** Each party's yearly amount at the first year's level, with the civil remainder as its own row. */
  parties: PartyAmount[];
  schedule: Schedule;
}

export interface CommitteeYearReport {
  committee: string;
  year: number;
  /** The agreements in the sums, in the order given. */
  counted: AgreementYear[];
  /** The committee's agreements not in the sums: unknown first (with the reason), then those not running. */
  notCounted: AgreementYear[];
  totals: { firstYearLevel: Figures; inYear: Figures };
  /** The civil organisations of the counted agreements, each once (by org number, else by name). */
  civilActors: Party[];
}

const ZERO: Figures = { public: 0, civil: 0, total: 0, committee: 0 };

function add(a: Figures, b: Figures): Figures {
  return { public: a.public + b.public, civil: a.civil + b.civil, total: a.total + b.total, committee: a.committee + b.committee };
}

/**
 * Whether the agreement counts in `year`: it does when its decided period (its start — or the first day of the
 * year an overview records it in force — to the base end or a recorded extension) covers a whole month of the
 * year by the middle-day rule. An end that passed while an extension the agreement allows would still cover the
 * year is unknown (is the extension decided? record "Förlängt till"), as is a missing start or end.
 */
export function standingInYear(agreement: Agreement, year: number): YearStanding {
  const first = periodStart(agreement.validity);
  const end = effectiveEnd(agreement.validity);
  const inferredStart = !!first?.inferred;
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const answer = (standing: Standing, reason: string | null): YearStanding => ({ standing, reason, inferredStart });
  if (!first && !end) return answer('unknown', 'Start- och slutdatum saknas.');
  if (!first) return end! < yearStart ? answer('notRunning', `Avslutades ${end}.`) : answer('unknown', `Startdatum saknas (avtalet gäller till ${end}).`);
  if (first.date > yearEnd) return answer('notRunning', `${first.inferred ? 'Räknas från' : 'Börjar'} ${first.date}.`);
  if (!end) return answer('unknown', 'Slutdatum saknas.');
  if (end < first.date) {
    return answer('unknown', `Slutdatumet ${end} ligger före ${first.inferred ? `året ${parseDate(first.date).year} då översikten anger avtalet` : `startdatumet ${first.date}`}.`);
  }
  const months = countedMonthsInYear(parseDate(first.date), parseDate(end), year);
  if (months > 0) {
    return answer('counted', first.inferred ? `Startdatum saknas: räknas från ${parseDate(first.date).year}, året då nämndens översikt anger avtalet (ange startdatum om det är känt).` : null);
  }
  if (end < yearStart) {
    const last = plannableEnd(agreement.validity);
    if (last && last >= yearStart && countedMonthsInYear(parseDate(first.date), parseDate(last), year) > 0) {
      return answer('unknown', `Avtalsperioden slutade ${end}; en förlängning som täcker ${year} är möjlig men inte registrerad (ange Förlängt till).`);
    }
    return answer('notRunning', `Avslutades ${end}.`);
  }
  return answer('notRunning', `Täcker ingen hel månad ${year}.`);
}

/** The public parties whose cost is the committee's own, by name. */
function ownParties(agreement: Agreement, committee: string): Set<string> {
  const flags = committeePartyFlags(agreement, committee);
  return new Set(agreement.parties.filter((_, i) => flags[i]).map((p) => p.name));
}

/**
 * The agreement's figures in a calendar year over its decided period (start — or the overview's year — to the base
 * end or a recorded extension), whether or not it counts that year: 0 outside the period, null when its dates do
 * not allow a period (the sheets' "översiktsåret" columns hold the same). Each side rounded once; the committee's
 * own parties rounded once together.
 */
export function decidedFigures(agreement: Agreement, committee: string, year: number): Figures | null {
  const terms = scheduleTerms(agreement);
  if ('problem' in terms) return null;
  const own = ownParties(agreement, committee);
  const { exact } = partiesExactInYear(terms, year, 'decided');
  const pub = roundedSum(terms, exact, (p) => p.sector === 'public');
  const civil = roundedSum(terms, exact, (p) => p.sector === 'civil');
  return { public: pub, civil, total: pub + civil, committee: roundedSum(terms, exact, (p) => own.has(p.party)) };
}

/** An agreement's standing and figures in `year` for `committee` (whose public parties' cost is "Kostnad {nämnd}"). */
export function agreementYear(agreement: Agreement, committee: string, year: number, index = 0): AgreementYear {
  const standing = standingInYear(agreement, year);
  const parties = partyAmounts(agreement);
  const own = ownParties(agreement, committee);
  const sides = sectorTotals(parties);
  const firstYearLevel: Figures = { ...sides, committee: parties.filter((p) => own.has(p.party)).reduce((s, p) => s + p.annualAmount, 0) };
  const schedule = buildSchedule(agreement);
  const counted = standing.standing === 'counted';
  const inYear = counted ? (decidedFigures(agreement, committee, year) ?? ZERO) : null;
  const months = counted ? (schedule.years.find((row) => row.year === year)?.baseMonths ?? 0) : 0;
  return { agreement, index, ...standing, firstYearLevel, inYear, months, parties, schedule };
}

/**
 * The committee's report for a year: which of its agreements count (belongsToCommittee, then standingInYear), their
 * figures, the sums over exactly the counted ones, and the civil organisations they involve.
 */
export function reportFor(agreements: readonly Agreement[], committee: string, year: number): CommitteeYearReport {
  const rows = agreements.map((a, i) => ({ a, i })).filter(({ a }) => belongsToCommittee(a, committee)).map(({ a, i }) => agreementYear(a, committee, year, i));
  const counted = rows.filter((r) => r.standing === 'counted');
  const notCounted = [...rows.filter((r) => r.standing === 'unknown'), ...rows.filter((r) => r.standing === 'notRunning')];
  const civilActors: Party[] = [];
  for (const r of counted) {
    for (const p of r.agreement.parties) if (p.sector === 'civil' && !civilActors.some((q) => sameOrganisation(q, p))) civilActors.push(p);
  }
  return {
    committee,
    year,
    counted,
    notCounted,
    totals: {
      firstYearLevel: counted.reduce((s, r) => add(s, r.firstYearLevel), ZERO),
      inYear: counted.reduce((s, r) => add(s, r.inYear ?? ZERO), ZERO),
    },
    civilActors,
  };
}
