import { formatKronor, roundHalfUp } from '../../domain/money';
import { findAmounts } from '../fields/amounts';
import { amountPeriod } from './period';
import { AREA_BEFORE_RATE, HOURS_BEFORE_RATE, HOURS_TIMES_RATE, PER_AREA_AFTER, PER_HOUR_AFTER, UNIT_PRICE } from './vocabulary';

/**
 * The arithmetic a document implies without writing it out, one home for the prose and the line rules: posts at a
 * monthly salary ("0,5 tjänst à 30 000 kr/mån + PO 31,42 %", "2 åa à 28 000 kr/mån (inklusive sociala avgifter)"),
 * hours at an hourly rate ("1 440 timmar/år à 180 kr"), an area at a rate per m² ("200 m² … 900 kr per m² och år"), and
 * the factors of a product the text restates.
 */

/** Posts at a price: "0,5 tjänst à", "2 åa à", "1,5 årsarbetare á". */
export const POSTS_AT_PRICE =
  /(?<![\d,.])(\d{1,2}(?:[,.]\d{1,2})?)\s*(?:tjänst(?:er)?|heltidstjänst(?:er)?|åa|åa\.|årsarbetare|årsarbeten|heltider)\s*[àá@]\s*$/iu;
/** Social fees on top of a salary: "+ PO 40 %", "plus sociala avgifter om 31,42 %", "inkl. PO 40 %". */
export const SOCIAL_FEES_AFTER =
  /^[^.;]{0,30}?(?:\+|plus|inkl\.?|inklusive|samt)\s*(?:PO|personalomkostnader|sociala\s+avgifter|arbetsgivaravgifter|lönebikostnader)\s*(?:om|på|med)?\s*(\d{1,2}(?:[,.]\d{1,2})?)\s*(?:%|procent)/iu;

const hundredths = (t: string) => BigInt(Math.round(Number(t.replace(',', '.')) * 100));

/**
 * An uplift on the amount just named, of that amount: "290 000 kronor per år, jämte ett administrativt påslag om 10
 * procent på det beloppet", "plus ett OH-påslag på 8 %". A percentage of some other base ("påslag om 10 procent av
 * lokalkostnaden") is none.
 */
export const UPLIFT_AFTER =
  /^[^.;%]{0,40}?(?<!\p{L})(?:jämte|plus|samt|\+)\s+(?:ett\s+)?(?:[\p{L}-]+\s+)?(?:[\p{L}-]*påslag|tillägg)\s*(?:\([^)]{0,30}\)\s*)?(?:om|på|med)\s+(\d{1,2}(?:[,.]\d{1,2})?)\s*(?:%|procent)(?!\p{L})(?:\s+(?:på|av)\s+(?:(?:det|detta|samma)\s+)?(?:belopp(?:et)?|summan|lönen|lönekostnaden))?\s*(?=[.;,]|$)/iu;

/**
 * The amount with the uplift written right after it, or null when none is.
 * @example withUplift(290000, ' kronor per år, jämte ett administrativt påslag om 10 procent på det beloppet.')?.value // 319000
 */
export function withUplift(amount: number, after: string): { value: number; note: string } | null {
  const m = UPLIFT_AFTER.exec(after);
  if (!m) return null;
  return { value: roundHalfUp({ num: BigInt(amount) * (10000n + hundredths(m[1])), den: 10000n }), note: `${formatKronor(amount)} + ${m[1]} % påslag` };
}

export interface PostsSalary {
  /** Where the posts are written in `before` (the label ends there). */
  index: number;
  /** The posts × salary × (1 + fees) per month, exact: `num / den` kronor. */
  num: bigint;
  den: bigint;
  /** The fee clause's length in `after`, 0 when none is stated. */
  feesLength: number;
  note: string;
}


/**
 * The posts before a monthly salary and the fees after it, or null when `before` does not end in posts at a price.
 * @example postsSalary('projektledare 0,5 tjänst à ', ' kr/mån + PO 31,42 %', 30000)!.num // 0,5 × 30 000 × 1,3142 as a ratio
 */
export function postsSalary(before: string, after: string, salary: number): PostsSalary | null {
  const posts = POSTS_AT_PRICE.exec(before);
  if (!posts) return null;
  const fees = SOCIAL_FEES_AFTER.exec(after);
  return {
    index: posts.index,
    num: hundredths(posts[1]) * BigInt(salary) * (10000n + (fees ? hundredths(fees[1]) : 0n)),
    den: 100n * 10000n,
    feesLength: fees ? fees[0].length : 0,
    note: `${posts[1]} tjänst à ${formatKronor(salary)}${fees ? ` + ${fees[1]} % i sociala avgifter` : ''}`,
  };
}

/** The year's amount of posts paid `months` months, rounded once. */
export function postsPerYear(p: PostsSalary, months: number, divisor = 1): number {
  return roundHalfUp({ num: p.num * BigInt(months), den: p.den * BigInt(divisor) });
}

/** "3 100", "3.100": a whole number with spaces or points between its thousands. */
export const wholeNumber = (t: string) => Number(t.replace(/[\s.]/g, ''));

/** Hours at an hourly rate in a text, the product not written: where they are and what they say. */
export interface HoursAtRate {
  hours: number;
  rate: number;
  index: number;
  length: number;
  note: string;
}

/**
 * "Ideella värdar, 1 800 timmar per år à 180 kr", "2 000 h à 175 kr": the first hours at a rate in the text.
 * @example hoursAtRate('volontärer, 1 440 timmar/år à 180 kr')?.hours // 1440
 */
export function hoursAtRate(text: string): HoursAtRate | null {
  const m = HOURS_TIMES_RATE.exec(text);
  if (!m) return null;
  const [hours, rate] = [wholeNumber(m[1]), wholeNumber(m[2])];
  return { hours, rate, index: m.index, length: m[0].length, note: `${hours} timmar à ${rate} kr` };
}

/**
 * What a rate multiplies, written before it: the area before a rate per m² ("lokal om 160 m², … 1 250 kronor per m²"),
 * the hours before a rate per hour or a price after "à" (`priceMark`: "2 400 timmar per år à 220 kronor"). Undefined
 * when the words after the amount make it no such rate; null when they do but no count stands before it.
 * @example rateCount('lokal om 160 m², värderad till ', ' kronor per m² och år', false) // { count: 160, unit: 'm²', … }
 */
export function rateCount(before: string, after: string, priceMark: boolean): { count: number; unit: 'm²' | 'timmar'; index: number; end: number } | null | undefined {
  const perArea = PER_AREA_AFTER.test(after);
  if (!perArea && !PER_HOUR_AFTER.test(after) && !priceMark) return undefined;
  const m = [...before.matchAll(perArea ? AREA_BEFORE_RATE : HOURS_BEFORE_RATE)].pop();
  return m ? { count: wholeNumber(m[1]), unit: perArea ? 'm²' : 'timmar', index: m.index, end: m.index + m[0].length } : null;
}

/** Words that restate the product of the factors before them: "det vill säga", "dvs.", "motsvarande", "totalt", an opening parenthesis ("à 200 kronor (120 000 kronor)"). */
const RESTATES = /(?:(?:,\s*|\s+)(?:det\s+vill\s+säga|d\.?\s?v\.?\s?s\.?|vilket\s+(?:motsvarar|ger|blir)|motsvarande|totalt|sammanlagt|=)|\s*\()\s*$/iu;

/**
 * Hours × rate or quantity × price written before words that restate their product ("1 600 timmar à 230 kronor,
 * motsvarande 368 000 kronor"; "1 500 timmar per år värderade till 200 kronor per timme, det vill säga …"); null
 * when the text restates no product.
 * @example restatedFactors('ideellt arbete, 1 600 timmar à 230 kronor, motsvarande ')?.product // 368000
 */
/** The period words right after a price, for a note: "per halvår", "i månaden". */
const squashPeriod = (after: string) => after.trim().replace(/[\s,]+$/u, '').replace(/\s+/gu, ' ');

/** "per deltagare och termin × 40 deltagare × 2 terminer": a price's units, then the count of each (the year's). */
const COUNTS_AFTER_PRICE = /^\s*(?:kr(?:onor)?\.?\s*)?(?:per|\/)\s*\p{L}+(?:\s+(?:och|per|\/)\s*\p{L}+)?((?:\s*[×x*]\s*\d{1,3}(?:[ \u00a0]\d{3})*(?:\s+\p{L}+)?){1,3})[\s,]*$/iu;

export function restatedFactors(before: string): { product: number; note: string; start?: number } | null {
  const cue = RESTATES.exec(before);
  if (!cue) return null;
  const head = before.slice(0, cue.index);
  const direct = hoursAtRate(head);
  if (direct) return { product: direct.hours * direct.rate, note: direct.note };
  const price = findAmounts(head).pop();
  if (!price) return null;
  // "1 500 kr per deltagare och termin × 40 deltagare × 2 terminer = 120 000 kr": the price times its counts.
  const counts = COUNTS_AFTER_PRICE.exec(head.slice(price.end));
  if (counts) {
    const factors = [...counts[1].matchAll(/[×x*]\s*(\d{1,3}(?:[ \u00a0]\d{3})*)/giu)].map((m) => wholeNumber(m[1]));
    return { product: factors.reduce((p, n) => p * n, price.value), note: `${price.value} kr × ${factors.join(' × ')}`, start: price.start };
  }
  // "150 000 kronor per halvår, det vill säga 300 000 kronor per år": the amount of a shorter period, made yearly.
  const period = amountPeriod(head.slice(price.end), head, true);
  if (period && 'factor' in period && period.factor > 1) return { product: price.value * period.factor, note: `${formatKronor(price.value)} ${squashPeriod(head.slice(price.end))}`, start: price.start };
  const counted = rateCount(head.slice(0, price.start), head.slice(price.end), false);
  if (counted === null) return null;
  if (counted) return { product: counted.count * price.value, note: `${counted.count} ${counted.unit} à ${price.value} kr` };
  const each = UNIT_PRICE.exec(head.slice(0, price.start));
  return each ? { product: Number(each[1]) * price.value, note: `${each[1]} à ${price.value} kr` } : null;
}
