import { Extracted, found, missing, provenance } from './field';
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
