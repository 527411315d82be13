import type { SourceDoc } from './source';

/** A document that changes an agreement: "Tilläggsavtal nr 1 till överenskommelse …", "Ändringsavtal", "Ändring av överenskommelse". */
export const AMENDMENT = /(?<!\p{L})(?:tilläggsavtal|ändringsavtal|tillägg\s+(?:nr\.?\s*\d{1,2}\s+)?till\s+(?:överenskommelse|avtal)|ändring\s+(?:nr\.?\s*\d{1,2}\s+)?(?:av|i)\s+(?:överenskommelse|avtal))/iu;
/** How much of a document's start may name it an amendment (its title and heading block). */
export const AMENDMENT_HEAD = 1500;

/** The document is an amendment to an agreement: its title or heading block says so. */
export function isAmendment(doc: SourceDoc): boolean {
  return AMENDMENT.test(doc.prose.slice(0, AMENDMENT_HEAD));
}

/**
 * A decided period that replaces a proposed one: "Överenskommelsen gäller från och med 2028-06-01 till och med
 * 2030-05-31 (i stället för den period som föreslagits)", "med den ändringen att avtalstiden ska vara …": the
 * decision's change outranks the proposal's own period (a förening's "Vi föreslår att överenskommelsen gäller …"
 * approved with changes). What follows "i stället för" up to the bracket's or clause's end is the replaced value.
 * The same words mark a decided amount that replaces a proposed one (economy/decided.ts): "Kommunens bidrag fastställs
 * till 310 000 kr (i stället för föreslagna 340 000 kr)".
 */
export const REPLACES = /(?<!\p{L})(?:i\s+stället\s+för|istället\s+för|med\s+(?:den|de)\s+ändring(?:en|arna)\s+att|ändras\s+till|fastställs\s+till)(?!\p{L})/iu;
export const REPLACED_VALUE = /(?<!\p{L})i\s*stället\s+för(?!\p{L})[^);\n]*/giu;
