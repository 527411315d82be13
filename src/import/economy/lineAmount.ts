import { type AmountMatch, findAmounts } from '../fields/amounts';
import { numberWord } from '../fields/numbers';
import { hoursAtRate, postsPerYear, postsSalary, restatedFactors } from './salary';
import { MONTHS_STATED, UNIT_PRICE } from './vocabulary';

/**
 * The item-line rule's amount: what one line ("- Samordnare, 100 %: 46 000 kr per månad") costs per year.
 * An amount at the end of the line, per year (or per läsår, per säsong: one year of the activity), per month
 * × 12 because the line says so (or × the months it states: "per månad i fem månader"); "3 st à 250 000 kr"
 * is the quantity times the price; "1 800 timmar à 180 kr" with no amount of its own is hours × rate.
 */
export interface LineAmount {
  value: number;
  /** Where the amount (or the hours × rate) is written, and the text before it (the label). */
  start: number;
  end: number;
  before: string;
  note?: string;
  /**
   * The product of the factors the line writes before restating it ("1 500 timmar à 200 kr, det vill säga
   * 300 000 kr"): the amount is the stated product; a different product here means one of them is misread or wrong.
   */
  factors?: { product: number; note: string };
}

/** What the amount is, named after its period: "225 000 kr per halvår i verksamhetsbidrag", "… per år som driftbidrag". */
const NAMED_AFTER = String.raw`(?:\s+(?:i|som)\s+\p{L}*(?:bidrag|stöd|ersättning|hyra|medel)(?:et|en)?)?`;
// A list item may end in a comma or semicolon before the next ("- lokal, 96 000 kronor per år,").
const YEARLY_TAIL = new RegExp(String.raw`^[\s/]*(?:(?:per|\/|i|varje)\s*(?:år|läsår|helår|säsong|verksamhetsår|kalenderår)(?:et)?|årligen)?${NAMED_AFTER}[\s.,;)*]*$`, 'iu');
const MONTHLY_TAIL = /^[\s/]*(?:per|\/|i|varje)\s*mån(?:ad(?:en)?)?\.?/iu;
/** "per termin", "/halvår" and nothing after: two to a year. */
const HALF_YEAR_TAIL = new RegExp(String.raw`^[\s/]*(?:per|\/|varje)\s*(?:termin|halvår)(?:et|en)?${NAMED_AFTER}[\s.)*]*$`, 'iu');

/** A note in parentheses after an item's amount that the line leaves open: it goes on, and closes, on the next line. */
const OPEN_NOTE = /^[\s,]*\([^()]*$/u;
/**
 * A closed note in parentheses after an item's yearly amount, without figures or a period of its own: "42 000 kr/år
 * (förvaltningen betalar hyran direkt)", "35 000 kr (medlemsavgifter, lotteri)". It says what the amount is, not how much.
 */
const CLOSED_NOTE = /^[\s/]*(?:(?:per|\/|i|varje)\s*(?:år|läsår|helår|säsong|verksamhetsår|kalenderår)(?:et)?|årligen)?[\s,]*\((?![^()]*(?:engång|(?<!\p{L})(?:per|varje)\s|\/\s*\p{L}|gång(?!\p{L})))[^()\d]{2,120}\)[\s.,;]*$/iu;
/**
 * The product of the factors before it restated with "=" and a bare number, as people type a budget line: "250 tim x
 * 400 kr = 100 000", "1 100 tim à 190 kr = 209 000", "4 st à 25 000 kr = 100 000". The number is the amount only when
 * it is the product (a bare number is no amount by itself); another number leaves the line unread.
 */
const EQUALS_BARE = /^\s*=\s*(\d{1,3}(?:[ \u00a0.]\d{3})+|\d+)\s*(?:(?:per|\/)\s*år)?[\s.,;]*$/iu;

export function lineAmount(text: string, offset: number): LineAmount | null {
  const all = findAmounts(text, offset);
  if (all.length) {
    const last = all[all.length - 1];
    const rest = text.slice(last.end - offset);
    let before = text.slice(0, last.start - offset);
    let value = last.value;
    let note: string | undefined;
    // "110 000 kr (tjänsten kostar totalt" with the note going on below: the note after the amount is no tail.
    const equals = EQUALS_BARE.exec(rest);
    if (equals) return productRestated(text, offset, last, Number(equals[1].replace(/[ \u00a0.]/g, '')));
    if (YEARLY_TAIL.test(rest) || (OPEN_NOTE.test(rest) && all.length === 1) || CLOSED_NOTE.test(rest)) {
      // "Stödboendeplatser, 3 st à 250 000 kr": the year's amount is the quantity times the price.
      const each = UNIT_PRICE.exec(before);
      if (each && /\d\s*(?:st|stycken|platser|tjänster)/i.test(each[0])) {
        value *= Number(each[1]);
        before = `${before.slice(0, each.index)}${each[1]} st`;
      } else if (/[àá@]\s*$/.test(before)) return hoursTimesRate(text, offset);
      else {
        const factors = restatedFactors(before);
        // The label is what stands before the factors ("Kommunen: deltagarersättning 1 500 kr per deltagare × 40 …").
        if (factors) return { value, start: last.start, end: last.end, before: factors.start !== undefined ? before.slice(0, factors.start) : before, factors };
      }
    } else if (MONTHLY_TAIL.test(rest)) {
      const months = MONTHS_STATED.exec(text.slice(last.start - offset));
      const n = months ? (numberWord(months[1]) ?? Number(months[1])) : 12;
      if (!Number.isFinite(n) || n < 1 || n > 12) return null;
      value *= n;
      note = months ? `beloppet anges per månad i ${n} månader (× ${n})` : 'beloppet anges per månad och räknades om till år (× 12)';
      // "18 500 kr/mån i tio månader per läsår": the months are those of one year of the activity.
      const tail = /[\s/]*(?:per|\/|i|varje)\s*mån(?:ad(?:en)?)?\.?(?:\s+(?:i|under)\s+\S+\s+månader(?:\s+(?:per|\/|varje)\s*(?:läs|verksamhets|kalender)?år(?:et)?)?)?/iu.exec(rest);
      if (!tail) return null;
      const after = rest.slice(tail[0].length);
      // "0,5 tjänst à 30 000 kr/mån + PO 31,42 %": posts × the salary × the months, plus the fees (salary.ts).
      const posts = postsSalary(before, after, last.value);
      if (posts && SALARY_REST.test(after.slice(posts.feesLength))) {
        return { value: postsPerYear(posts, n), start: last.start, end: last.end, before: before.slice(0, posts.index), note: `${posts.note}, ${note}` };
      }
      if (squashEmpty(after)) return { value, start: last.start, end: last.end, before, note };
      return null;
    } else if (HALF_YEAR_TAIL.test(rest)) {
      value *= 2;
      note = 'beloppet anges per termin eller halvår och räknades om till år (× 2)';
    } else return restatedPayment(text, offset, all);
    return { value, start: last.start, end: last.end, before, note };
  }
  return hoursTimesRate(text, offset);
}

/** "420 000 kr per år, utbetalas med 105 000 kr per kvartal": the yearly amount; the rest restates how it is paid. */
const PAYMENT_RESTATED =
  /^\s*(?:per|\/|i|varje)\s*år\s*[,;(–-]\s*(?:och\s+|som\s+|vilket\s+)?(?:utbetalas|betalas(?:\s+ut)?|faktureras|fördelat|fördelas|varav|dvs\.?|motsvarande|motsvarar)(?!\p{L})/iu;

function restatedPayment(text: string, offset: number, all: AmountMatch[]): LineAmount | null {
  for (let k = all.length - 2; k >= 0; k--) {
    const a = all[k];
    if (PAYMENT_RESTATED.test(text.slice(a.end - offset, all[k + 1].start - offset))) {
      return { value: a.value, start: a.start, end: a.end, before: text.slice(0, a.start - offset) };
    }
  }
  return null;
}

/** Where one line lists several items, each with its own amount: "… (360 000 kr) samt egen lokal (72 000 kr)". */
const ITEM_JOIN = /\s+samt\s+|;\s+/giu;

/**
 * The items of a line that joins several, each ending in its own yearly amount; one item (or none) otherwise.
 * @example lineAmounts('Lokal 50 000 kr samt material 10 000 kr', 0) // two: 50 000 and 10 000
 */
export function lineAmounts(text: string, offset: number): LineAmount[] {
  const whole = lineAmount(text, offset);
  if (findAmounts(text).length < 2) return whole ? [whole] : [];
  const pieces: LineAmount[] = [];
  let from = 0;
  for (const cut of [...text.matchAll(ITEM_JOIN), null]) {
    const to = cut ? cut.index : text.length;
    const hit = lineAmount(text.slice(from, to), offset + from);
    if (!hit) return whole ? [whole] : [];
    pieces.push(hit);
    if (cut) from = cut.index + cut[0].length;
  }
  return pieces.length > 1 ? pieces : whole ? [whole] : [];
}

/** "250 tim x 400 kr = 100 000": the stated product, when the hours × rate or quantity × price before it give it. */
function productRestated(text: string, offset: number, price: AmountMatch, stated: number): LineAmount | null {
  const head = text.slice(0, price.end - offset);
  const at = hoursAtRate(head);
  const each = at ? null : UNIT_PRICE.exec(text.slice(0, price.start - offset));
  const product = at ? at.hours * at.rate : each ? Number(each[1]) * price.value : null;
  if (product === null || product !== stated) return null;
  const start = at ? offset + at.index : price.start;
  const before = text.slice(0, at ? at.index : each!.index);
  return { value: stated, start, end: offset + text.length, before, note: at ? at.note : `${each![1]} à ${price.value} kr` };
}

/** "Ideella värdar, 1 800 timmar per år à 180 kr" with no amount of its own: the hours times the rate. */
function hoursTimesRate(text: string, offset: number): LineAmount | null {
  const at = hoursAtRate(text);
  if (!at || at.index === 0 || !(at.hours > 0 && at.rate > 0)) return null;
  return { value: at.hours * at.rate, start: offset + at.index, end: offset + at.index + at.length, before: text.slice(0, at.index), note: at.note };
}

/** What may follow a salary on its line: a parenthesis ("(inklusive sociala avgifter)") and a sentence about the post. */
const SALARY_REST = /^\s*(?:\([^)]{0,120}\))?\s*(?:[.;,]\s*(?:\p{Lu}[^\n]*)?)?$/u;

const squashEmpty = (t: string) => /^[\s.,;)]*$/.test(t);
