import { formatKronor } from '../../domain/money';
import type { ImportWarning } from '../result';
import { findAmounts } from '../fields/amounts';
import { warning } from '../fields/field';
import type { PartyInfo } from '../fields/parties';
import { squash } from '../text/normalize';
import type { SourceDoc } from '../text/source';
import { onePartyIn, partiesIn, partyMentions } from './cells';
import type { RawItem, StatedAmount } from './model';
import { PREPOSITION, SHARE_VERB } from './vocabulary';

/**
 * Unit rates whose counts stand elsewhere (issue 19): an economy that states prices per unit ("1 400 kr per
 * tillfälle", "450 kronor per timme", "4 200 kronor per deltagarplats och månad") and the number of units in another
 * section ("120 aktivitetstillfällen", "6 timmar i veckan" and "46 veckor", "15 deltagarplatser"). A rate becomes a
 * yearly item only when its count is found and the products agree with the shares or the total the document states:
 * exactly one choice of counts (among those the document writes for each unit) must make every stated share and the
 * total come out. Otherwise the rates are left out with a warning that names them, and the stated shares stand.
 */

/** A unit a price is written per, with the forms its count takes ("120 tillfällen", "2 000 ledartimmar"). */
interface Unit {
  singular: RegExp;
  plural: string;
}

const UNITS: Unit[] = [
  { singular: /^(?:timme|timmen|tim|h)$/iu, plural: 'timmar' },
  { singular: /^tillfälle(?:t)?$/iu, plural: 'tillfällen' },
  { singular: /^dygn(?:et)?$/iu, plural: 'dygn' },
  { singular: /^dag(?:en)?$/iu, plural: 'dagar' },
  { singular: /^period(?:en)?$/iu, plural: 'perioder' },
  { singular: /^vecka$/iu, plural: 'veckor' },
  { singular: /^plats(?:en)?$/iu, plural: 'platser' },
  { singular: /^deltagare(?:n)?$/iu, plural: 'deltagare' },
  { singular: /^barn(?:et)?$/iu, plural: 'barn' },
  { singular: /^elev(?:en)?$/iu, plural: 'elever' },
  { singular: /^kväll(?:en)?$/iu, plural: 'kvällar' },
  { singular: /^natt(?:en)?$/iu, plural: 'nätter' },
  { singular: /^besök(?:et)?$/iu, plural: 'besök' },
  { singular: /^träff(?:en)?$/iu, plural: 'träffar' },
  { singular: /^kurs(?:en)?$/iu, plural: 'kurser' },
  { singular: /^grupp(?:en)?$/iu, plural: 'grupper' },
  { singular: /^familj(?:en)?$/iu, plural: 'familjer' },
  { singular: /^hushåll(?:et)?$/iu, plural: 'hushåll' },
  { singular: /^person(?:en)?$/iu, plural: 'personer' },
  { singular: /^månad(?:en)?$/iu, plural: 'månader' },
];

/** A rate's unit word: a unit, or a compound ending in one ("deltagarplats", "ledartimme"). */
function unitOf(word: string): { unit: Unit; prefix: string } | null {
  const w = word.toLowerCase();
  for (const unit of UNITS) {
    if (unit.singular.test(w)) return { unit, prefix: '' };
    for (let k = 3; k <= w.length - 3; k++) if (unit.singular.test(w.slice(k))) return { unit, prefix: w.slice(0, k) };
  }
  return null;
}

/** A role word that names a party ("Föreningens", "kommunen", "nämnden"): a rate's payer named, even if not found. */
const ROLE_WORD = /(?<!\p{L})(?:förening|stiftelse|organisation|kommun|nämnd|region|församling|kooperativ)(?:en|ens|et|ets)?(?!\p{L})/iu;

/** A product the rate's sentence writes out after it: "…, det vill säga 380 000 kronor", "motsvarande 96 000 kr". */
const RESTATED_PRODUCT = /(?<!\p{L})(?:det\s+vill\s+säga|d\.?\s?v\.?\s?s\.?|motsvarande|vilket\s+(?:ger|blir|motsvarar)|totalt|sammanlagt|=)\s*\d/iu;
/** A list item's yearly amount after the rate's unit and a colon: "…, värderad till 390 kr per timme: 62 400 kr per år". */
const PRODUCT_AFTER_COLON = /^\s*(?:per|\/)\s*\p{L}+(?:\s+och\s+\p{L}+)?\s*:\s*\d/iu;

/** Periods other rules make yearly: a price per one of them is no unit rate. */
const PERIOD_WORD = /^(?:år|året|månad|månaden|mån|termin|terminen|halvår|halvåret|kvartal|kvartalet|läsår|läsåret|säsong|säsongen|sommar|verksamhetsår)$/iu;

/** What follows a price per unit: "per tillfälle", "per arvoderad timme", "per barn och dygn", "/deltagarplats och månad". */
const PER_AFTER = /^\s*(?:kr(?:onor)?\.?\s*)?(?:per|\/|för\s+varje)\s*(\p{L}+)(?:\s+(\p{L}+))?(?:\s+(\p{L}+))?(?:\s+(\p{L}+))?/u;

/** The unit words of a rate: its unit, a qualifying word before it ("arvoderad timme"), a second unit ("barn och dygn"). */
function perUnit(words: string[]): { first: string; second?: string; qualifier?: string } | null {
  const at = unitOf(words[0] ?? '') ? 0 : words[1] && unitOf(words[1]) ? 1 : -1;
  if (at < 0) return null;
  const second = words[at + 1]?.toLowerCase() === 'och' && words[at + 2] && unitOf(words[at + 2]) ? words[at + 2] : undefined;
  return { first: words[at], ...(second ? { second } : {}), ...(at === 1 ? { qualifier: words[0] } : {}) };
}

/** A number written before a count: digits ("2 000") or a word ("fyra perioder"). */
const COUNT_WORDS: Record<string, number> = { två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12 };
/** A count: a number and up to three words, the last of them its noun ("2 000 arvoderade ledartimmar", "fyra perioder"). */
const COUNT = /(?<![\d,.\p{L}])(\d{1,3}(?:[ \u00a0]\d{3})+|\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)\s+(\p{L}+)(?:\s+(\p{L}+))?(?:\s+(\p{L}+))?/giu;
/** Words that cannot stand between a number and its noun: money, prepositions ("1 650 kronor per barn"). */
const NOT_QUALIFIER = /^(?:kr|kronor|tkr|sek|per|à|och|i|av|om|till|för|under|med|på|som|att|procent|det|vill|säga)$/iu;
/** Every unit's plural, for a count's noun. */
const PLURALS = UNITS.map((u) => u.plural);
/** "6 timmar i veckan", "2 dagar per vecka": a week's count. */
const WEEKLY = /^\s*(?:per|i|\/|varje)\s*veck(?:a|an)(?!\p{L})/iu;
/** "… per vecka under 40 veckor": the weeks of the year, right after. */
const WEEKS_AFTER = /^\s*(?:per|i|\/|varje)\s*veck(?:a|an)\s+(?:under|i)\s+(\d{1,2})\s+veckor(?!\p{L})/iu;

interface Count {
  value: number;
  noun: string;
  /** The words around the count, for a rate's affinity ("Gråbohallen används 6 timmar …"). */
  context: string;
  weekly: boolean;
  at: number;
}

const wholeNumber = (t: string) => COUNT_WORDS[t.toLowerCase()] ?? Number(t.replace(/\s/g, ''));

/** Every count the document writes, once per document: linear in its length. */
function countsOf(prose: string, budget?: SourceDoc['budget']): Count[] {
  const out: Count[] = [];
  const re = new RegExp(COUNT.source, COUNT.flags);
  for (let m = re.exec(prose); m; m = re.exec(prose)) {
    budget?.tick();
    // The noun is the first word that is a unit's plural (or a compound ending in one); the words before it qualify it.
    const words = [m[2], m[3], m[4]].filter((w): w is string => w !== undefined);
    const k = words.findIndex((w) => PLURALS.some((p) => w.toLowerCase().endsWith(p)));
    if (k < 0 || words.slice(0, k).some((w) => NOT_QUALIFIER.test(w) || /^\p{Lu}/u.test(w))) {
      re.lastIndex = m.index + m[1].length;
      continue;
    }
    const nounEnd = prose.indexOf(words[k], m.index + m[1].length) + words[k].length;
    re.lastIndex = nounEnd;
    const value = wholeNumber(m[1]);
    if (!(value > 0)) continue;
    const after = prose.slice(nounEnd, nounEnd + 40);
    const weeks = WEEKS_AFTER.exec(after);
    const context = prose.slice(Math.max(0, m.index - 80), nounEnd);
    const noun = words[k].toLowerCase();
    if (weeks) out.push({ value: value * Number(weeks[1]), noun, context, weekly: false, at: m.index });
    else out.push({ value, noun, context, weekly: WEEKLY.test(after), at: m.index });
  }
  return out;
}

/** The counts of a unit: nouns that are its plural or a compound ending in it ("aktivitetstillfällen"). */
function countsFor(counts: Count[], unit: Unit, prefix: string): Count[] {
  return counts.filter((c) => c.noun.endsWith(unit.plural) && (!prefix || c.noun.includes(prefix)));
}

interface Rate {
  value: number;
  start: number;
  end: number;
  party: PartyInfo | null;
  label: string;
  words: string;
  /** The unit as written after "per" ("arvoderad timme", "barn och dygn"). */
  phrase: string;
  /** The counts a year may have of the rate's unit, with how each was found. */
  candidates: { value: number; note: string; affinity: number }[];
}

const STOP = new Set(['kronor', 'timme', 'timmar', 'under', 'eller', 'samt', 'inte', 'till', 'från', 'som', 'per', 'varje', 'enligt']);
const stems = (text: string) => new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 5)));

/** The yearly counts of a rate's unit (and of a second unit: "per barn och dygn", "per deltagarplats och månad"). */
function candidatesOf(rate: { words: string }, first: string, second: string | undefined, counts: Count[], weeks: number | null, sentenceBefore: string): Rate['candidates'] | null {
  const a = unitOf(first);
  if (!a) return null;
  const own = stems(rate.words);
  const yearly = (list: Count[]) =>
    list.flatMap((c) => {
      if (c.weekly && weeks === null) return [];
      const value = c.weekly ? c.value * (weeks as number) : c.value;
      const shared = [...stems(c.context)].filter((s) => own.has(s)).length;
      return [{ value, note: c.weekly ? `${c.value} ${c.noun} i veckan × ${weeks} veckor` : `${c.value} ${c.noun}`, affinity: shared }];
    });
  // "900 timmar per sommar, värderade till 200 kronor per timme": the count in the rate's own sentence is its count.
  const inSentence = countsOf(sentenceBefore).filter((c) => c.noun.endsWith(a.unit.plural));
  if (!second && inSentence.length === 1 && !inSentence[0].weekly) return [{ value: inSentence[0].value, note: `${inSentence[0].value} ${inSentence[0].noun}`, affinity: 9 }];
  if (!second) return yearly(countsFor(counts, a.unit, a.prefix));
  const b = unitOf(second);
  if (!b) return null;
  // "per barn och dygn": "288 barndygn" counts both at once; so do the two counts' products.
  const joint = counts.filter((c) => c.noun.endsWith(b.unit.plural) && c.noun.startsWith(first.toLowerCase().slice(0, 4)) && c.noun.length > b.unit.plural.length);
  const months = b.unit.plural === 'månader' ? [{ value: 12, note: '12 månader', affinity: 0 }] : [];
  const seconds = [...yearly(countsFor(counts, b.unit, b.prefix)), ...months];
  const firsts = yearly(countsFor(counts, a.unit, a.prefix).filter((c) => !joint.includes(c)));
  const products = firsts.flatMap((x) => seconds.map((y) => ({ value: x.value * y.value, note: `${x.note} × ${y.note}`, affinity: x.affinity + y.affinity })));
  return [...yearly(joint), ...products];
}

/**
 * A line that is only a party's name or role word ("Kommunen", "Kooperativet:"): it heads that party's lines (null
 * when the word names none of the parties); undefined for any other line.
 */
function headingParty(text: string, parties: PartyInfo[]): PartyInfo | null | undefined {
  const t = squash(text.replace(/^[\s#*-]+|[\s*:]+$/g, ''));
  if (!t || t.length > 80 || /^[-–•*]\s/.test(text.trim()) || findAmounts(t).length) return undefined;
  const named = partiesIn(t, parties);
  if (named.length === 1 && t.length <= named[0].name.length + 3) return named[0];
  if (!/^\p{Lu}\p{L}*(?:\s\p{L}+){0,2}$/u.test(t)) return undefined;
  return onePartyIn(t, parties);
}

/** The party a prose rate belongs to: the first party named (not after a preposition) before it in its statement. */
function subjectBefore(text: string, parties: PartyInfo[]): PartyInfo | null {
  const hit = partyMentions(text, parties).find((h) => !PREPOSITION.test(text.slice(0, h.index)));
  return hit?.party ?? null;
}

/** How many unit rates one economy may have: a price list longer than that is no partnership's few rates. */
const MAX_RATES = 12;

/** A price list of more unit rates than MAX_RATES: left as the other rules read it, with a warning. */
function tooMany(items: RawItem[], partyTotals: StatedAmount[]): UnitRates {
  return {
    items,
    partyTotals,
    warnings: [warning('AMBIGUOUS', 'costItems', `Ekonomin anger fler än ${MAX_RATES} belopp per enhet; de räknades inte om till år.`)],
  };
}

/** How many assignments of counts are tried at most: beyond it the rates are left out, never guessed. */
const MAX_TRIES = 20000;

export interface UnitRates {
  items: RawItem[];
  partyTotals: StatedAmount[];
  warnings: ImportWarning[];
}

/**
 * The items with the unit rates of the economy's lines made yearly, or null when the economy has no unit rates.
 * `ranges` are the economy's lines; `totals` the stated totals (one value is the total), `partyTotals` the shares.
 */
export function unitRates(doc: SourceDoc, ranges: { from: number; to: number }[], items: RawItem[], partyTotals: StatedAmount[], totals: StatedAmount[], parties: PartyInfo[]): UnitRates | null {
  const rates: Rate[] = [];
  const replaced = new Set<RawItem>();
  const replacedShares = new Set<StatedAmount>();
  let counts: Count[] | null = null;
  let weeks: number | null | undefined;
  for (const r of ranges) {
    let heading: PartyInfo | null = null;
    let rowParty: PartyInfo | null = null;
    for (let i = r.from; i < r.to; i++) {
      doc.budget?.tick();
      const line = doc.lines[i];
      if (line.blank) {
        rowParty = null;
        continue;
      }
      if (!line.cells) {
        const p = headingParty(line.text, parties);
        if (p !== undefined) {
          // A heading that names no party the import knows ("Kooperativet" with no such alias): its lines' party is unknown.
          heading = p;
          continue;
        }
      }
      for (const a of findAmounts(line.text, line.start)) {
        const after = doc.prose.slice(a.end, a.end + 80);
        // "9 500 kronor per deltagare …, det vill säga 380 000 kronor": the sentence states the product itself.
        if (RESTATED_PRODUCT.test(after.split(/[.;]\s/u)[0]) || PRODUCT_AFTER_COLON.test(after)) continue;
        const per = PER_AFTER.exec(after);
        const unit = per ? perUnit(per.slice(1).filter(Boolean)) : null;
        // "per år", "per månad": periods other rules make yearly; "per vecka under 40 veckor" too.
        if (!per || !unit || PERIOD_WORD.test(per[1]) || PERIOD_WORD.test(unit.first) || /^veck/iu.test(unit.first)) continue;
        // Another rule's reading of the price: a product it made (left as it is), or the price itself taken for a
        // yearly amount (replaced).
        const covering = items.find((it) => it.start <= a.start && a.start < it.end);
        if (covering && covering.amount !== a.value) continue;
        const stated = partyTotals.find((t) => t.start <= a.start && a.start < t.end);
        if (stated && stated.amount !== a.value) continue;
        if (covering) replaced.add(covering);
        if (stated) replacedShares.add(stated);
        let party: PartyInfo | null;
        let label: string;
        const lineFrom = statementStart(doc, i);
        const before = doc.prose.slice(Math.max(lineFrom, a.start - 300), a.start);
        if (line.cells) {
          const cell = line.cells.find((c) => c && findAmounts(c).length === 0 && !onePartyIn(c, parties)) ?? '';
          const named = line.cells.map((c) => (c && !findAmounts(c).length ? onePartyIn(c, parties) : null)).find((p) => p) ?? null;
          party = named ?? rowParty;
          rowParty = party;
          label = cell;
        } else {
          // The rate's own sentence names its payer; a sentence without one ("Upplåtelsen värderas till …") goes on
          // about the statement before it on the line, and then the heading's party.
          const own = before.slice(Math.max(0, before.search(/[^.;]*$/u)));
          const payer = subjectBefore(own, parties);
          // "Deltagarna betalar 40 kr per besök": someone who is no party pays it; no rate of the partnership.
          // "Föreningens ideella insats … 200 kronor per timme" when no förening was found among the parties: its
          // payer is named but unknown, so neither an earlier sentence nor the fit may give it to another party.
          if (!payer && (SHARE_VERB.test(own) || ROLE_WORD.test(own))) continue;
          party = payer ?? subjectBefore(before, parties) ?? heading;
          if (party === null && (!parties.some((p) => p.sector === 'civil') || !parties.some((p) => p.sector === 'public'))) continue;
          // "- Vistelseersättning: 1 650 kronor per barn och dygn": the words before the colon; a sentence has none.
          const colon = /^\s*[-–•*]?\s*([^:.]{3,80}):/u.exec(before);
          label = colon ? squash(colon[1]) : '';
        }
        counts ??= countsOf(doc.prose, doc.budget);
        if (weeks === undefined) {
          const ofWeeks = new Set(counts.filter((c) => c.noun === 'veckor' && !c.weekly).map((c) => c.value));
          weeks = ofWeeks.size === 1 ? [...ofWeeks][0] : null;
        }
        const words = `${label} ${unit.qualifier ?? ''}`;
        const sentence = before.slice(Math.max(0, before.search(/[^.;]*$/u)));
        const candidates = candidatesOf({ words }, unit.first, unit.second, counts, weeks, sentence);
        if (!candidates) continue;
        const phrase = [unit.qualifier, unit.first, ...(unit.second ? ['och', unit.second] : [])].filter(Boolean).join(' ');
        if (rates.length >= MAX_RATES) return tooMany(items, partyTotals);
        rates.push({ value: a.value, start: a.start, end: a.end, party, label: label || `Ersättning per ${phrase}`, words, phrase, candidates });
      }
    }
  }
  if (!rates.length) return null;
  const kept = items.filter((it) => !replaced.has(it));
  const shares = partyTotals.filter((t) => !replacedShares.has(t));
  const fit = fitCounts(rates, kept, shares, totals, parties);
  const names = rates.map((r) => `${formatKronor(r.value)} per ${r.phrase}`);
  if (!fit) {
    return {
      items: kept,
      partyTotals: shares,
      warnings: [
        warning(
          'AMBIGUOUS',
          'costItems',
          `Belopp per enhet (${names.slice(0, 4).join('; ')}) kunde inte räknas om till år: antalet enheter per år gick inte att läsa entydigt så att det stämmer med de angivna delarna eller totalen. De togs inte med som poster; de angivna beloppen gäller.`,
        ),
      ],
    };
  }
  const added: RawItem[] = rates.map((r, k) => ({ party: fit.parties[k], label: r.label, amount: r.value * fit.counts[k].value, computed: true, start: r.start, end: r.end }));
  const notes = rates.map((r, k) => `${formatKronor(r.value)} × ${fit.counts[k].note}`);
  const inferredParty = rates.some((r) => r.party === null);
  // A party's amount that the fit showed to be its share, not one more line ("Kommunens del 219 200 kronor").
  const subtotals = fit.subtotals.map((it) => ({ party: it.party, amount: it.amount, start: it.start, end: it.end }));
  return {
    items: [...kept.filter((it) => !fit.subtotals.includes(it)), ...added].sort((x, y) => x.start - y.start),
    partyTotals: [...shares, ...subtotals],
    warnings: [
      warning(
        'INFERRED',
        'costItems',
        `Belopp per enhet räknades om till år med antalet enheter som dokumentet anger på annat ställe (${notes.join('; ')}); summorna stämmer med de angivna delarna${inferredParty ? ', som också avgjorde vilken part en post utan angiven part hör till' : ''}.`,
      ),
    ],
  };
}

/** Where the statement of line `i` begins: a bullet or paragraph start at most two lines up (wrapped PDF text). */
function statementStart(doc: SourceDoc, i: number): number {
  let k = i;
  for (let up = 0; up < 2 && k > 0; up++) {
    const line = doc.lines[k];
    const prev = doc.lines[k - 1];
    if (/^\s*(?:[-–•*]|\d{1,2}(?:\.\d{1,2})+\.?)\s/.test(line.text) || prev.blank || prev.cells || /[.:;]\s*$/.test(prev.text) || /^\s*(?:#|\d{1,2}\.?\s)/.test(prev.text)) break;
    k--;
  }
  return doc.lines[k].start;
}

/**
 * The one choice of a count per rate (and a party for a rate without one) that makes every stated share and the
 * total come out, trying the counts nearest in words first; null when none or several do. A party with several
 * amounts and no stated share may have stated it among them (an economy in sentences: "Kommunen bidrar med 95 000
 * kronor … varav Kommunens del 219 200 kronor"): which of them is its share is part of the choice.
 */
function fitCounts(
  rates: Rate[],
  items: RawItem[],
  partyTotals: StatedAmount[],
  totals: StatedAmount[],
  parties: PartyInfo[],
): { counts: Rate['candidates']; parties: (PartyInfo | null)[]; subtotals: RawItem[] } | null {
  if (items.some((it) => it.party === null)) return null;
  const stated = new Map<PartyInfo, number>();
  for (const t of partyTotals) if (t.party && !stated.has(t.party)) stated.set(t.party, t.amount);
  const totalValues = new Set(totals.map((t) => t.amount));
  const total = totalValues.size === 1 ? [...totalValues][0] : null;
  // Each party without a stated share: none of its amounts is its share, or one of them is.
  const open = parties.filter((p) => !stated.has(p) && items.some((it) => it.party === p) && rates.some((r) => r.party === p || r.party === null));
  const subtotalChoices = open.map((p) => [null, ...items.filter((it) => it.party === p).slice(0, 6)]);
  const partyOptions = rates.map((r) => (r.party ? [r.party] : parties));
  const tiers = [
    rates.map((r) => {
      const best = Math.max(...r.candidates.map((c) => c.affinity));
      return dedupe(r.candidates.filter((c) => c.affinity === best));
    }),
    rates.map((r) => dedupe(r.candidates)),
  ];
  const choices = subtotalChoices.reduce((n, c) => n * c.length, 1);
  for (const options of tiers) {
    if (options.some((o) => !o.length)) return null;
    const size = options.reduce((n, o, k) => n * o.length * partyOptions[k].length, 1);
    if (size * choices > MAX_TRIES) continue;
    const fits: { counts: Rate['candidates']; parties: PartyInfo[]; subtotals: RawItem[] }[] = [];
    for (let c = 0; c < choices && fits.length < 2; c++) {
      let rest = c;
      const subtotals: RawItem[] = [];
      for (const list of subtotalChoices) {
        const chosen = list[rest % list.length];
        rest = Math.floor(rest / list.length);
        if (chosen) subtotals.push(chosen);
      }
      const shares = new Map(stated);
      for (const it of subtotals) shares.set(it.party as PartyInfo, it.amount);
      // A share the total and the others' shares give.
      const unstated = parties.filter((p) => !shares.has(p));
      if (total !== null && unstated.length === 1) shares.set(unstated[0], total - [...shares.values()].reduce((x, v) => x + v, 0));
      // Every rate must be checked by something: its party's share, or the total.
      if (total === null && rates.some((r) => r.party === null || !shares.has(r.party))) continue;
      const lines = items.filter((it) => !subtotals.includes(it));
      const fixed = new Map<PartyInfo, number>();
      for (const it of lines) fixed.set(it.party as PartyInfo, (fixed.get(it.party as PartyInfo) ?? 0) + it.amount);
      const fixedSum = lines.reduce((x, it) => x + it.amount, 0);
      const pick = new Array<number>(rates.length).fill(0);
      const who = new Array<number>(rates.length).fill(0);
      for (let n = 0; n < size; n++) {
        let left = n;
        for (let k = 0; k < rates.length; k++) {
          pick[k] = left % options[k].length;
          left = Math.floor(left / options[k].length);
          who[k] = left % partyOptions[k].length;
          left = Math.floor(left / partyOptions[k].length);
        }
        const sums = new Map(fixed);
        let sum = fixedSum;
        rates.forEach((r, k) => {
          const v = r.value * options[k][pick[k]].value;
          const p = partyOptions[k][who[k]];
          sums.set(p, (sums.get(p) ?? 0) + v);
          sum += v;
        });
        if (total !== null && sum !== total) continue;
        if ([...shares].some(([p, v]) => (sums.get(p) ?? 0) !== v)) continue;
        const fit = { counts: rates.map((_, k) => options[k][pick[k]]), parties: rates.map((_, k) => partyOptions[k][who[k]]), subtotals };
        // The same counts and parties with another amount taken for a share change no item's value: one fit.
        if (fits.some((f) => f.counts.every((x, k) => x.value === fit.counts[k].value) && f.parties.every((x, k) => x === fit.parties[k]))) continue;
        fits.push(fit);
        if (fits.length > 1) break;
      }
    }
    if (fits.length === 1) return fits[0];
    if (fits.length > 1) return null;
  }
  return null;
}

/** Candidates with different values, the nearest in words first. */
function dedupe(list: Rate['candidates']): Rate['candidates'] {
  const seen = new Map<number, Rate['candidates'][number]>();
  for (const c of [...list].sort((a, b) => b.affinity - a.affinity)) if (!seen.has(c.value)) seen.set(c.value, c);
  return [...seen.values()];
}
