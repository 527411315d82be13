import type { SourceDoc } from './source';

/** A document that changes an agreement: "Tilläggsavtal nr 1 till överenskommelse …", "Ändringsavtal", "Ändring av överenskommelse". */
export const AMENDMENT = /(?<!\p{L})(?:tilläggsavtal|ändringsavtal|tillägg\s+(?:nr\.?\s*\d{1,2}\s+)?till\s+(?:överenskommelse|avtal)|ändring\s+(?:nr\.?\s*\d{1,2}\s+)?(?:av|i)\s+(?:överenskommelse|avtal))/iu;
/** How much of a document's start may name it an amendment (its title and heading block). */
export const AMENDMENT_HEAD = 1500;

/** The document is an amendment to an agreement: its title or heading block says so. */
export function isAmendment(doc: SourceDoc): boolean {
  return AMENDMENT.test(doc.prose.slice(0, AMENDMENT_HEAD));
}
