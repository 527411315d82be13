import { Extracted, found, missing, provenance, warning } from './field';
import { SourceDoc, findSection } from '../text/source';
import { CHANGE_NOUN, CHANGE_VERB, changingDecision, inEarlierAgreement } from '../text/amendment';

/** Number words as places are written ("tolv platser"). */
const WORDS: Record<string, number> = {
  två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12, tretton: 13, fjorton: 14,
  femton: 15, sexton: 16, sjutton: 17, arton: 18, nitton: 19, tjugo: 20, tjugofem: 25, trettio: 30, fyrtio: 40, femtio: 50, sextio: 60,
};
// Longest words first, so that "sexton" is not read as "sex" where no word boundary follows.
const NUMBER = String.raw`(\d{1,4}|${Object.keys(WORDS).sort((a, b) => b.length - a.length).join('|')})(?:\s*\(\d{1,4}\))?`;
/** People a place is for ("plats för 20 unga åt gången", "60 deltagare i taget"). */
const PEOPLE = String.raw`(?:familjer|personer|deltagare|barn|elever|ungdomar|unga|vuxna|kvinnor|män|hushåll|äldre|patienter|gäster|boende)`;

/**
 * An explicit number of places: "70 platser", "40 helårsplatser", "60 elevplatser", "25 sängplatser", "tolv platser",
 * "plats för 15 familjer", "ta emot 30 deltagare samtidigt", "60 deltagare i taget", "fyra (4) platser". Visits, reach or participants per week are not places.
 */
const PLACES = [
  new RegExp(String.raw`(?<![\d,.\p{L}-])${NUMBER} +(?:\p{L}{0,24}platser)(?!\p{L})`, 'giu'),
  new RegExp(String.raw`(?<!\p{L})plats +för +${NUMBER} +${PEOPLE}(?!\p{L})`, 'giu'),
  new RegExp(String.raw`(?<![\d,.\p{L}-])${NUMBER} +(?:${PEOPLE}|platser)\s+(?:samtidigt|i taget|åt gången)(?!\p{L})`, 'giu'),
];

/** The label of a form's field for places: "Antal platser", "Antal elevplatser", "Antal platser (om tillämpligt)". */
const FIELD_LABEL = String.raw`(?<!\p{L})antal[ \t]+\p{L}{0,24}platser`;
/**
 * A form's field for places with a bare number as its value, read on the text's lines: the value in the next cell
 * or after the colon ("Antal platser:   36", "Antal platser<tab>36", "Antal platser (om tillämpligt)<tab>36 st"); on the
 * next line under a label alone on its line ("Antal platser" / "36"); or, as a PDF gives a label cell of two lines
 * centred on its one-line value, between the lines of the label ("Antal platser (om" / "36" / "tillämpligt)").
 */
const FIELD_PLACES = [
  new RegExp(String.raw`^[ \t]*${FIELD_LABEL}(?:[ \t]*\([^()\n]{0,40}\))?[ \t]*:?[ \t]+(\d{1,4})(?:[ \t]+st\.?)?[ \t]*$`, 'gimu'),
  new RegExp(String.raw`^[ \t]*${FIELD_LABEL}(?:[ \t]*\([^()\n]{0,40}\))?[ \t]*:?[ \t]*\n(?:[ \t]*\n)?[ \t]*(\d{1,4})(?:[ \t]+st\.?)?[ \t]*$`, 'gimu'),
  new RegExp(String.raw`^[ \t]*${FIELD_LABEL}[ \t]*\([^()\n]{0,40}\n[ \t]*(\d{1,4})[ \t]*\n[^()\n]{0,40}\)[ \t]*$`, 'gimu'),
];

/** The numbers of places a form's fields state, each with its field's offsets. */
function fieldPlaces(doc: SourceDoc): Hit[] {
  return FIELD_PLACES.flatMap((re) => [...doc.text.matchAll(re)].map((m) => ({ n: Number(m[1]), index: m.index, length: m[0].length })))
    .filter((h) => h.n > 0)
    .sort((a, b) => a.index - b.index);
}

function value(word: string): number {
  return /^\d/.test(word) ? Number(word) : WORDS[word.toLowerCase()];
}

/**
 * A change of the number of places, before → after: "utökas antalet platser från 12 till 18", "antalet
 * arbetsträningsplatser höjs från tolv till arton", "minskas från 20 platser till 16 platser". Not an age or a span
 * ("för barn från 6 till 12 år"): the words before must name places and a change, and no unit but places may follow.
 */
const CHANGE = new RegExp(
  String.raw`(?<!\p{L})från\s+${NUMBER}(?:\s+\p{L}{0,24}platser)?\s+till\s+${NUMBER}(?:\s+\p{L}{0,24}platser)?(?!\d|[,.]\d|\s*(?:%|\p{L}*år(?!\p{L})|\p{L}*(?:timm|procent|kr|krono|dag|veck|månad)))`,
  'giu',
);
const PLACES_WORD = /platse[rn]/iu;
/** "varav 6 platser" (a part of the whole), "tidigare 12 platser" (the old number): no number of places of the agreement. */
const PART_OR_OLD = /(?<!\p{L})(?:varav|tidigare|förut|hittills|i\s+stället\s+för)\s+(?:\p{L}+\s+)?$/iu;

interface Hit {
  n: number;
  index: number;
  length: number;
}

/** The new numbers of changes in a stretch of prose, each spanning its whole "från X till Y". */
function changes(region: string): Hit[] {
  const out: Hit[] = [];
  for (const m of region.matchAll(CHANGE)) {
    // The clause before "från", up to its sentence's start: it must name places (or they follow) and a change.
    const clause = region.slice(Math.max(0, m.index - 80), m.index).split(/[.;:!?]\s/).pop() ?? '';
    if (!(CHANGE_VERB.test(clause) || CHANGE_NOUN.test(clause)) || !(PLACES_WORD.test(clause) || PLACES_WORD.test(m[0]))) continue;
    out.push({ n: value(m[2]), index: m.index, length: m[0].length });
  }
  return out;
}

/**
 * "… men partnerskapet har inga egna platser", "verksamheten saknar platser": the text says the partnership has no
 * places, so a number of places in the same sentence ("Avdelningen har 18 vårdplatser, men …") is something else's.
 */
const NO_PLACES = /(?<!\p{L})(?:har\s+inga|saknar|inte\s+några|utan)\s+(?:egna\s+)?\p{L}{0,24}platser(?!\p{L})/iu;
/** How far a sentence around a number of places is looked at, each way. */
const SENTENCE_REACH = 200;
/**
 * Where the places are, right after "N platser": "längs kusten", "runt om i kommunen", "i hela länet", "spridda över
 * …" — locations (a festival at twelve sites), not places for participants.
 */
const LOCATIONS = /^\s+(?:längs|utmed|runt\s*om|kring|spridda|över\s+hela|i\s+(?:hela\s+)?(?:kommunen|regionen|länet|staden|landet|skärgården|kommunens|regionens|länets))(?!\p{L})/iu;

/** The sentence around an offset of a stretch of prose, at most SENTENCE_REACH characters each way. */
function sentenceAround(region: string, at: number): string {
  const before = region.slice(Math.max(0, at - SENTENCE_REACH), at);
  const after = region.slice(at, at + SENTENCE_REACH);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1;
  const end = after.search(/[.!?](?:\s|$)|\n/);
  return before.slice(start) + (end < 0 ? after : after.slice(0, end));
}

/** The numbers of places a stretch of prose states (changes and statements, in order), and its parts or old numbers. */
function hitsIn(region: string, denied: string[] = []): { hits: Hit[]; parts: string[] } {
  const changed = changes(region);
  const inChange = (i: number) => changed.some((c) => i >= c.index && i < c.index + c.length);
  const stated: Hit[] = [];
  const parts: string[] = [];
  for (const m of PLACES.flatMap((re) => [...region.matchAll(re)])) {
    if (inChange(m.index)) continue;
    if (NO_PLACES.test(sentenceAround(region, m.index))) {
      denied.push(m[0]);
      continue;
    }
    // "på 12 platser längs kusten": places as locations, not room for anyone.
    if (/(?<!\p{L})platser$/iu.test(m[0]) && LOCATIONS.test(region.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    if (PART_OR_OLD.test(region.slice(Math.max(0, m.index - 40), m.index))) {
      parts.push(m[0]);
      continue;
    }
    stated.push({ n: value(m[1]), index: m.index, length: m[0].length });
  }
  return { hits: [...changed, ...stated].sort((a, b) => a.index - b.index), parts };
}

/**
 * The one number of places a short text states ("12 helårsplatser", "upp till 8 platser", "tolv platser"), or null
 * when it states none or several (an overview's cell: "40 sommarjobb för 16–19-åringar" states none).
 */
export function placesStated(text: string): number | null {
  const values = new Set(hitsIn(text).hits.map((h) => h.n));
  return values.size === 1 ? [...values][0] : null;
}

/**
 * Places as stated, first in the section *Omfattning* when there is one; several different numbers are AMBIGUOUS.
 * A change "från 12 till 18" gives the new number; a part ("varav 6 platser") or an old number ("tidigare 12 platser")
 * is not the agreement's number of places, nor is a number in a sentence about an earlier agreement this one
 * replaces (text/amendment.ts earlierAgreementSentences). A decision that changes the proposal before it states the number first
 * (text/amendment.ts changingDecision): its number outranks the proposal's.
 */
export function extractPlaces(doc: SourceDoc): Extracted<number | null> {
  const section = findSection(doc, /^omfattning/i);
  const scopes: [number, number][] = [];
  // A decision that changes the proposal before it: its number ("utökas till 18 platser i stället för 15") first.
  const decision = changingDecision(doc);
  if (decision) scopes.push([decision.from, decision.to]);
  if (section) scopes.push([section.heading.end, section.to < doc.lines.length ? doc.lines[section.to].start : doc.text.length]);
  scopes.push([0, doc.text.length]);
  let parts: string[] = [];
  const denied: string[] = [];
  for (const [from, to] of scopes) {
    const read = hitsIn(doc.prose.slice(from, to), denied);
    // A sentence about an earlier agreement this one replaces ("Den tidigare överenskommelsen omfattade 25 platser"): history.
    const hits = read.hits.filter((h) => !inEarlierAgreement(doc, from + h.index));
    parts = parts.concat(read.parts);
    if (!hits.length) continue;
    const values = new Set(hits.map((h) => h.n));
    const first = hits[0];
    const start = from + first.index;
    const warnings = values.size > 1 ? [warning('AMBIGUOUS', 'places', `Flera antal platser nämns (${[...values].join(', ')}); ${first.n} valdes.`)] : [];
    if (decision && from === decision.from && to === decision.to) {
      const others = new Set(hitsIn(doc.prose).hits.map((h) => h.n).filter((n) => !values.has(n)));
      if (others.size) warnings.push(warning('INFERRED', 'places', `Beslutet anger ${first.n} platser; förslagets ${[...others].join(', ')} gäller inte.`));
    }
    return found(first.n, [provenance('places', doc.text, start, start + first.length)], warnings);
  }
  // A form states the number in its field, with no word "platser" after it.
  const fields = fieldPlaces(doc);
  if (fields.length) {
    const first = fields[0];
    const values = new Set(fields.map((h) => h.n));
    const warnings = values.size > 1 ? [warning('AMBIGUOUS', 'places', `Flera antal platser nämns (${[...values].join(', ')}); ${first.n} valdes.`)] : [];
    return found(first.n, [provenance('places', doc.text, first.index, first.index + first.length)], warnings);
  }
  if (denied.length) {
    return missing(null, 'places', `Dokumentet säger att partnerskapet inte har några egna platser; ${[...new Set(denied)].join(', ')} gäller något annat.`);
  }
  parts = [...new Set(parts)];
  if (parts.length) return missing(null, 'places', `Dokumentet anger bara en del av platserna eller ett tidigare antal (${parts.join(', ')}), inte hela antalet.`);
  return missing(null, 'places', 'Dokumentet anger inget antal platser.');
}
