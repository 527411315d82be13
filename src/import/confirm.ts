import { formatKronor } from '../domain/money';
import type { Agreement } from '../domain/agreement';
import type { ImportWarning, Obtained, Provenance } from './result';
import { warning } from './fields/field';

/**
 * Numbers that check themselves. Every amount an import returns is either confirmed by a second, independent
 * reading of the document or carries an UNCONFIRMED warning on its own field that says what could not be
 * checked. The second readings, each a separate statement in the document:
 * - a party's items sum to the party's stated subtotal (the subtotal and every item of the party are confirmed);
 * - all items sum to the stated total (the total and every item are confirmed);
 * - the parties' amounts sum to the stated total, every party having one (all of them and the total);
 * - the same amount stated twice for the same party, or twice as the total (prose and table, the decision's
 *   proposal and its economy section);
 * - for an overview, a column's rows sum to its stated "Summa" row.
 * A value the importer worked out from others is `inferred` (it carries its own INFERRED warning); a value built
 * from factors the document writes (monthly × 12, hours × rate, quantity × price) or derived from another
 * statement (a percentage of a stated total) is `computed`; one that a second reading agrees with is
 * `reconciled`; any other is `read`.
 *
 * A check confirms only when its two sides are independent statements: each amount carries the place (`start`)
 * of the statement it was read or derived from, and a comparison whose sides share one is circular and confirms
 * nothing (shares worked out from a percentage split of a total sum to that total by construction; a share in a
 * sentence that is also returned as its party's one item agrees with itself).
 */

export interface AmountsToCheck {
  /** The items' amounts, by party index (null: no party), with the place of the statement each came from. */
  items: { party: number; amount: number; computed: boolean; start?: number }[];
  /**
   * Every statement of a party's share, as read (several statements of one share are kept); `derived` when the
   * share was worked out from another statement (a percentage of the total at `start`), not stated itself.
   */
  partyReadings: { party: number; amount: number; start: number; derived?: boolean }[];
  /** Every statement of the partnership's total per year. */
  totalReadings: { amount: number; start: number }[];
  /** The contributions returned, with where each came from. */
  /**
   * `origins`: the places of the statements the contribution was read or derived from (its share's, or its items');
   * `derived`: a stated share worked out from another statement (`computed`, never a confirmation of that one).
   */
  contributions: { party: number; name: string; amount: number; source: 'stated' | 'items' | 'rest'; origins?: number[]; derived?: boolean }[];
  /** The total returned: stated, or the sum of the contributions. */
  annualTotal: { amount: number; source: 'stated' | 'sum' } | null;
  partyCount: number;
  /** False when some item could not be given a party (the items then do not cover the whole economy). */
  itemsComplete: boolean;
}

export interface Confirmation {
  obtained: Record<string, Obtained>;
  warnings: ImportWarning[];
}

/** "Falu kommuns", "Föreningen Smedjan Kulturhus" (a name ending in s takes no further s). */
export const genitive = (name: string) => (/[sxz]$/i.test(name) ? name : `${name}s`);

const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);

/** Two statements of the same value at different places in the text, neither derived from another. */
function statedTwice(readings: { amount: number; start: number; derived?: boolean }[], amount: number): boolean {
  return new Set(readings.filter((r) => r.amount === amount && !r.derived).map((r) => r.start)).size >= 2;
}

/** A reading of `amount` that is not one of the statements the compared values came from (else the check is circular). */
const independentReading = (readings: readonly { amount: number; start: number }[], amount: number, origins: ReadonlySet<number>) =>
  readings.some((r) => r.amount === amount && !origins.has(r.start));

/** The places an item's amount came from (none known: an item is its own statement). */
const originsOf = (items: readonly { start?: number }[]) => new Set(items.flatMap((it) => (it.start === undefined ? [] : [it.start])));

/**
 * How each amount was obtained, and an UNCONFIRMED warning on every amount no second reading agrees with.
 * @example
 * // Items 300 000 + 200 000 and a stated total of 500 000: items, contribution and total are reconciled.
 * confirmAmounts({ items: [{ party: 0, amount: 300000, computed: false }, { party: 1, amount: 200000, computed: false }],
 *   partyReadings: [], totalReadings: [{ amount: 500000, start: 90 }], partyCount: 2, itemsComplete: true,
 *   contributions: [{ party: 0, name: 'A', amount: 300000, source: 'items' }, { party: 1, name: 'B', amount: 200000, source: 'items' }],
 *   annualTotal: { amount: 500000, source: 'stated' } }).warnings // → []
 */
export function confirmAmounts(input: AmountsToCheck): Confirmation {
  const { items, partyReadings, totalReadings, contributions, annualTotal } = input;
  const itemOk = items.map(() => false);
  const contributionOk = contributions.map(() => false);
  let totalOk = false;

  // A party's items against its stated subtotal (a subtotal that is not itself the statement of those items).
  const partiesWithItems = [...new Set(items.map((it) => it.party))];
  for (const party of partiesWithItems) {
    const own = items.map((it, i) => ({ it, i })).filter(({ it }) => it.party === party);
    const s = sum(own.map(({ it }) => it.amount));
    if (independentReading(partyReadings.filter((r) => r.party === party), s, originsOf(own.map(({ it }) => it)))) {
      for (const { i } of own) itemOk[i] = true;
      contributions.forEach((c, k) => {
        if (c.party === party && c.amount === s) contributionOk[k] = true;
      });
    }
  }
  // All items against the stated total.
  if (items.length && input.itemsComplete && independentReading(totalReadings, sum(items.map((it) => it.amount)), originsOf(items))) {
    itemOk.fill(true);
    totalOk = true;
  }
  // Every party's amount against the stated total.
  const everyParty = contributions.length === input.partyCount && contributions.every((c) => c.source !== 'rest');
  const contributionOrigins = new Set(contributions.flatMap((c) => c.origins ?? []));
  if (everyParty && contributions.length && independentReading(totalReadings, sum(contributions.map((c) => c.amount)), contributionOrigins)) {
    contributionOk.fill(true);
    totalOk = true;
  }
  // The same share, or the same total, stated twice.
  contributions.forEach((c, k) => {
    if (c.source === 'stated' && statedTwice(partyReadings.filter((r) => r.party === c.party), c.amount)) contributionOk[k] = true;
    // A contribution made of items that are each confirmed is confirmed.
    if (c.source === 'items') {
      const own = items.map((it, i) => ({ it, i })).filter(({ it }) => it.party === c.party);
      if (own.length && own.every(({ i }) => itemOk[i])) contributionOk[k] = true;
    }
  });
  if (annualTotal?.source === 'stated' && statedTwice(totalReadings, annualTotal.amount)) totalOk = true;
  if (annualTotal?.source === 'sum' && contributions.length && contributionOk.every(Boolean)) totalOk = true;

  const obtained: Record<string, Obtained> = {};
  const warnings: ImportWarning[] = [];
  items.forEach((it, i) => {
    obtained[`costItems[${i}]`] = itemOk[i] ? 'reconciled' : it.computed ? 'computed' : 'read';
  });
  const loose = items.filter((_, i) => !itemOk[i]);
  if (loose.length) {
    warnings.push(
      warning(
        'UNCONFIRMED',
        'costItems',
        loose.length === items.length
          ? 'Kostnadsposternas belopp kunde inte stämmas av: dokumentet anger ingen delsumma eller total som de summerar till.'
          : `${loose.length} av ${items.length} kostnadsposter kunde inte stämmas av mot en delsumma eller totalen.`,
      ),
    );
  }
  contributions.forEach((c, k) => {
    if (c.source === 'rest') {
      obtained[`contributions[${k}]`] = 'inferred';
      return;
    }
    obtained[`contributions[${k}]`] = contributionOk[k] ? 'reconciled' : c.source === 'items' || c.derived ? 'computed' : 'read';
    if (!contributionOk[k]) {
      warnings.push(
        warning(
          'UNCONFIRMED',
          `contributions[${k}]`,
          c.derived
            ? `${genitive(c.name)} del (${formatKronor(c.amount)}) är räknad ur en andel av totalen; ingen annan uppgift i dokumentet bekräftar den.`
            : `${genitive(c.name)} del (${formatKronor(c.amount)}) kunde inte stämmas av: varken partens poster, en delsumma eller totalen bekräftar beloppet.`,
        ),
      );
    }
  });
  if (annualTotal) {
    obtained.annualTotal = totalOk ? 'reconciled' : annualTotal.source === 'sum' ? 'computed' : 'read';
    if (!totalOk) {
      warnings.push(
        warning(
          'UNCONFIRMED',
          'annualTotal',
          annualTotal.source === 'sum'
            ? `Totalen (${formatKronor(annualTotal.amount)}) är summan av parternas delar; dokumentet anger ingen egen total att jämföra med.`
            : `Totalen (${formatKronor(annualTotal.amount)}) kunde inte stämmas av mot parternas delar eller posterna.`,
        ),
      );
    }
  }
  return { obtained, warnings };
}

/** A warning's field is this field or inside it ("validity" → "validity.end", "contributions" → "contributions[1]"). */
const within = (field: string, warned: string | undefined) =>
  !!warned && (warned === field || warned.startsWith(`${field}.`) || warned.startsWith(`${field}[`) || field.startsWith(`${warned}.`) || field.startsWith(`${warned}[`));

/**
 * How every field with a value was obtained: the amounts as `confirmAmounts` judged them, any other field
 * `inferred` when the importer says so with an INFERRED warning on it (or on a field inside or above it: a day 1
 * assumed for "januari 2021", a base year taken from the start), `computed` when its value was worked out from
 * others the document states (an end date from "löper under tre år"), else `read`. A field whose value is null
 * or absent is not listed: its MISSING_FIELD warning, or the document's own "tills vidare", says why.
 * @example
 * fieldsObtained({ name: 'Vi ses!', validity: { start: '2022-01-01', end: null, extension: null }, … }, [], {})
 * // → { name: 'read', parties: 'read', …, 'validity.start': 'read' }
 */
export function fieldsObtained(a: Agreement, warnings: readonly ImportWarning[], amounts: Record<string, Obtained>, computed: readonly string[] = []): Record<string, Obtained> {
  const out: Record<string, Obtained> = {};
  const how = (field: string): Obtained =>
    warnings.some((w) => w.code === 'INFERRED' && within(field, w.field)) ? 'inferred' : computed.includes(field) ? 'computed' : 'read';
  const put = (field: string, value: unknown) => {
    if (value !== null && value !== undefined && value !== '') out[field] = how(field);
  };
  put('name', a.name);
  a.parties.forEach((p, i) => {
    put(`parties[${i}]`, p.name);
    put(`parties[${i}].orgNumber`, p.orgNumber);
    put(`parties[${i}].unit`, p.unit);
  });
  put('targetGroup', a.targetGroup);
  put('purpose', a.purpose);
  put('places', a.places);
  put('validity.start', a.validity.start);
  put('validity.end', a.validity.end);
  put('validity.extension', a.validity.extension);
  put('validity.noticeMonths', a.validity.noticeMonths);
  put('validity.inForceYear', a.validity.inForceYear);
  if (a.indexation) {
    put('indexation.rate', a.indexation.rate);
    put('indexation.baseYear', a.indexation.baseYear);
    put('indexation.stepMonth', a.indexation.stepMonth);
  }
  a.costItems.forEach((_, i) => (out[`costItems[${i}]`] = amounts[`costItems[${i}]`] ?? how(`costItems[${i}]`)));
  a.contributions.forEach((_, i) => (out[`contributions[${i}]`] = amounts[`contributions[${i}]`] ?? how(`contributions[${i}]`)));
  if (a.annualTotal !== null) out.annualTotal = amounts.annualTotal ?? how('annualTotal');
  if (a.followUp) put('followUp', a.followUp);
  return out;
}

/** The provenance of each field `obtained` names, carrying the same word as `how`. */
export function withMethods(provenance: Provenance[], obtained: Record<string, Obtained>): Provenance[] {
  return provenance.map((p) => (obtained[p.field] ? { ...p, how: obtained[p.field] } : p));
}
