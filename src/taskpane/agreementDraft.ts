import { Agreement, ParseResult, Sector, parseAgreement } from '../domain/agreement';
import { PartyAmount, partyAmounts } from '../domain/contributions';
import { formatAmountInput, formatDecimalInput, normaliseDateInput, parseSwedishNumber, percentInput, parsePercent } from './format';

/**
 * The editable form of an agreement: every input is kept as the text the user typed, so a half-typed
 * amount ("1 7") is not lost or reformatted while typing. `draftToAgreement` parses it once, on save.
 */
export interface PartyDraft {
  name: string;
  orgNumber: string;
  sector: Sector;
  unit: string;
}

export interface CostItemDraft {
  party: string;
  label: string;
  amount: string;
  fte: string;
  hours: string;
  quantity: string;
  /** Amounts the document states per calendar year: not edited in the form, kept as read. */
  yearAmounts?: YearAmount[];
}

export interface ContributionDraft {
  party: string;
  amount: string;
  yearAmounts?: YearAmount[];
}

type YearAmount = { year: number; amount: number };

/**
 * What the agreement holds that the form does not edit (the overview's year and short texts, the follow-up
 * terms, the invoicing terms, the index step month): kept as they were, so saving a preview or an opened agreement loses none of it.
 */
export interface KeptFields {
  followUp?: Agreement['followUp'];
  /** The invoicing terms (issue 18): recipient, reference, marking, period; the form does not edit them. */
  invoicing?: Agreement['invoicing'];
  overviewText?: Agreement['overviewText'];
  inForceYear?: number | null;
  stepMonth?: number | null;
}

export interface AgreementDraft {
  id?: string;
  name: string;
  targetGroup: string;
  purpose: string;
  places: string;
  start: string;
  end: string;
  extensionYears: string;
  extensionTimes: string;
  /** A decided extension's last day, recorded by the user (validity.extendedEnd). */
  extendedEnd: string;
  /**
   * How the amounts are indexed: not chosen yet (a new agreement: nothing is assumed), none, the workbook's
   * Indexsats and Basår (they follow the settings), or a rate of the agreement's own.
   */
  indexChoice: IndexChoice;
  indexRate: string;
  baseYear: string;
  parties: PartyDraft[];
  costItems: CostItemDraft[];
  contributions: ContributionDraft[];
  annualTotal: string;
  kept?: KeptFields;
}

export type IndexChoice = '' | 'none' | 'workbook' | 'own';

/** The workbook's Indexsats and Basår, for agreements that follow them. */
export interface WorkbookIndexation {
  indexRate: number;
  baseYear: number;
}

export const emptyParty = (sector: Sector): PartyDraft => ({ name: '', orgNumber: '', sector, unit: '' });
export const emptyCostItem = (party = ''): CostItemDraft => ({ party, label: '', amount: '', fte: '', hours: '', quantity: '' });

export function emptyDraft(): AgreementDraft {
  return {
    name: '',
    targetGroup: '',
    purpose: '',
    places: '',
    start: '',
    end: '',
    extensionYears: '',
    extensionTimes: '',
    extendedEnd: '',
    indexChoice: '',
    indexRate: '',
    baseYear: '',
    parties: [emptyParty('public'), emptyParty('civil')],
    costItems: [],
    contributions: [],
    annualTotal: '',
  };
}

const text = (value: string | null | undefined): string => value ?? '';
const num = (value: number | null | undefined): string => formatDecimalInput(value);
const kr = (value: number | null | undefined): string => formatAmountInput(value);

export function draftFromAgreement(a: Agreement, followsWorkbook = false): AgreementDraft {
  return {
    id: a.id,
    name: a.name,
    targetGroup: text(a.targetGroup),
    purpose: text(a.purpose),
    places: num(a.places),
    start: text(a.validity.start),
    end: text(a.validity.end),
    extensionYears: num(a.validity.extension?.years),
    extensionTimes: num(a.validity.extension?.times),
    extendedEnd: text(a.validity.extendedEnd),
    indexChoice: followsWorkbook ? 'workbook' : a.indexation !== null ? 'own' : 'none',
    indexRate: a.indexation ? percentInput(a.indexation.rate) : '',
    baseYear: num(a.indexation?.baseYear),
    parties: a.parties.map((p) => ({ name: p.name, orgNumber: text(p.orgNumber), sector: p.sector, unit: text(p.unit) })),
    costItems: a.costItems.map((c) => ({
      party: c.party,
      label: c.label,
      amount: kr(c.annualAmount),
      fte: num(c.fte),
      hours: num(c.hours),
      quantity: num(c.quantity),
      ...(c.yearAmounts ? { yearAmounts: c.yearAmounts } : {}),
    })),
    contributions: a.contributions.map((c) => ({ party: c.party, amount: kr(c.annualAmount), ...(c.yearAmounts ? { yearAmounts: c.yearAmounts } : {}) })),
    annualTotal: kr(a.annualTotal),
    kept: keptOf(a),
  };
}

function keptOf(a: Agreement): KeptFields | undefined {
  const kept: KeptFields = {};
  if (a.followUp !== undefined) kept.followUp = a.followUp;
  if (a.invoicing !== undefined) kept.invoicing = a.invoicing;
  if (a.overviewText !== undefined) kept.overviewText = a.overviewText;
  if (a.validity.inForceYear != null) kept.inForceYear = a.validity.inForceYear;
  if (a.indexation?.stepMonth != null) kept.stepMonth = a.indexation.stepMonth;
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/** Collects errors for numbers that cannot be read, labelled like the schema's messages. */
class NumberReader {
  readonly errors: string[] = [];

  read(value: string, label: string): number | null {
    if (value.trim() === '') return null;
    const parsed = parseSwedishNumber(value);
    if (parsed === null) this.errors.push(`${label}: "${value}" är inget tal`);
    return parsed;
  }

  /** Optional numbers in cost items: absent rather than null, as the schema expects. */
  optional(value: string, label: string): number | undefined {
    return this.read(value, label) ?? undefined;
  }

  percent(value: string, label: string): number | null {
    if (value.trim() === '') return null;
    const parsed = parsePercent(value);
    if (parsed === null) this.errors.push(`${label}: "${value}" är ingen procentsats`);
    return parsed;
  }
}

const nullable = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** Parses the whole draft: either an Agreement that passed the domain schema, or Swedish error lines. */
export function draftToAgreement(d: AgreementDraft, workbook?: WorkbookIndexation): ParseResult<Agreement> {
  const n = new NumberReader();
  if (d.indexChoice === '') n.errors.push('Indexering: välj om beloppen räknas upp (ingen uppräkning, arbetsbokens indexsats eller en egen sats)');
  const extensionYears = n.read(d.extensionYears, 'Giltighet › förlängning › år');
  const extensionTimes = n.read(d.extensionTimes, 'Giltighet › förlängning › gånger');
  const kept = d.kept ?? {};
  const candidate = {
    ...(d.id ? { id: d.id } : {}),
    ...(kept.followUp !== undefined ? { followUp: kept.followUp } : {}),
    ...(kept.invoicing !== undefined ? { invoicing: kept.invoicing } : {}),
    ...(kept.overviewText !== undefined ? { overviewText: kept.overviewText } : {}),
    name: d.name.trim(),
    parties: d.parties.map((p) => ({ name: p.name.trim(), orgNumber: nullable(p.orgNumber), sector: p.sector, unit: nullable(p.unit) })),
    targetGroup: nullable(d.targetGroup),
    purpose: nullable(d.purpose),
    places: n.read(d.places, 'Platser'),
    validity: {
      // A date typed as 20250101 and saved before the field lost focus is still read as 2025-01-01.
      start: nullable(normaliseDateInput(d.start)),
      end: nullable(normaliseDateInput(d.end)),
      extension: extensionYears === null ? null : { years: extensionYears, times: extensionTimes },
      ...(nullable(d.extendedEnd ?? '') ? { extendedEnd: nullable(normaliseDateInput(d.extendedEnd)) } : {}),
      ...(kept.inForceYear != null ? { inForceYear: kept.inForceYear } : {}),
    },
    indexation:
      d.indexChoice === 'own'
        ? { rate: ownRate(n, d.indexRate), baseYear: n.read(d.baseYear, 'Indexering › basår'), ...(kept.stepMonth != null ? { stepMonth: kept.stepMonth } : {}) }
        : d.indexChoice === 'workbook' && workbook
          ? { rate: workbook.indexRate, baseYear: workbook.baseYear }
          : null,
    costItems: d.costItems.map((c, i) => ({
      party: c.party.trim(),
      label: c.label.trim(),
      annualAmount: n.read(c.amount, `Kostnadsposter › rad ${i + 1} › belopp per år`) ?? 0,
      ...optionalNumbers(n, c, i),
      ...(c.yearAmounts ? { yearAmounts: c.yearAmounts } : {}),
    })),
    contributions: d.contributions.map((c, i) => ({
      party: c.party.trim(),
      annualAmount: n.read(c.amount, `Bidrag › rad ${i + 1} › belopp per år`) ?? 0,
      ...(c.yearAmounts ? { yearAmounts: c.yearAmounts } : {}),
    })),
    annualTotal: n.read(d.annualTotal, 'Totalt per år'),
  };
  const parsed = parseAgreement(candidate);
  const errors = [...n.errors, ...(parsed.ok ? [] : parsed.errors)];
  if (errors.length > 0) return { ok: false, errors };
  return parsed;
}

/** An agreement's own rate: required once chosen, and within what an agreement could mean (0–20 %). */
function ownRate(n: NumberReader, text: string): number {
  if (text.trim() === '') {
    n.errors.push('Indexering › sats: ange uppräkningen i procent, t.ex. 2');
    return 0;
  }
  const rate = n.percent(text, 'Indexering › sats');
  const problem = rate === null ? null : rateProblem(rate);
  if (problem) n.errors.push(`Indexering › sats: ${problem}`);
  // Refused already: 0 keeps the schema from repeating the refusal in its own words.
  return problem ? 0 : (rate ?? 0);
}

/** Why a yearly index rate cannot be right, in the user's notation ("150 %"); null when it is plausible. */
export function rateProblem(rate: number): string | null {
  const shown = `${formatDecimalInput(Math.round(rate * 1e8) / 1e6).replace('\u2212', '-')} %`;
  if (rate < 0) return `${shown} är negativt: en uppräkning anges som 0 % eller mer.`;
  if (rate > MAX_RATE) return `${shown} är orimligt hög för en årlig uppräkning (högst ${formatDecimalInput(MAX_RATE * 100)} %). Skriv procent, t.ex. 2 eller 2,5.`;
  return null;
}

/** The highest yearly rate the pane accepts; above it a typing error ("25" for 2,5) is far more likely. */
export const MAX_RATE = 0.2;

function optionalNumbers(n: NumberReader, c: CostItemDraft, i: number): Partial<Record<'fte' | 'hours' | 'quantity', number>> {
  const out: Partial<Record<'fte' | 'hours' | 'quantity', number>> = {};
  const fte = n.optional(c.fte, `Kostnadsposter › rad ${i + 1} › årsarbetare`);
  const hours = n.optional(c.hours, `Kostnadsposter › rad ${i + 1} › timmar`);
  const quantity = n.optional(c.quantity, `Kostnadsposter › rad ${i + 1} › antal`);
  if (fte !== undefined) out.fte = fte;
  if (hours !== undefined) out.hours = hours;
  if (quantity !== undefined) out.quantity = quantity;
  return out;
}

/** Wizard steps and the error prefixes (from the schema's Swedish field names) that belong to each. */
export const STEP_PREFIXES = {
  parties: ['Namn', 'Parter', 'Målgrupp', 'Syfte', 'Platser'],
  validity: ['Giltighet'],
  economy: ['Kostnadsposter', 'Bidrag', 'Totalt per år'],
  indexation: ['Indexering'],
} as const;

export type StepKey = keyof typeof STEP_PREFIXES;

export function errorsForStep(errors: readonly string[], step: StepKey): string[] {
  return errors.filter((e) => STEP_PREFIXES[step].some((prefix) => e.startsWith(prefix)));
}

/** Renaming a party keeps its cost items and contributions attached to it. */
export function renameParty(d: AgreementDraft, index: number, name: string): AgreementDraft {
  const old = d.parties[index]?.name;
  const follow = <T extends { party: string }>(rows: T[]): T[] =>
    old ? rows.map((r) => (r.party === old ? { ...r, party: name } : r)) : rows;
  return {
    ...d,
    parties: d.parties.map((p, i) => (i === index ? { ...p, name } : p)),
    costItems: follow(d.costItems),
    contributions: follow(d.contributions),
  };
}

/**
 * The draft's economy as the domain reads it (amounts that cannot be read yet count as not stated), so the
 * running totals use the domain's one rule: per party its contributions, else its cost items; a party whose
 * amount nothing states is unknown, and a stated total's rest is the civil side's "ej fördelat" row.
 */
export function draftPartyAmounts(d: AgreementDraft): PartyAmount[] {
  const amount = (text: string) => parseSwedishNumber(text);
  const economy: Agreement = {
    name: d.name,
    parties: d.parties.map((p) => ({ name: p.name, orgNumber: null, sector: p.sector, unit: null })),
    targetGroup: null,
    purpose: null,
    places: null,
    validity: { start: null, end: null, extension: null },
    indexation: null,
    costItems: d.costItems.flatMap((c) => (amount(c.amount) === null ? [] : [{ party: c.party, label: c.label, annualAmount: amount(c.amount)! }])),
    contributions: d.contributions.flatMap((c) => (amount(c.amount) === null ? [] : [{ party: c.party, annualAmount: amount(c.amount)! }])),
    annualTotal: amount(d.annualTotal),
  };
  return partyAmounts(economy);
}
