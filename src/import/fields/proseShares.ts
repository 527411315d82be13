import { formatKronor } from '../../domain/money';
import { roundHalfUp } from '../../domain/money';
import type { ImportWarning } from '../result';
import { findAmounts } from './amounts';
import type { StatedAmount } from '../economy/model';
import { SHARE_VERB, SHARE_NOUN, GRAND_CUE, ONE_TIME, PER_UNIT, YEARLY_AFTER, YEARLY_IN, MONTHLY_AFTER, OTHER_PERIOD_AFTER, MONTHLY_IN, SPAN_YEARS, SPAN_RANGE, SPAN_OTHER, RECEIVE_VERB, PREPOSITION } from '../economy/vocabulary';
import { warning } from './field';
import { numberWord } from './numbers';
import { mentionedParties, PartyInfo } from './parties';
import { SourceDoc, sentences } from '../text/source';

/**
 * Shares and totals written as sentences in the economy section:
 * "Staden ersätter verksamheten med 1.750.000 kr per år.", "Frälsningsarmén bidrar med lokal, värderad till
 * 240 000 kr per år.", "Partnerskapets sammanlagda värde är 2 970 000 kr per år."
 *
 * The one rule that matters most: an amount is a party's share only when the sentence names that party as
 * the one who pays (its subject). A sentence with a paying verb whose subject is no party, or more than
 * one, gives no share but an AMBIGUOUS warning that quotes it, so the user sees what was left out.
 */

export interface ProseShares {
  partyTotals: StatedAmount[];
  totals: StatedAmount[];
  warnings: ImportWarning[];
}

function quote(text: string): string {
  return text.length > 180 ? `”${text.slice(0, 177)}…”` : `”${text}”`;
}

/** Parties named in a stretch of text, leaving out those named after a preposition ("till föreningen"). */
function actors(text: string, parties: PartyInfo[]): PartyInfo[] {
  const hits = mentionedParties(text, parties).filter((h) => !PREPOSITION.test(text.slice(0, h.index)));
  return [...new Set(hits.map((h) => h.party))];
}

/**
 * Who pays in a clause with a paying verb: the party named before the verb ("Staden ersätter …"), or, when the
 * sentence opens with something else, right after it ("Därutöver bidrar föreningen med …"). Null unless exactly one.
 */
function payer(clause: string, verbAt: number, verbEnd: number, parties: PartyInfo[]): PartyInfo | null | 'none' {
  const before = actors(clause.slice(0, verbAt), parties);
  if (before.length === 1) return before[0];
  if (before.length > 1) return null;
  const rest = clause.slice(verbEnd);
  const stop = /(?<!\p{L})(?:med|för|till|på|om|ett|en)(?!\p{L})|\d|,/u.exec(rest);
  const after = actors(stop ? rest.slice(0, stop.index) : rest, parties);
  if (after.length === 1) return after[0];
  return after.length > 1 ? null : 'none';
}

/**
 * A municipality that is a party through several committees: a share the sentence gives "kommunen" (not a
 * named committee) could belong to any of them, so its split between the committees is a guess.
 */
function sharedByCommittees(party: PartyInfo, clause: string, parties: PartyInfo[]): boolean {
  if (party.sector !== 'public') return false;
  const base = party.name.split(', ')[0];
  const siblings = parties.filter((p) => p.sector === 'public' && p.name.split(', ')[0] === base);
  if (siblings.length < 2) return false;
  return !(party.unit && clause.toLowerCase().includes(party.unit.toLowerCase().replace(/n$/, '')));
}

type Period = { factor: number; divisor: number; note: string | null } | 'ambiguous';

/** How an amount relates to a year: per year, per month (× 12), or for a span of years (÷ years). */
function periodOf(sentence: string, clause: string, after: string): Period {
  if (YEARLY_AFTER.test(after)) return { factor: 1, divisor: 1, note: null };
  if (MONTHLY_AFTER.test(after) || MONTHLY_IN.test(clause)) return { factor: 12, divisor: 1, note: 'beloppet anges per månad och räknades om till år (× 12)' };
  // "per kvartal", "per termin", "i veckan": a period the yearly amount cannot be read from without guessing.
  if (OTHER_PERIOD_AFTER.test(after)) return 'ambiguous';
  if (YEARLY_IN.test(clause)) return { factor: 1, divisor: 1, note: null };
  const years = SPAN_YEARS.exec(sentence);
  if (years) {
    const n = numberWord(years[1]);
    if (n !== null && n > 1) return { factor: 1, divisor: n, note: `beloppet gäller ${n} år och delades med ${n}` };
    if (n === 1) return { factor: 1, divisor: 1, note: null };
  }
  const range = SPAN_RANGE.exec(sentence);
  if (range) {
    const n = Number(range[2]) - Number(range[1]) + 1;
    if (n > 1 && n <= 20) return { factor: 1, divisor: n, note: `beloppet gäller åren ${range[1]}–${range[2]} och delades med ${n}` };
  }
  if (SPAN_OTHER.test(sentence)) return 'ambiguous';
  return { factor: 1, divisor: 1, note: null };
}

function yearly(amount: number, p: { factor: number; divisor: number }): number {
  return roundHalfUp({ num: BigInt(amount) * BigInt(p.factor), den: BigInt(p.divisor) });
}

/** Sentences between two offsets of the text; amounts that `covered` says were read as items or table totals are skipped. */
export function readProseShares(
  doc: SourceDoc,
  from: number,
  to: number,
  parties: PartyInfo[],
  covered: (start: number, end: number) => boolean,
): ProseShares {
  const partyTotals: StatedAmount[] = [];
  const totals: StatedAmount[] = [];
  const warnings: ImportWarning[] = [];
  for (const s of sentences(doc, from, to)) {
    const amounts = findAmounts(doc.prose.slice(s.start, s.end), s.start).filter((a) => !covered(a.start, a.end));
    if (!amounts.length) continue;
    const oneTime = ONE_TIME.test(s.text);
    let warned = false;
    const warn = (code: 'AMBIGUOUS' | 'INFERRED', field: string, message: string) => {
      if (code === 'AMBIGUOUS' && warned) return;
      if (code === 'AMBIGUOUS') warned = true;
      warnings.push(warning(code, field, `${message}: ${quote(s.text)}`));
    };
    let prev = s.start;
    let verbSeen = false;
    amounts.forEach((a, i) => {
      const before = doc.prose.slice(prev, a.start);
      const clause = before.split(/varav|;|,\s*och\s|,\s*medan\s|,\s*samt\s/i).pop() ?? before;
      prev = a.end;
      const after = doc.prose.slice(a.end, i + 1 < amounts.length ? amounts[i + 1].start : s.end);
      if (PER_UNIT.test(after)) return;
      const verb = SHARE_VERB.exec(clause);
      // "Kommunen bidrar med 500 000 kr och föreningen med 200 000 kr": the verb of the first clause carries on.
      const elliptic = !verb && verbSeen;
      if (verb) verbSeen = true;
      let party: PartyInfo | null | 'none';
      if (verb) party = payer(clause, verb.index, verb.index + verb[0].length, parties);
      else {
        const named = actors(clause, parties);
        party = named.length === 1 ? named[0] : named.length > 1 ? null : 'none';
      }
      const grand = party === 'none' && GRAND_CUE.test(clause);
      const share = party !== 'none' && party !== null && (verb !== null || elliptic || SHARE_NOUN.test(clause));
      const shareLike = verb !== null || elliptic || SHARE_NOUN.test(clause);
      const receiving = !verb && !elliptic && RECEIVE_VERB.test(clause) && party !== 'none';
      if (!grand && !share && !receiving && !(shareLike && (party === null || verb !== null))) return;
      if (oneTime) {
        warn('AMBIGUOUS', 'contributions', `Ett engångsbelopp (${formatKronor(a.value)}) är inget årligt bidrag och togs inte med`);
        return;
      }
      if (receiving || (!grand && !share)) {
        warn('AMBIGUOUS', 'contributions', `Det går inte att avgöra vilken part som står för ${formatKronor(a.value)}; beloppet togs inte med`);
        return;
      }
      const period = periodOf(s.text, clause, after);
      if (period === 'ambiguous') {
        warn('AMBIGUOUS', grand ? 'annualTotal' : 'contributions', `${formatKronor(a.value)} gäller en annan period än ett år och togs inte med`);
        return;
      }
      const value = yearly(a.value, period);
      const field = grand ? 'annualTotal' : 'contributions';
      if (!grand && sharedByCommittees(party as PartyInfo, clause, parties)) {
        warn('AMBIGUOUS', 'contributions', `Kommunen har flera nämnder som parter; ${formatKronor(value)} fördes till ${(party as PartyInfo).name}`);
      }
      if (period.note) warn('INFERRED', field, `${capitalizeFirst(period.note)} (${formatKronor(value)} per år)`);
      const stated = { party: grand ? null : (party as PartyInfo), amount: value, start: a.start, end: a.end };
      (grand ? totals : partyTotals).push(stated);
    });
  }
  return { partyTotals, totals, warnings };
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
