import { formatKronor } from '../../domain/money';
import { roundHalfUp } from '../../domain/money';
import { postsPerYear, postsSalary, rateCount, restatedFactors, withUplift } from './salary';
import type { ImportWarning } from '../result';
import { findAmounts } from '../fields/amounts';
import type { PercentOfWhole, RawItem, StatedAmount } from './model';
import { squash } from '../text/normalize';
import { SHARE_VERB, SHARE_NOUN, GRAND_CUE, ONE_TIME, PER_UNIT, YEARLY_AFTER, YEARLY_IN, MONTHLY_AFTER, MONTHLY_IN, SPAN_YEARS, SPAN_RANGE, SPAN_OTHER, RECEIVE_VERB, PREPOSITION, GRAND_STRONG, NEW_SUBJECT, UNIT_PRICE_BEFORE, ANAPHORIC_SUBJECT, VALUED_THING, COMMITMENT_LEAD, LIST_MARK, CHANGE_BY, VALUATION_TAIL, ENTER_PARTNERSHIP, PASS_ON, PASS_ON_AFTER, PART_YEAR, VARIABLE_PART_VALUED } from './vocabulary';
import { warning } from '../fields/field';
import { numberWord } from '../fields/numbers';
import type { PartyInfo } from '../fields/parties';
import { committeeNaming, partyMentions } from './cells';
import { SourceDoc, sentences } from '../text/source';
import { CHANGE_VERB, isAmendment } from '../text/amendment';
import { laterLevel, outsideAfter, outsideOrPast, wholeOfAnother } from './otherTotals';
import { decisionItem } from '../text/decisionItem';
import { amountPeriod } from './period';
import { definedGroups, EACH_AFTER, groupIn, sumsGroupItems, type PartyGroup } from './collective';

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
  /** Each share as a cost line, with the words it was stated with (for an economy written only in sentences). */
  items: RawItem[];
  warnings: ImportWarning[];
  /** One party's percentage of the whole, in a sentence without an amount, for the total stated elsewhere (wholeShare). */
  wholeShares: PercentOfWhole[];
  /** The lines under a party's label ("Stiftelsen:   ideellt arbete …"): its cost lines, whose sum is its share. */
  labelled?: RawItem[];
}

/** The words of a share's clause as its label: "Föreningen bidrar med egna lokaler vars värde beräknas till" → "egna lokaler". */
function shareLabel(clause: string, after: string): string {
  // "om fyrahundrafemtiotusen (450.000) kronor": the amount in words before its digits is no part of the label.
  clause = clause.replace(WORDS_BEFORE_DIGITS, '');
  // "Kommunen åtar sig att ersätta Föreningens kostnader för livsmedel med": what the infinitive takes.
  const committed = COMMITTED_OBJECT.exec(clause);
  if (committed) {
    const object = squash(committed[1]).replace(/^(?:en|ett)\s+/iu, '').replace(/[\s,]+(?:med|om|på|till|motsvarande)$/iu, '');
    if (object.length >= 3) return object.length > 90 ? `${object.slice(0, 87)}…` : object;
  }
  // "Beräknat antal deltagardagar är 600 per år och den rörliga delen är högst": the variable part.
  if (VARIABLE_PART_VALUED.test(clause)) return 'rörlig del';
  // "Fordonets värde för partnerskapet är beräknat till": the thing valued.
  const valued = VALUED_THING.exec(squash(clause));
  if (valued) return valued[0];
  const withMed = /(?<!\p{L})med\s+(?!\d)([^]*)$/iu.exec(clause);
  let own = squash(withMed ? withMed[1] : clause.replace(/^[^]*?(?<!\p{L})(?:för|av)\s+/iu, ''));
  // "Lokalen har värderats till": the auxiliary left by the valuation words is no part of the label.
  own = own.replace(VALUATION_TAIL, '').replace(/\s+(?:har|är|blir|kan|ska)$/iu, '');
  // "Regionen lämnar ett verksamhetsbidrag om", "per år och upplåter en lokal, värderad till": what follows the verb.
  const verb = SHARE_VERB.exec(own);
  if (verb && !withMed) own = squash(own.slice(verb.index + verb[0].length)).replace(/^(?:en|ett)\s+/iu, '').replace(/[\s,]+(?:om|på)$/iu, '');
  // "… 400 000 kr per år och kultur- och fritidsnämnden med …": the next clause's subject is no label.
  const tail = squash(after.replace(/^\s*(?:(?:per|\/|om|i)\s*(?:år|månad)(?:et|en)?|årligen)/i, '').split(/[.;(]|,\s*(?:och|samt)\s/)[0]).replace(/(?:^|\s)(?:och|samt)\s[^]*\s(?:med|för)$/u, '');
  // "aktivitets- material" (a word hyphenated at a line's end) is one word; "kultur- och fritid" keeps its hyphen.
  const label = (own.length >= 3 && !/^\d/.test(own) ? own : tail).replace(/(\p{Ll})- (?!(?:och|eller|samt|till)\s)(\p{Ll})/gu, '$1$2');
  return (label.length > 90 ? `${label.slice(0, 87)}…` : label).replace(/^[,\s]+|[,\s]+$/g, '') || 'Bidrag';
}

/** A number in words right before the bracket that holds its digits: "fyrahundrafemtiotusen (", "sextiotusen (". */
const WORDS_BEFORE_DIGITS = /\s*(?<!\p{L})\p{L}*(?:tusen|hundra|miljon|miljoner|miljard|miljarder|tio|tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio)\s*\(\s*$/iu;
/** What a commitment's infinitive takes: "åtar sig (därutöver) att betala ett årligt bidrag om" → "ett årligt bidrag om". */
const COMMITTED_OBJECT = /(?<!\p{L})åtar\s+sig\s+(?:\p{L}+\s+){0,2}?att\s+(?:\p{L}+\s+){0,2}?(?:betala|ersätta|bidra\s+med|ställa|upplåta|tillhandahålla|stå\s+för|svara\s+för|bekosta|finansiera|avsätta|lämna|tillföra|skjuta\s+till)\s+(\S[^]*)$/iu;

function quote(text: string): string {
  return text.length > 180 ? `”${text.slice(0, 177)}…”` : `”${text}”`;
}

/** Parties named in a stretch of text, leaving out those named after a preposition ("till föreningen"). */
function actors(text: string, parties: PartyInfo[]): PartyInfo[] {
  const hits = partyMentions(text, parties).filter((h) => !PREPOSITION.test(text.slice(0, h.index)));
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
  // "Därutöver står nämnden för hyran": the subject inside the verb phrase.
  const inside = actors(clause.slice(verbAt, verbEnd), parties);
  if (inside.length === 1) return inside[0];
  const rest = clause.slice(verbEnd);
  const stop = /(?<!\p{L})(?:med|för|till|på|om|ett|en)(?!\p{L})|\d|,/u.exec(rest);
  const span = stop ? rest.slice(0, stop.index) : rest;
  // The subject stands right after the verb ("upplåter nämnden lokalerna i Kronoparken"): a name later is an object.
  const first = partyMentions(span, parties)[0];
  if (first && /^\s*(?:\p{L}+\s+)?$/u.test(span.slice(0, first.index)) && !PREPOSITION.test(span.slice(0, first.index))) return first.party;
  const after = actors(span, parties);
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

/**
 * The side that commits the amount of a decision to enter the partnership ("Socialnämnden beslutar att ingå IOP med
 * Föreningen X om …"): the public party named before the verb, else the only public party; null when several public
 * parties could be meant. Undefined when the clause is no such decision, or what follows "med" names no non-profit
 * among the parties (the amount's payer is then not the decision's to say).
 */
function enteringParty(clause: string, parties: PartyInfo[]): PartyInfo | null | undefined {
  // Only the clause's end can hold the decision: the pattern is tried on at most 300 characters.
  const rawTail = clause.slice(-300);
  if (!/(?:om|av|på)\s*$/iu.test(rawTail)) return undefined;
  // Runs of space are one (a wrapped clause's indents, another partnership's part of a shared clause blanked).
  const tail = rawTail.replace(/\s+/gu, ' ');
  const m = ENTER_PARTNERSHIP.exec(tail);
  if (!m) return undefined;
  const counterparts = partyMentions(m[1], parties).map((h) => h.party);
  if (!counterparts.length || counterparts.some((p) => p.sector !== 'civil')) return undefined;
  const deciders = [...new Set(partyMentions(clause.slice(0, clause.length - rawTail.length) + tail.slice(0, m.index), parties).map((h) => h.party))];
  if (deciders.length) return deciders.length === 1 && deciders[0].sector === 'public' ? deciders[0] : null;
  const publicParties = parties.filter((p) => p.sector === 'public');
  return publicParties.length === 1 ? publicParties[0] : null;
}

/** A grant as the clause's subject, with no payer of its own: "att bidraget …", "Det årliga bidraget …", "Ersättningen …". */
const GRANT_SUBJECT = /^\s*(?:att\s+)?(?:det\s+|den\s+)?(?:\p{L}+\s+)?(?:bidraget|ersättningen|stödet|anslaget|verksamhetsbidraget|driftbidraget)(?!\p{L})(?!\s+från)/iu;
/** The grant's size stated ("uppgår till", "är", "fastställs till"), not how it is paid ("betalas ut kvartalsvis med …"). */
const GRANT_SIZE = /(?<!\p{L})(?:uppgår|uppgå|är|blir|fastställs|fastställa|beräknas|utgör|ska\s+vara|sätts)(?!\p{L})/iu;
const GRANT_PAID = /(?<!\p{L})(?:betalas|utbetalas|faktureras|rekvireras|kvartalsvis|månadsvis|halvårsvis|per\s+(?:kvartal|utbetalning|tillfälle))(?!\p{L})/iu;
/** "bidraget för 2027", "ersättningen under år 2027": the year the grant is stated for. */
const GRANT_YEAR = /(?:för|under)\s+(?:år\s+)?((?:19|20)\d{2})(?![\d-])/iu;

/**
 * Who pays a grant the clause names without a payer ("samt att bidraget för 2027 uppgår till 310 000 kronor" in a
 * decision, "Ersättningen uppgår till …" in an agreement): in an IOP the grant goes from the public side to the
 * non-profit, so it is the only public party's; null when there are several (which one is not the text's to say).
 * Undefined when the clause is no such grant.
 */
function grantingParty(clause: string, statement: string, parties: PartyInfo[]): PartyInfo | null | undefined {
  if (!GRANT_SUBJECT.test(clause) || !GRANT_SIZE.test(statement) || GRANT_PAID.test(statement) || actors(clause, parties).length) return undefined;
  // "ersättningen till kommunen": paid to the public side, not by it.
  const toPublic = partyMentions(clause, parties).some((h) => h.party.sector === 'public' && /(?:till|åt)\s+(?:\p{L}+\s+)?$/iu.test(clause.slice(0, h.index)));
  if (toPublic) return undefined;
  const publicParties = parties.filter((p) => p.sector === 'public');
  if (!parties.some((p) => p.sector === 'civil')) return undefined;
  return publicParties.length === 1 ? publicParties[0] : null;
}

/** The words right after a paying verb up to its object ("bidrar föreningarna med …" → " föreningarna "). */
function subjectAfterVerb(rest: string): string {
  const stop = /(?<!\p{L})(?:med|för|till|på|om|ett|en)(?!\p{L})|\d|,/u.exec(rest);
  return stop ? rest.slice(0, stop.index) : rest;
}

/** A paying verb anywhere in a clause (the global form of SHARE_VERB, for laterPayer). */
const SHARE_VERB_ALL = new RegExp(SHARE_VERB.source, `${SHARE_VERB.flags}g`);

/**
 * The payer of the last paying verb after `from` in a clause whose first verb has no subject, or 'none'. A clause is
 * at most one sentence's text before an amount, so the scan is bounded by it.
 */
function laterPayer(clause: string, from: number, parties: PartyInfo[]): PartyInfo | null | 'none' {
  let found: PartyInfo | null | 'none' = 'none';
  for (const m of clause.slice(from).matchAll(SHARE_VERB_ALL)) {
    const segment = clause.slice(from, from + m.index);
    // The subject right before the verb ("Kommunen betalar", "Kommunen själv betalar").
    const hits = partyMentions(segment, parties);
    const last = hits[hits.length - 1];
    if (!last || !/^\p{L}*\s+(?:\p{L}+\s+)?$/u.test(segment.slice(last.index))) continue;
    // "Kommunen och föreningen betalar …": two subjects, no one payer.
    found = new Set(hits.map((h) => h.party)).size === 1 ? last.party : null;
  }
  return found;
}

/** What stands before a verb that shares the last clause's subject: "… per år och upplåter", "…, samt står även för". */
const COORDINATED_VERB = /(?<!\p{L})(?:och|samt)\s+(?:även\s+|dessutom\s+|också\s+)?$/iu;

/** An amount's year written right after it: "300 000 kr år 2026", "320 000 kr för 2027", "340 000 kr (2028)". */
const YEAR_AFTER = /^\s*(?:kronor\s+)?(?:\(|för\s+|under\s+|år\s+|för\s+år\s+)(?:år\s+)?((?:19|20|21)\d{2})(?![\d-])/iu;

/**
 * "per vecka under 34 veckor", "per helg under 40 helger", "per kväll i 30 kvällar" right after hours: how many of a
 * unit within the year the hours are given per. The plural must be the same unit's ("per vecka under 40 helger" is not
 * read); a year or a span of years is no such unit (hours per year over the years would be the whole period's).
 */
const TIMES_AFTER_HOURS = /^\s*(?:per|i|\/)\s*(veck|helg|kväll|dag|tillfälle|månad|lördag|söndag|träff)\p{L}{0,3}\s+(?:under|i|vid)\s+(\d{1,3}|\p{L}+)\s+(\p{L}+)/iu;

/** The number of units of TIMES_AFTER_HOURS after hours, or null when the text states none. */
function timesAfterHours(text: string): number | null {
  const m = TIMES_AFTER_HOURS.exec(text);
  if (!m || !m[3].toLowerCase().startsWith(m[1].toLowerCase())) return null;
  const n = /^\d+$/.test(m[2]) ? Number(m[2]) : numberWord(m[2]);
  return n !== null && n > 0 ? n : null;
}

type Period = { factor: number; divisor: number; note: string | null } | 'ambiguous';

/**
 * Between a product's rate and an amount: only a comma or an opening bracket, perhaps after the rate's unit ("à 200
 * kronor per timme, ", "à 200 kr per timme (160 000 kr per år)").
 */
const BARE_RESTATEMENT = /^\s*(?:(?:per|\/|i)\s*\p{L}+\s*)?[,(]\s*$/u;

/** A label that opens a clause and ends in a colon ("Stiftelsen:", "- Föreningen X:"): the one party it is, or null. */
function partyLabel(clause: string, parties: PartyInfo[]): PartyInfo | null {
  const m = /^\s*(?:[-–•*]\s*)?([^:\n]{2,60}?)\s*:/u.exec(clause);
  if (!m) return null;
  const hits = partyMentions(m[1], parties);
  if (hits.length !== 1 || hits[0].index > 0) return null;
  // Only the name or an alias, whole: "Stiftelsen:", not "Stiftelsens lokal i Kosta:" nor "Föreningens ideella tid:".
  const label = squash(m[1]).toLowerCase();
  const party = hits[0].party;
  return [party.name, ...party.aliases].some((n) => n.toLowerCase() === label) ? party : null;
}
/** The public side's funding named by its noun: "Den offentliga finansieringen av partnerskapet uppgår till …". */
const PUBLIC_FUNDING = /(?<!\p{L})offentliga\s+finansieringen(?!\p{L})/iu;
/** The amount being split, named again after a percentage: "60 procent av bidraget", "40 procent av detta belopp". */
const THIS_AMOUNT = /(\d\s*(?:%|procent)\s+)av\s+(?:(?:detta|det|samma)\s+belopp(?:et)?|bidraget|bidragen|den\s+offentliga\s+finansieringen|det\s+offentliga\s+bidraget)(?!\p{L})/giu;
/** A sentence that counts the amount before as a party's: "…; leasingkostnaden räknas som regionens insats". */
const COUNTED_AS = /^[^.]{0,120}?(?<!\p{L})(?:räknas|räknad|räknat|redovisas|tas\s+upp)\s+(?:som|till)\s+((?:\p{L}+\s+){0,2}?\p{L}+s\s+(?:insats|del|andel|bidrag))(?!\p{L})/iu;
/** A valuation right before an amount: "beräknat till", "värderad till", "till ett värde av". */
const VALUED_AT = /(?<!\p{L})(?:(?:värdera|beräkna|uppskatta)(?:[dt]|de|des|s)\s+till|till\s+ett\s+(?:beräknat\s+)?värde\s+(?:av|om))\s*$/iu;

/** Whether the clause opens with the party as its subject: "Föreningen …", "Föreningens medlemmar …", "Därutöver föreningen …". */
function opensWith(clause: string, party: PartyInfo, parties: PartyInfo[]): boolean {
  const first = partyMentions(clause, parties)[0];
  return first !== undefined && first.party === party && /^\s*(?:\p{L}+\s+)?$/u.test(clause.slice(0, first.index)) && !PREPOSITION.test(clause.slice(0, first.index));
}

/** The whole the sentence's subject is of: "Värdet av partnerskapet", "Kostnaden för hela samarbetet". */
const OF_THE_WHOLE = /^\s*\p{L}+\s+(?:av|för)\s+(?:hela\s+)?(?:partnerskapet|samarbetet|överenskommelsen|avtalet|projektet|satsningen)(?!\p{L})/iu;
/**
 * Between an amount (or a rate, a salary) and the next: words that say the next is its value per year, written out
 * ("3 750 kronor per månad motsvarar 45 000 kronor per år", "6 000 m² à 4 kr/m² och år, vilket ger ett värde av 24 000
 * kronor", "0,4 tjänst à 37 500 kr/mån + PO 31,42 %, vilket motsvarar 236 556 kronor per år"). Only the words right
 * before the amount count, and only when it is the yearly value just worked out.
 */
const RESTATED_AS = /^[^;:]{0,40}?(?:(?<!\p{L})(?:och\s+|vilket\s+|som\s+|det\s+)?(?:motsvarar|ger|blir|innebär|gör)(?:\s+(?:ett|en)\s+(?:\p{L}+\s+)?(?:värde|kostnad|summa|belopp)\s+(?:av|om|på))?|(?<!\p{L})(?:det\s+vill\s+säga|d\.?\s?v\.?\s?s\.?|motsvarande|alltså)|=)\s*$/iu;

/** How an amount relates to a year: per year, per month (× 12), or for a span of years (÷ years). */
function periodOf(sentence: string, clause: string, after: string): Period {
  // Per år, per månad (also a sentence saying "månadsvis"), per termin, per kvartal, per vecka under N veckor (one
  // home: period.ts); "per kvartal" as an instalment of a yearly amount, "per vecka": not readable without a guess.
  const own = amountPeriod(after, sentence, false, MONTHLY_IN.test(clause));
  if (own && 'unread' in own) return 'ambiguous';
  if (own) return { factor: own.factor, divisor: 1, note: own.note };
  // "350 000 kronor för 2025, 380 000 kronor för 2026": an amount for one named year, whatever span the sentence names.
  if (YEAR_AFTER.test(after)) return { factor: 1, divisor: 1, note: null };
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
  tableTotals: readonly StatedAmount[] = [],
  itemsRead: readonly RawItem[] = [],
): ProseShares {
  const partyTotals: StatedAmount[] = [];
  const totals: StatedAmount[] = [];
  const items: RawItem[] = [];
  const labelled: RawItem[] = [];
  const warnings: ImportWarning[] = [];
  const wholeShares: PercentOfWhole[] = [];
  const stepped = new Map<PartyInfo, { year: number; amount: number; start: number; end: number }[]>();
  // An amendment's new amount per party (the last one stated), and whether the document is an amendment at all.
  const renewed = new Map<PartyInfo, StatedAmount>();
  const amendment = isAmendment(doc);
  // The total of the last sentence when that sentence did not split it: the next sentence may.
  let lastTotal: StatedAmount | null = null;
  /** Each party's percentage of a stated total as its share; false when the text gives no full split. */
  const splitTotal = (total: StatedAmount, text: string, end: number): boolean => {
    const shares = percentShares(total, text, parties, end);
    if (!shares) return false;
    for (const t of shares.partyTotals) partyTotals.push(t);
    for (const it of shares.items) items.push(it);
    return true;
  };
  // The groups of parties the document names by a word of its own ("nedan gemensamt kallade Konsortiet").
  const defined = definedGroups(doc.prose, parties);
  // Sentences without an amount between a total and its split ("Budgeten framgår av bilaga 1."), so far.
  let gaps = 0;
  /** A split of the pending total that ended without adding up to 100: warned, not read. */
  // One party's percentage of the whole in a sentence that went on from a total: held until the split ends.
  let pendingWhole: PercentOfWhole[] = [];
  const endSplit = (text: string) => {
    const note = incompleteSplit(text, parties);
    if (note) warnings.push(warning('AMBIGUOUS', 'contributions', `Andelarna i procent av totalen går inte jämnt upp (${note}); inga delar räknades ut ur totalen.`));
    // A split that does not add up gives no party its percentage, neither as a split nor one by one.
    if (!note) for (const w of pendingWhole) wholeShares.push(w);
    pendingWhole = [];
  };
  const list = sentences(doc, from, to);
  /**
   * The sentences right after sentence `at` that go on with a split of its amount between parties: without amounts of
   * their own, each with a percentage, a party's name or a list mark ("- Föreningen A ...... 50 procent").
   */
  const splitAhead = (at: number, among: PartyInfo[]): string => {
    let text = '';
    for (const next of list.slice(at + 1, at + 1 + SPLIT_SENTENCES)) {
      if (findAmounts(doc.prose.slice(next.start, next.end), next.start).some((a) => !covered(a.start, a.end))) break;
      if (!PERCENT.test(next.text) && !LIST_MARK.test(next.text) && !partyMentions(next.text, among).length) break;
      text = `${text} ${next.text}`;
      if (text.length > SPLIT_REACH) break;
    }
    return text;
  };
  // The single payer of the last sentence with a paying verb, for a next sentence that goes on about it.
  let lastPayer: PartyInfo | null = null;
  // Where the last sentence with an amount of its own ended: a table's total before it is no longer the one meant.
  let lastAmountEnd = from;
  // The sentences without amounts that followed a total so far, for a split written over two of them.
  let splitText = '';
  // The subject of a commitment's lead-in ("Föreningen åtar sig att"), for the list items that follow it.
  let leadPayer: PartyInfo | null = null;
  // Whether the last sentence stated an amount (a lent thing valued in the next sentence follows one that does not).
  let lastStated = false;
  for (const [index, s] of list.entries()) {
    const previousPayer = lastPayer;
    const previousStated = lastStated;
    const opening = SHARE_VERB.exec(s.text);
    const own = opening ? payer(s.text, opening.index, opening.index + opening[0].length, parties) : 'none';
    lastPayer = own !== 'none' && own !== null ? own : opening ? null : lastPayer;
    const amounts = findAmounts(doc.prose.slice(s.start, s.end), s.start).filter((a) => !covered(a.start, a.end));
    lastStated = amounts.length > 0;
    // "Föreningen åtar sig att" / "- bidra med …" / "- upplåta …": each item's infinitive has the lead's subject.
    const listPayer = LIST_MARK.test(s.text) ? leadPayer : null;
    if (!listPayer) leadPayer = COMMITMENT_LEAD.test(s.text) && !amounts.length && own !== 'none' ? own : null;
    // A total stated in a table of cost lines without parties ("Summa | 1 400" under "KSEK/år"), right before.
    const tableTotal = amounts.length || !PERCENT.test(s.text) ? undefined : [...tableTotals].reverse().find((t) => t.end <= s.start && t.start >= lastAmountEnd);
    const totalBefore: StatedAmount | null = lastTotal ?? tableTotal ?? null;
    lastTotal = null;
    // "Budgeten uppgår till 1,25 Mkr per år. Kommunen står för 60 % och föreningen för 40 %.": the split follows the
    // total, in one sentence or two ("Regionen finansierar 70 procent av budgeten. Stiftelsen svarar för resterande 30 procent.").
    // Up to two sentences of something else may come between ("Budgeten framgår av bilaga 1."); each sentence that
    // goes on with the split (a percentage, a party, a list item) is read with it.
    if (!amounts.length && totalBefore) {
      const goesOn = PERCENT.test(s.text) || LIST_MARK.test(s.text) || partyMentions(s.text, parties).length > 0;
      if (goesOn) splitText = `${splitText} ${s.text}`;
      if (goesOn && splitTotal(totalBefore, splitText, s.end)) {
        splitText = '';
        pendingWhole = [];
      }
      else if (splitText.length < SPLIT_REACH && (goesOn || gaps++ < SPLIT_GAPS)) lastTotal = totalBefore;
      else endSplit(splitText);
    } else {
      if (totalBefore) endSplit(splitText);
      splitText = '';
    }
    if (!lastTotal) {
      gaps = 0;
      splitText = '';
    }
    if (!amounts.length) {
      // "Förbundet finansierar 35 procent av partnerskapets totala värde": one party's part of the total stated elsewhere.
      const whole = wholeShare(s.text, parties);
      if (whole) (lastTotal ? pendingWhole : wholeShares).push({ ...whole, start: s.start, end: s.end });
      continue;
    }
    lastAmountEnd = s.end;
    // Money outside the partnership or of the past: no total of it (a unit's whole budget is judged per clause below).
    const other = outsideOrPast(s.text);
    const oneTime = ONE_TIME.test(s.text);
    let warned = false;
    const warn = (code: 'AMBIGUOUS' | 'INFERRED', field: string, message: string) => {
      if (code === 'AMBIGUOUS' && warned) return;
      if (code === 'AMBIGUOUS') warned = true;
      warnings.push(warning(code, field, `${message}: ${quote(s.text)}`));
    };
    let prev = s.start;
    // The payer a sentence names before its first amount ("Nämnden upplåter lokalen …; lokalens värde beräknas till
    // 120 000 kr") or, for a sentence that goes on about the last one ("Omfattningen beräknas till …"), that one's.
    const head = doc.prose.slice(s.start, amounts[0].start);
    const headVerb = SHARE_VERB.exec(head);
    const headPayer = headVerb ? payer(head, headVerb.index, headVerb.index + headVerb[0].length, parties) : 'none';
    const named = actors(head, parties);
    // "Kommunen ställer en minibuss till förfogande. Fordonets värde beräknas till …": the lender values what it lent.
    // "Därtill betalar nämnden en rörlig del om 350 kr per deltagare. … den rörliga delen är högst 210 tkr per år": the
    // variable part valued in a sentence of its own is the payer's that priced it.
    // "Värdet av partnerskapet är …": the whole's value, not the thing the sentence before valued.
    const anaphoric = (ANAPHORIC_SUBJECT.test(s.text) && !GRAND_STRONG.test(head) && !OF_THE_WHOLE.test(head)) || (!previousStated && VALUED_THING.test(s.text)) || VARIABLE_PART_VALUED.test(head);
    // A list item may name the lead's own party as its object ("- upplåta Kollogården …"), never another.
    const listed = listPayer && named.every((p) => p === listPayer) ? listPayer : null;
    const carried =
      headPayer !== 'none' && headPayer !== null ? headPayer : listed ?? (!headVerb && named.length === 0 && anaphoric ? previousPayer : null);
    let verbSeen = carried !== null;
    let payerSoFar: PartyInfo | null = carried;
    // The party whose label ("Stiftelsen:") heads the lines of this sentence, while they go on.
    let labelSoFar: PartyInfo | null = null;
    // The group the sentence's payer stands for ("Föreningarna bidrar tillsammans med …"), carried with it.
    let groupSoFar: PartyGroup | null = null;
    let lastValue: number | null = null;
    // The product the last amount was worked out to (hours × its rate), for the words that restate it right after.
    let lastProduct: number | null = null;
    // Whether the last amount was booked as a share or total, and whether a "varav" or colon list of its parts is open.
    let booked = false;
    let breakdown = false;
    // Whether a "varav" after the total just booked splits it by party ("… 547 000 kronor, varav nämnden 395 000 kronor
    // och klubben 152 000 kronor"), and whether the split goes on.
    let splitting = false;
    // The shares booked so, kept only when they add up to the total (markPartsOfTotal).
    const elided = new Set<number>();
    amounts.forEach((found, i) => {
      const bookedBefore = booked;
      booked = false;
      const splitBefore = splitting;
      splitting = false;
      let a = found;
      const clauseStart = prev;
      const before = doc.prose.slice(prev, a.start);
      let clause = before.split(/varav|;|,\s*och\s|,\s*medan\s|,\s*samt\s/i).pop() ?? before;
      prev = a.end;
      // "… ryms inom avdelningens budget, som uppgår till 4,2 miljoner kronor", "Föreningens omsättning är 3,4 mnkr":
      // a unit's or an organisation's whole budget is no amount of the partnership's.
      if (wholeOfAnother(clause)) return;
      // "För förlängningsåret … uppgår nämndens bidrag därmed till 811 512 kronor": a later year's indexed level.
      if (laterLevel(clause)) {
        warn('INFERRED', 'contributions', `${formatKronor(a.value)} är ett senare års uppräknade belopp, inte första årets nivå, och togs inte med`);
        return;
      }
      const after = doc.prose.slice(a.end, i + 1 < amounts.length ? amounts[i + 1].start : s.end);
      const previous = lastValue;
      lastValue = a.value;
      const product = lastProduct;
      lastProduct = null;
      // "3 100 timmar … à 230 kr per timme, det vill säga 713 000 kr": the product restated is the amount just read.
      const restated = product !== null ? restatedFactors(doc.prose.slice(clauseStart === s.start ? s.start : Math.max(s.start, a.start - 300), a.start)) : null;
      if (restated && restated.product === product) {
        if (a.value !== product) warn('AMBIGUOUS', 'contributions', `${formatKronor(a.value)} anges som ${restated.note}, vilket är ${formatKronor(product)}; det uträknade beloppet lästes`);
        return;
      }
      // "300 ideella timmar à 200 kronor, 60 000 kronor": the product after a bare comma, when it is the product.
      if (product !== null && a.value === product && BARE_RESTATEMENT.test(before)) return;
      // "3 750 kronor per månad motsvarar 45 000 kronor per år": the year's value of the amount before, restated.
      if (product !== null && a.value === product && RESTATED_AS.test(before)) return;
      // "Kommunens bidrag höjs med 60 000 kronor per år, till 580 000 kronor": the change is not the agreement's
      // amount (the new amount, when stated, is); the party it names goes on as the payer of the new amount.
      if (CHANGE_BY.test(before)) {
        const named = actors(clause, parties);
        if (named.length === 1) payerSoFar = named[0];
        if (i + 1 === amounts.length) warn('AMBIGUOUS', 'contributions', `${formatKronor(a.value)} är en ändring av ett belopp, inte beloppet, och togs inte med`);
        return;
      }
      // "höjs från 540 000 kronor till 615 000 kronor": the amount before the change is not the agreement's.
      if (/(?<!\p{L})från\s*$/iu.test(before) && i + 1 < amounts.length && /^[^.;]{0,20}?(?<!\p{L})till\s*$/iu.test(after) && CHANGE_VERB.test(clause)) {
        prev = clauseStart;
        return;
      }
      // "3 200 timmar per år … 180 kronor per timme", "2 400 timmar per år à 220 kronor": hours times the rate,
      // unless the amount before already is that product ("0,9 mnkr (4 500 timmar à 200 kronor)").
      const posts = MONTHLY_AFTER.test(after) || YEARLY_AFTER.test(after) ? postsSalary(before, after, a.value) : null;
      let salaryNote: string | null = null;
      let valuedHours = false;
      if (posts) {
        // "0,5 tjänst à 30 000 kr/mån + PO 40 %", "2 åa à 28 000 kr/mån": posts × the salary, plus the social fees.
        clause = before.slice(0, posts.index);
        salaryNote = posts.note;
      } else {
        // "lokal om 160 m², som parterna värderat till 1 250 kronor per m² och år": the area times its rate; "3 200
        // timmar per år … 180 kronor per timme", "2 400 timmar à 220 kronor": the hours times the rate.
        const counted = rateCount(before, after, UNIT_PRICE_BEFORE.test(before));
        if (counted === null) return;
        if (counted) {
          // "12 timmar per vecka under 34 veckor", "16 timmar per helg under 40 helger": the hours of a year are the
          // hours per unit times the units.
          const times = counted.unit === 'timmar' ? timesAfterHours(before.slice(counted.end)) : null;
          const value = counted.count * (times ?? 1) * a.value;
          if (value === 0 || value === previous) return;
          a = { ...a, value };
          lastProduct = value;
          valuedHours = true;
          clause = before.slice(0, counted.index);
        } else if (PER_UNIT.test(after)) return;
        // "290 000 kronor per år, jämte ett administrativt påslag om 10 procent på det beloppet": the uplift is the payer's too.
        const uplift = counted ? null : withUplift(a.value, after);
        if (uplift) {
          warn('INFERRED', 'contributions', `${uplift.note} räknades till ${formatKronor(uplift.value)}`);
          a = { ...a, value: uplift.value };
        }
      }
      const verb = SHARE_VERB.exec(clause);
      // "Föreningen vidareförmedlar 180 000 kronor av bidraget till …", "betalar 120 000 kronor vidare till …": money
      // passed on out of another party's amount is inside that amount, not one more share.
      if (PASS_ON.test(clause) || PASS_ON_AFTER.test(after)) return;
      // "bidrar med 650 000 kronor per år, varav cirka 285 000 kronor avser …": a part of the amount before, not one
      // more; only a "varav" clause that names its own payer ("varav nämnden står för …") books an amount.
      // So are the parts after it ("varav 0,9 mnkr är … och 0,45 mnkr avser …") and those a colon lists after a
      // party's amount ("värderas till 0,62 mnkr per år: ideella mentorer 0,4 mnkr och lokaler 0,22 mnkr").
      const opens = /(?<!\p{L})varav(?!\p{L})/iu.test(before) || (bookedBefore && /:\s*[\p{L}\d]/u.test(before));
      if (!verb && (opens || breakdown) && actors(clause, parties).length === 0) {
        breakdown = true;
        return;
      }
      breakdown = false;
      // "Kommunen bidrar med 500 000 kr och föreningen med 200 000 kr": the verb of the first clause carries on.
      const elliptic = !verb && (verbSeen || payerSoFar !== null);
      if (verb) verbSeen = true;
      let party: PartyInfo | null | 'none';
      let group: PartyGroup | null;
      if (verb) {
        party = payer(clause, verb.index, verb.index + verb[0].length, parties);
        // "Kommunen lämnar … 400 000 kr per år och upplåter samtalsrum …, värderat till 72 000 kr": a verb coordinated
        // with the last one, with no subject of its own, has the same payer.
        const clauseAt = before.endsWith(clause) ? before.length - clause.length : Math.max(0, before.indexOf(clause));
        if (party === 'none' && payerSoFar && COORDINATED_VERB.test(before.slice(0, clauseAt + verb.index))) party = payerSoFar;
        // "Vad parterna bidrar med Kommunen betalar 65 000 kr …" (a heading run into the sentence): the last paying
        // verb with a subject of its own, when the first has none.
        if (party === 'none') party = laterPayer(clause, verb.index + verb[0].length, parties);
        // A list item under "Föreningen åtar sig att": its verb ("- bidra med …") has the lead's subject.
        if (party === 'none' && listed && payerSoFar === listed) party = listed;
        group = null;
        // "Föreningarna bidrar tillsammans med …", "Därutöver bidrar kommunerna med …": a side named as a group.
        const joint = party === 'none' ? (groupIn(clause.slice(0, verb.index), parties, defined) ?? groupIn(subjectAfterVerb(clause.slice(verb.index + verb[0].length)), parties, defined)) : null;
        if (joint) {
          party = joint.parties[0];
          group = joint;
        }
      } else {
        const named = actors(clause, parties);
        party = named.length === 1 ? named[0] : named.length > 1 ? null : 'none';
        // "Regionens insatser uppgår till … och de idéburna parternas till 603 000 kronor": a side named as a group is
        // the clause's own subject, not the payer before it carried on.
        // "Konsortiets insats värderas till …": a group's share named by its noun, without a paying verb.
        const joint = party === 'none' && (elliptic || SHARE_NOUN.test(clause) || PUBLIC_FUNDING.test(clause)) ? groupIn(clause, parties, defined) : null;
        if (joint) {
          party = joint.parties[0];
          group = joint;
        }
        // "Föreningen bidrar med …, samt med egna lokaler …": the payer of the sentence carries on.
        // Not when the clause has a subject of its own ("… och församlingen med 50 000 kr"), named or not.
        else if (party === 'none' && elliptic && payerSoFar && !GRAND_STRONG.test(clause) && !NEW_SUBJECT.test(clause)) {
          party = payerSoFar;
          group = groupSoFar;
        } else group = null;
      }
      // "att ingå … partnerskap (IOP) med Föreningen X om 1,2 mnkr per år": the deciding public side commits the amount.
      const entering = !verb && !GRAND_STRONG.test(clause) ? enteringParty(clause, parties) : undefined;
      // "… om 1,5 mnkr per år, varav nämnden står för …": the amount the decision names is then the whole.
      const splitAfter = entering !== undefined && /^[^.;]{0,40}?(?<!\p{L})varav(?!\p{L})/iu.test(after);
      if (entering !== undefined) party = splitAfter ? 'none' : entering;
      // "… samt att bidraget för 2027 uppgår till 310 000 kronor": a grant named without its payer is the public side's.
      const granted = party === 'none' && !verb && entering === undefined ? grantingParty(clause, `${clause}${after}`, parties) : undefined;
      if (granted !== undefined) party = granted;
      // "Stiftelsen:   ideellt arbete 20 timmar per vecka …": a party's name as the label of its lines in a plain-text
      // economy ("Lessebo kommun:   22 500 kr per månad") names the payer of what follows it.
      const isLabel = !verb && party !== 'none' && party !== null && partyLabel(clause, parties) === party;
      if (isLabel) labelSoFar = party as PartyInfo;
      // The lines under the label go on about its party; a clause with a verb, a party of its own or a total's words
      // ("Totalt ungefär 804 000 kr per år") ends them.
      if (verb || (party !== 'none' && party !== labelSoFar) || GRAND_CUE.test(clause) || GRAND_STRONG.test(clause)) labelSoFar = null;
      if (party === 'none' && labelSoFar !== null) party = labelSoFar;
      const underLabel = !verb && labelSoFar !== null && party === labelSoFar;
      if (party !== 'none' && party !== null && (verb || elliptic || SHARE_NOUN.test(clause))) {
        payerSoFar = party;
        groupSoFar = group;
      }
      // A department's budget, money outside the partnership or spent in the past is no total of it.
      const grand = party === 'none' && (splitAfter || GRAND_CUE.test(clause) || OF_THE_WHOLE.test(clause)) && other === null;
      // "varav nämnden 395 000 kronor och klubben 152 000 kronor": a party's part of the total, its verb left out.
      const partOfTotal = splitBefore && !verb && !elliptic && !SHARE_NOUN.test(clause) && party !== 'none' && party !== null && SPLIT_NAME.test(clause.replace(/(?<!\p{L})(?:och|samt)(?!\p{L})/giu, ''));
      // "Föreningen bemannar stödlinjen med frivilliga, beräknat till 1 300 timmar per år à 210 kronor": a party that
      // opens the sentence and does something valued in hours or in kronor gives that value, with or without a paying
      // verb, in an economy written in sentences (beside a table or item lines the sentences only comment on them).
      // "Regionen leasar bussen för 4 500 kronor per månad …; leasingkostnaden räknas som regionens insats": the party
      // the sentence counts the amount for, when it is the clause's own party or the clause names none.
      const countedAs = COUNTED_AS.exec(after);
      const countedFor = countedAs ? actors(countedAs[1], parties) : [];
      if (countedFor.length === 1 && (party === 'none' || party === countedFor[0])) party = countedFor[0];
      const counts = countedFor.length === 1 && party === countedFor[0];
      const valuedByOpener = counts || (!verb && !itemsRead.length && clauseStart === s.start && party !== 'none' && party !== null && (valuedHours || VALUED_AT.test(clause)) && opensWith(clause, party, parties));
      const shareLike = verb !== null || elliptic || underLabel || partOfTotal || valuedByOpener || group !== null || SHARE_NOUN.test(clause) || (entering !== undefined && !splitAfter) || granted !== undefined;
      const share = party !== 'none' && party !== null && shareLike;
      const receiving = !verb && !elliptic && RECEIVE_VERB.test(clause) && party !== 'none';
      if (!grand && !share && !receiving && !(shareLike && (party === null || verb !== null))) return;
      // "… ansökan om bidrag … om 640 000 kronor … omfattas inte av denna överenskommelse": no share of the partnership.
      if (!grand && other === 'outside' && outsideAfter(after)) return;
      if (oneTime) {
        warn('AMBIGUOUS', 'contributions', `Ett engångsbelopp (${formatKronor(a.value)}) är inget årligt bidrag och togs inte med`);
        return;
      }
      if (receiving || (!grand && !share)) {
        warn('AMBIGUOUS', 'contributions', `Det går inte att avgöra vilken part som står för ${formatKronor(a.value)}; beloppet togs inte med`);
        return;
      }
      // "Eftersom första året bara är aug–dec betalas 187 500 kr för 2028 (5/12 av helår)": a part year's amount, not
      // the year's (the helår amount stated beside it is); left out, with a warning, whoever pays it.
      // A monthly amount's months ("35 000 kr per månad (fem månader)") are its count for the year, no part year.
      if (!YEARLY_AFTER.test(after) && !MONTHLY_AFTER.test(after) && PART_YEAR.test(`${clause}${after}`)) {
        warn('INFERRED', grand ? 'annualTotal' : 'contributions', `${formatKronor(a.value)} gäller en del av ett år, inte ett helt år, och togs inte med som årsbelopp`);
        return;
      }
      const period = periodOf(decisionItem(doc.prose.slice(s.start, s.end), a.start - s.start), clause, after);
      if (period === 'ambiguous') {
        warn('AMBIGUOUS', grand ? 'annualTotal' : 'contributions', `${formatKronor(a.value)} gäller en annan period än ett år och togs inte med`);
        return;
      }
      const value = posts ? postsPerYear(posts, period.factor, period.divisor) : yearly(a.value, period);
      // "150 000 kronor per halvår, det vill säga 300 000 kronor per år": the year's amount restated right after.
      if ((posts || period.factor > 1) && period.divisor === 1) lastProduct = value;
      const field = grand ? 'annualTotal' : 'contributions';
      if (!grand && sharedByCommittees(party as PartyInfo, clause, parties)) {
        warn('AMBIGUOUS', 'contributions', `Kommunen har flera nämnder som parter; ${formatKronor(value)} fördes till ${(party as PartyInfo).name}`);
      }
      if (period.note) warn('INFERRED', field, `${capitalizeFirst(period.note)} (${formatKronor(value)} per år)`);
      // "bidraget för 2027": one year's grant, read as the level per year.
      const oneYear = granted ? GRANT_YEAR.exec(clause) : null;
      if (oneYear && !YEARLY_IN.test(clause) && !YEARLY_AFTER.test(after)) {
        warn('INFERRED', field, `Bidraget anges för ${oneYear[1]} och antogs vara beloppet per år (${formatKronor(value)})`);
      }
      if (salaryNote) warn('INFERRED', field, `Beloppet räknades ur ${salaryNote} (${formatKronor(value)} per år)`);
      // "300 000 kr år 2026 och 320 000 kr år 2027": stepped amounts, one per year, kept together below.
      const year = YEAR_AFTER.exec(after);
      if (!grand && year) {
        const own = stepped.get(party as PartyInfo) ?? [];
        own.push({ year: Number(year[1]), amount: value, start: a.start, end: a.end });
        stepped.set(party as PartyInfo, own);
        return;
      }
      const computed = period.note !== null || posts !== null || value !== found.value;
      if (!grand && group) {
        const each = EACH_AFTER.test(after);
        // The group's members' own items (a table above) add up to it: the side's subtotal, restated, not one more share.
        if (!each && sumsGroupItems(group, value, itemsRead)) {
          booked = true;
          return;
        }
        // "Konsortiets insats värderas till 900 000 kronor och fördelas enligt följande: - A 50 procent - B 30 procent
        // - C 20 procent": the members' percentages split the group's amount; they are its parts, not more money.
        const ahead = each ? '' : `${after}${splitAhead(index, group.parties)}`;
        // "… 450 000 kronor per år. Kommunen står för 60 procent och regionen för 40 procent av bidraget": of this amount.
        const split = each ? null : percentShares({ party: null, amount: value, start: a.start, end: a.end }, ahead.replace(THIS_AMOUNT, '$1'), group.parties, a.end, shareLabel(clause, after));
        if (split) {
          for (const t of split.partyTotals) partyTotals.push(t);
          for (const it of split.items) items.push(it);
          booked = true;
          return;
        }
        const uneven = each ? null : incompleteSplit(ahead.replace(THIS_AMOUNT, '$1'), group.parties);
        if (uneven) warn('AMBIGUOUS', 'contributions', `Andelarna i procent av ${formatKronor(value)} går inte jämnt upp (${uneven})`);
        const names = group.parties.map((p) => p.name);
        if (!each) {
          warn(
            'AMBIGUOUS',
            'contributions',
            `${formatKronor(value)} anges gemensamt för ${names.slice(0, -1).join(', ')} och ${names[names.length - 1]} (”${squash(group.words)}”) utan fördelning mellan dem; beloppet fördes till ${names[0]}`,
          );
        }
        // "med 50 000 kr vardera": each of the group pays it; otherwise the group's amount stands on its first party.
        for (const member of each ? group.parties : [group.parties[0]]) {
          partyTotals.push({ party: member, amount: value, start: a.start, end: a.end });
          items.push({ party: member, label: shareLabel(clause, after), amount: value, ...(computed ? { computed } : {}), start: a.start, end: a.end });
        }
        booked = true;
        return;
      }
      // A line under a party's label is one of its cost lines, not its whole share.
      if (!grand && underLabel) {
        // "… (160 000 kr per år)   egna medel från insamling:": the words after the last line's end, without the colon.
        const own = clause.replace(isLabel ? /^\s*(?:[-–•*]\s*)?[^:\n]{2,60}?\s*:/u : /^[^()]*\)/u, '').replace(/:\s*$/u, '');
        const line = { party: party as PartyInfo, label: shareLabel(own, after), amount: value, ...(computed ? { computed } : {}), start: a.start, end: a.end };
        labelled.push(line);
        booked = true;
        return;
      }
      const committee = grand ? null : committeeNaming(clause, party as PartyInfo, parties);
      const stated = { party: grand ? null : (party as PartyInfo), amount: value, ...(committee ? { committee } : {}), start: a.start, end: a.end };
      (grand ? totals : partyTotals).push(stated);
      booked = true;
      splitting = grand ? SPLIT_AFTER.test(after) : partOfTotal;
      if (partOfTotal) elided.add(a.start);
      // "§ 2 … höjs kommunens bidrag till 520 000 kronor per år", "… och uppgår därefter till 240 000 kronor": an
      // amendment's new amount for the party, which its amounts stated before (the old ones restated) give way to.
      if (!grand && amendment && NEW_AMOUNT.test(doc.prose.slice(Math.max(s.start, a.start - NEW_AMOUNT_REACH), a.start))) renewed.set(party as PartyInfo, stated);
      if (!grand) items.push({ party: party as PartyInfo, label: shareLabel(clause, after), amount: value, ...(computed ? { computed } : {}), start: a.start, end: a.end });
    });
    for (const [party, years] of stepped) {
      const sorted = [...years].sort((x, y) => x.year - y.year);
      const first = sorted[0];
      const yearAmounts = sorted.map(({ year, amount }) => ({ year, amount }));
      const span = { start: first.start, end: sorted[sorted.length - 1].end };
      // One amount with a year is that year's: the first year's level, and the others as stated per year.
      partyTotals.push({ party, amount: first.amount, ...(sorted.length > 1 ? { yearAmounts } : {}), ...span });
      items.push({ party, label: 'Bidrag', amount: first.amount, ...(sorted.length > 1 ? { yearAmounts } : {}), ...span });
      if (sorted.length > 1) {
        warnings.push(warning('INFERRED', 'contributions', `${party.name} anger olika belopp för olika år; ${formatKronor(first.amount)} (${first.year}) är första årets nivå och de andra åren anges per år.`));
      }
    }
    stepped.clear();
    // "… 800 000 kr per år, varav nämnden står för 75 % och föreningen för 25 %": the total split by percentages.
    const totalHere = totals.filter((t) => t.start >= s.start && t.end <= s.end);
    if (totalHere.length === 1) markPartsOfTotal(totalHere[0], partyTotals, items, s.end);
    // Parts of a total without their verbs that do not add up to it: which is each party's whole is not the text's to
    // say. One part alone ("varav nämnden 300 000 kronor") is that party's share, as "varav nämndens del …" is.
    if (elided.size > 1 && partyTotals.some((t) => elided.has(t.start) && !t.ofTotal)) {
      const dropped = partyTotals.filter((t) => elided.has(t.start)).map((t) => formatKronor(t.amount));
      warn('AMBIGUOUS', 'contributions', `Delarna av totalen (${dropped.join(', ')}) summerar inte till den och togs inte med`);
      for (const list of [partyTotals, items]) for (let k = list.length - 1; k >= 0 && list[k].start >= s.start; k--) if (elided.has(list[k].start)) list.splice(k, 1);
    }
    if (totalHere.length === 1 && !partyTotals.some((t) => t.start >= s.start && t.end <= s.end)) {
      const rest = doc.prose.slice(totalHere[0].end, s.end);
      if (!splitTotal(totalHere[0], rest, s.end)) {
        lastTotal = totalHere[0];
        splitText = rest;
      }
    }
  }
  if (lastTotal) endSplit(splitText);
  if (!renewed.size) return { partyTotals, totals, items, warnings, wholeShares, labelled };
  // The amounts of a party stated before its new amount (the old agreement's, restated; the change's own size) give way.
  const old = (x: { party: PartyInfo | null; start: number }) => {
    const n = x.party ? renewed.get(x.party) : undefined;
    return n !== undefined && x !== n && x.start < n.start;
  };
  for (const [party, n] of renewed) {
    const before = partyTotals.filter((t) => t.party === party && old(t) && t.amount !== n.amount).map((t) => formatKronor(t.amount));
    if (before.length) warnings.push(warning('INFERRED', 'contributions', `${party.name}: ändringens nya belopp ${formatKronor(n.amount)} gäller; ${[...new Set(before)].join(', ')} som anges före det togs inte med.`));
  }
  return { partyTotals: partyTotals.filter((t) => !old(t)), totals, items: items.filter((it) => !old(it)), warnings, wholeShares, labelled };
}

/**
 * The shares stated after a total in its sentence ("547 000 kronor, varav nämnden 395 000 kronor och klubben 152 000
 * kronor"): when two or more parties' shares, one each, add up to the total, each is that party's whole share
 * (`ofTotal`). Only the shares at the end of the list are looked at, back to the total.
 */
function markPartsOfTotal(total: StatedAmount, partyTotals: StatedAmount[], items: RawItem[], end: number): void {
  const parts: StatedAmount[] = [];
  for (let k = partyTotals.length - 1; k >= 0 && partyTotals[k].start > total.end && partyTotals[k].end <= end; k--) parts.push(partyTotals[k]);
  const named = new Set(parts.map((t) => t.party));
  if (parts.length < 2 || named.size !== parts.length || named.has(null)) return;
  if (parts.reduce((n, t) => n + t.amount, 0) !== total.amount) return;
  for (const t of parts) t.ofTotal = true;
  // The same shares as lines (for an economy written only in sentences): each the party's whole, not one more line.
  const starts = new Set(parts.map((t) => t.start));
  for (let k = items.length - 1; k >= 0 && items[k].start > total.end; k--) if (starts.has(items[k].start)) items[k].ofTotal = true;
}

/** A total's "varav" right after it: "547 000 kronor, varav …". */
const SPLIT_AFTER = /^[^.;]{0,40}?(?<!\p{L})varav(?!\p{L})/iu;
/** A clause of a total's split that is only a party's name (or alias), at most a few words: "nämnden ", "och klubben ". */
const SPLIT_NAME = /^[\s,]*(?:\p{L}+[\s,]+){0,3}$/u;

/**
 * The words before an amendment's new amount: a change ("höjs kommunens bidrag till", "ändras till", "utökas … och
 * uppgår därefter till", "uppgår efter ändringen till"), ending in "till" right before the amount.
 */
const NEW_AMOUNT = /(?:(?<!\p{L})(?:höjs|sänks|ändras|justeras|ökas|utökas|minskas|därefter|efter\s+(?:ändringen|höjningen|tillägget))(?!\p{L})[^.;]*)(?<!\p{L})till\s*$/iu;
/** How far before an amount the words of a change are looked for: one clause. */
const NEW_AMOUNT_REACH = 200;

/**
 * Each party's percentage of a stated total as its share, worked out (derived, computed), when the text splits the
 * whole between the parties (percentSplit); null otherwise. The one home of the split's arithmetic, for sentences
 * ("Kommunen står för 60 % och föreningen för 40 %") and for a table of shares ("Part | Andel").
 * @example percentShares({ party: null, amount: 700000, start: 0, end: 9 }, 'kommunen 80 %, föreningen 20 %', parties, 40) // 560 000 and 140 000
 */
export function percentShares(
  total: StatedAmount,
  text: string,
  parties: PartyInfo[],
  end: number,
  label = 'Andel av totalen',
): { partyTotals: StatedAmount[]; items: RawItem[] } | null {
  const { split, sum } = percentSplit(text, parties);
  if (split.length < 2 || Math.abs(sum - 100) >= 1e-9) return null;
  const partyTotals: StatedAmount[] = [];
  const items: RawItem[] = [];
  for (const { party, percent } of split) {
    const value = roundHalfUp({ num: BigInt(Math.round(percent * 100)) * BigInt(total.amount), den: 10000n });
    partyTotals.push({ party, amount: value, derived: true, start: total.start, end });
    items.push({ party, label, amount: value, computed: true, start: total.start, end });
  }
  return { partyTotals, items };
}

/**
 * What an incomplete percentage split says, for a warning: two or more parties with a percentage that do not add up
 * to 100 ("Kommunen 60 %, föreningen 30 %" sums to 90 %), which is no reading of the shares; null otherwise.
 * @example incompleteSplit('kommunen 60 %, föreningen 30 %', parties) // 'Orusts kommun 60 %, Föreningen X 30 %; sammanlagt 90 %'
 */
export function incompleteSplit(text: string, parties: PartyInfo[]): string | null {
  const { split, sum, unpaired } = percentSplit(text, parties);
  // Percentages left without a party are text not understood, no uneven split.
  if (split.length < 2 || unpaired > 0 || Math.abs(sum - 100) < 1e-9) return null;
  const pct = (n: number) => `${String(Math.round(n * 100) / 100).replace('.', ',')} %`;
  return `${split.map((o) => `${o.party.name} ${pct(o.percent)}`).join(', ')}; sammanlagt ${pct(sum)}`;
}

/** How many sentences after an amount may carry its split, how long their text may be, and how many sentences of
 * something else may stand between a total and its split. */
const SPLIT_SENTENCES = 8;
const SPLIT_REACH = 600;
const SPLIT_GAPS = 2;
/** A percentage in a sentence. */
const PERCENT = /\d\s*(?:%|procent)/iu;
const PERCENT_ALL = /(\d{1,3}(?:[,.]\d{1,2})?)\s*(?:%|procent)(?!\p{L})/giu;
/**
 * The whole a percentage may be of: "budgeten", "den totala kostnaden", "kostnaden" (not "kostnaden för lokalen"),
 * "partnerskapets totala värde", "verksamhetens sammanlagda kostnad", "det samlade värdet".
 */
const WHOLE = String.raw`(?:(?:den|de|det)\s+|(?:partnerskapets|verksamhetens|projektets|satsningens|samarbetets|överenskommelsens|avtalets|insatsens)\s+)?(?:(?:totala|sammanlagda|samlade|årliga|hela)\s+)?(?:budget\p{L}*|total\p{L}*|kostnader(?:na)?|kostnad(?:en)?(?!\s+för\s)|summan|beloppet|värde(?:t)?|ekonomin|insatserna|finansieringen)(?!\p{L})`;
/** A percentage of something other than the whole: "70 procent av personalkostnaden", "30 % av lokalhyran", "av kostnaden för lokalen" (but "av kostnaden" is the whole). */
const PART_OF_OTHER = new RegExp(String.raw`\d\s*(?:%|procent)\s+av\s+(?!${WHOLE})`, 'iu');
/** A percentage of the whole: "35 procent av partnerskapets totala värde", "40 % av den totala kostnaden". */
const PERCENT_OF_WHOLE = new RegExp(String.raw`(?<![\d,.])(\d{1,2}(?:[,.]\d{1,2})?)\s*(?:%|procent)\s+av\s+${WHOLE}`, 'iu');

/**
 * One party's percentage of the whole in a sentence of its own, without an amount ("Förbundet finansierar 35 procent av
 * partnerskapets totala värde enligt avsnitt 6.", "Regionens andel är 40 % av den totala kostnaden"): the party is the
 * one subject before the percentage (a paying verb or a share noun with it), and the sentence has no other percentage.
 * Its amount is worked out from the total the document states (read.ts); null when the sentence is no such statement.
 * @example wholeShare('Förbundet finansierar 35 procent av partnerskapets totala värde.', parties) // { party: förbundet, percent: 35 }
 */
export function wholeShare(text: string, parties: PartyInfo[]): { party: PartyInfo; percent: number } | null {
  const m = PERCENT_OF_WHOLE.exec(text);
  if (!m || [...text.matchAll(PERCENT_ALL)].length !== 1) return null;
  const head = text.slice(0, m.index);
  if (!SHARE_VERB.test(head) && !SHARE_NOUN.test(head)) return null;
  const named = actors(head, parties);
  if (named.length !== 1 || actors(text.slice(m.index), parties).some((p) => p !== named[0])) return null;
  const percent = Number(m[1].replace(',', '.'));
  return percent > 0 && percent < 100 ? { party: named[0], percent } : null;
}
/** A percentage and the preposition that joins it to the party right after it: "30 % för ", "25 procent på ". */
const PERCENT_FOR = /^\d{1,3}(?:[,.]\d{1,2})?\s*(?:%|procent)\s+(?:(?:av\s+\p{L}+\s+)?(?:för|på|till|åt)\s+)(?:\p{L}+\s+){0,1}$/iu;
/** The rest of the whole for the one party without a percentage: "… och föreningen för resterande del", "återstående andel". */
const REMAINDER = /(?<!\p{L})(?:resterande|återstående|resten)(?!\s*\d)/iu;

/**
 * Parties each with a percentage ("varav nämnden står för 75 % och föreningen för 25 %", "45 % för Regionen, 30 % för
 * Kommunen och 25 % för Föreningen", a list of the parties with their percentages): the split of a whole. The
 * percentage follows its party, or, when the text opens with one before any party, precedes it. One party named
 * without a percentage but with "resterande"/"återstående" takes the rest of 100, when the others leave some.
 * The caller takes the split as the shares only when it has two parties or more and adds up to 100.
 */
function percentSplit(text: string, parties: PartyInfo[]): { split: { party: PartyInfo; percent: number }[]; sum: number; unpaired: number } {
  const none = { split: [], sum: 0, unpaired: 0 };
  // "70 procent av personalkostnaden" is a share of something else than the total.
  if (PART_OF_OTHER.test(text)) return none;
  const hits = partyMentions(text, parties);
  const pcts = [...text.matchAll(PERCENT_ALL)].map((m) => ({ index: m.index ?? 0, percent: Number(m[1].replace(',', '.')) }));
  if (!hits.length || !pcts.length) return none;
  // "45 % för Regionen, 30 % för Kommunen och 25 % för Föreningen": a percentage before the first party and none after
  // the last one; otherwise each party's percentage follows it.
  const before = pcts[0].index < hits[0].index && pcts[pcts.length - 1].index < hits[hits.length - 1].index;
  const out: { party: PartyInfo; percent: number }[] = [];
  let rest: PartyInfo | null = null;
  let rests = 0;
  for (const [i, h] of hits.entries()) {
    if (out.some((o) => o.party === h.party) || rest === h.party) continue;
    const from = before ? (i > 0 ? hits[i - 1].index : 0) : h.index;
    const to = before ? h.index : i + 1 < hits.length ? hits[i + 1].index : text.length;
    const own = pcts.filter((p) => p.index >= from && p.index < to);
    // Before its party, a percentage is joined to it by a preposition ("30 % för Kommunen", "25 procent på föreningen").
    const pct = before ? own.filter((p) => PERCENT_FOR.test(text.slice(p.index, to))).pop() : own[0];
    if (pct) out.push({ party: h.party, percent: pct.percent });
    else if (!before && REMAINDER.test(text.slice(from, to))) {
      rest = h.party;
      rests++;
    }
  }
  const paired = out.length;
  let sum = out.reduce((t, o) => t + o.percent, 0);
  if (rest && rests === 1 && sum > 0 && sum < 100) {
    out.push({ party: rest, percent: Math.round((100 - sum) * 100) / 100 });
    sum = 100;
  }
  return { split: out, sum, unpaired: pcts.length - paired };
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
