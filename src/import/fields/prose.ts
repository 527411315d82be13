import { Extracted, found, missing, provenance, warning } from './field';
import { SourceDoc, findSection, sectionParagraphs, sentences } from '../text/source';

/** The first paragraph of a section ("Syfte", "Målgrupp"), else the first sentence that states it. */
function firstParagraphOr(doc: SourceDoc, field: string, section: RegExp, sentence: RegExp, what: string): Extracted<string | null> {
  const s = findSection(doc, section);
  if (s) {
    const p = sectionParagraphs(doc, s)[0];
    if (p && p.start < (s.to < doc.lines.length ? doc.lines[s.to].start : Infinity)) {
      return found(p.text, [provenance(field, doc.text, p.start, p.end)]);
    }
  }
  const hit = sentences(doc).find((x) => sentence.test(x.text));
  if (hit) return found(hit.text, [provenance(field, doc.text, hit.start, hit.end)]);
  return missing(null, field, `Dokumentet anger ingen ${what}.`);
}

export function extractPurpose(doc: SourceDoc): Extracted<string | null> {
  return firstParagraphOr(
    doc,
    'purpose',
    /^syfte/i,
    /^(partnerskapet|överenskommelsen|insatsen|verksamheten|samverkan|iop:?n?)\s+(syftar|har som syfte)|^syftet\s+(med\s+\p{L}+\s+)?är/iu,
    'syftesbeskrivning',
  );
}

export function extractTargetGroup(doc: SourceDoc): Extracted<string | null> {
  return firstParagraphOr(doc, 'targetGroup', /^målgrupp/i, /^målgrupp(en|erna)?\s+(är|utgörs|består|omfattar)/i, 'målgrupp');
}

const PLACES = /(?<![\d,.])(\d{1,4})\s+(?:hel(?:tids|års)?platser|årsplatser|deltagarplatser|platser)\b/giu;

/** Places as stated ("70 platser", "40 helårsplatser"); participants ("40 - 80 personer") are not places. */
export function extractPlaces(doc: SourceDoc): Extracted<number | null> {
  const section = findSection(doc, /^omfattning/i);
  const scopes: [number, number][] = [];
  if (section) scopes.push([section.heading.end, section.to < doc.lines.length ? doc.lines[section.to].start : doc.text.length]);
  scopes.push([0, doc.text.length]);
  for (const [from, to] of scopes) {
    const hits = [...doc.prose.slice(from, to).matchAll(PLACES)];
    if (!hits.length) continue;
    const values = new Set(hits.map((h) => Number(h[1])));
    const first = hits[0];
    const start = from + first.index;
    const warnings = values.size > 1 ? [warning('AMBIGUOUS', 'places', `Flera antal platser nämns (${[...values].join(', ')}); ${first[1]} valdes.`)] : [];
    return found(Number(first[1]), [provenance('places', doc.text, start, start + first[0].length)], warnings);
  }
  return missing(null, 'places', 'Dokumentet anger inget antal platser.');
}
