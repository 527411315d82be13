import { formatKronor, roundHalfUp } from '../../domain/money';

/**
 * Posts at a monthly salary, the arithmetic a document implies without writing it out: "0,5 tjänst à 30 000 kr/mån
 * + PO 31,42 %", "2 åa à 28 000 kr/mån (inklusive sociala avgifter)". One home for the prose and the line rules.
 */

/** Posts at a price: "0,5 tjänst à", "2 åa à", "1,5 årsarbetare á". */
export const POSTS_AT_PRICE =
  /(?<![\d,.])(\d{1,2}(?:[,.]\d{1,2})?)\s*(?:tjänst(?:er)?|heltidstjänst(?:er)?|åa|åa\.|årsarbetare|årsarbeten|heltider)\s*[àá@]\s*$/iu;
/** Social fees on top of a salary: "+ PO 40 %", "plus sociala avgifter om 31,42 %", "inkl. PO 40 %". */
export const SOCIAL_FEES_AFTER =
  /^[^.;]{0,30}?(?:\+|plus|inkl\.?|inklusive|samt)\s*(?:PO|personalomkostnader|sociala\s+avgifter|arbetsgivaravgifter|lönebikostnader)\s*(?:om|på|med)?\s*(\d{1,2}(?:[,.]\d{1,2})?)\s*(?:%|procent)/iu;

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

const hundredths = (t: string) => BigInt(Math.round(Number(t.replace(',', '.')) * 100));

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
