import { Extracted, found, missing, provenance, warning } from './field';
import { SourceDoc, findSection } from '../text/source';

/** Number words as places are written ("tolv platser"). */
const WORDS: Record<string, number> = {
  två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12, tretton: 13, fjorton: 14,
  femton: 15, sexton: 16, sjutton: 17, arton: 18, nitton: 19, tjugo: 20, tjugofem: 25, trettio: 30, fyrtio: 40, femtio: 50, sextio: 60,
};
const NUMBER = String.raw`(\d{1,4}|${Object.keys(WORDS).join('|')})(?:\s*\(\d{1,4}\))?`;
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

function value(word: string): number {
  return /^\d/.test(word) ? Number(word) : WORDS[word.toLowerCase()];
}

/** Places as stated, first in the section *Omfattning* when there is one; several different numbers are AMBIGUOUS. */
export function extractPlaces(doc: SourceDoc): Extracted<number | null> {
  const section = findSection(doc, /^omfattning/i);
  const scopes: [number, number][] = [];
  if (section) scopes.push([section.heading.end, section.to < doc.lines.length ? doc.lines[section.to].start : doc.text.length]);
  scopes.push([0, doc.text.length]);
  for (const [from, to] of scopes) {
    const region = doc.prose.slice(from, to);
    const hits = PLACES.flatMap((re) => [...region.matchAll(re)]).sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    if (!hits.length) continue;
    const values = new Set(hits.map((h) => value(h[1])));
    const first = hits[0];
    const start = from + (first.index ?? 0);
    const n = value(first[1]);
    const warnings = values.size > 1 ? [warning('AMBIGUOUS', 'places', `Flera antal platser nämns (${[...values].join(', ')}); ${n} valdes.`)] : [];
    return found(n, [provenance('places', doc.text, start, start + first[0].length)], warnings);
  }
  return missing(null, 'places', 'Dokumentet anger inget antal platser.');
}
