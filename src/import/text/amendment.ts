import { minutesParts } from '../economy/minutes';
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
 * A change of a figure, for amounts and places alike: "höjs från X till Y", "ändras från X till Y", "utökas från 12 till
 * 15 platser"; and the change as a noun ("en utökning av antalet platser från …").
 */
export const CHANGE_VERB = /(?<!\p{L})(?:höjs|sänks|ändras|justeras|ökas|ökar|utökas|minskas|minskar|räknas\s+om|förändras)(?!\p{L})/iu;
export const CHANGE_NOUN = /(?<!\p{L})(?:utökning|höjning|ökning|minskning|sänkning)(?!\p{L})/iu;
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

/** A proposal a decision answers: "förslag", "förslaget", "föreslagna", "föreslår", "föreslås". */
export const PROPOSAL = /(?<!\p{L})(?:förslag\p{L}*|föresl\p{L}+)(?!\p{L})/iu;
/**
 * Words of a decision that changes the proposal before it: a replacement (REPLACES: "i stället för föreslagna …",
 * "med den ändringen att …"), "med ändring av förvaltningens förslag", and "i övrigt godkänna förslaget", "beslutar
 * i övrigt enligt förslaget" (what the decision does not restate, it takes from the proposal).
 */
const CHANGES_PROPOSAL = new RegExp(
  String.raw`${REPLACES.source}|(?<!\p{L})med\s+ändring(?:ar|en|arna)?\s+(?:av|i)\s+(?:\p{L}+\s+){0,2}?förslag\p{L}*|(?<!\p{L})i\s+övrigt\s+(?:\p{L}+\s+){0,2}?(?:godkänn\p{L}*|bifall\p{L}*|anta\p{L}*|fastställ\p{L}*|enligt)(?!\p{L})`,
  'iu',
);

const changing = new WeakMap<SourceDoc, { from: number; to: number } | null>();

/**
 * The decision of minutes that changes a proposal the same document states before it (a tjänsteskrivelse's
 * "Förvaltningens förslag till beslut" and then the committee's "Beslut … med ändring av förvaltningens förslag",
 * a förening's "Förslag till överenskommelse" and the protokollsutdrag approving it "med följande ändringar"): its
 * span, or null. What the decision states of a field (places, the period, extension) outranks what the proposal
 * states; the decided amounts are economy/decided.ts's. A decision that only adopts the proposal changes nothing.
 */
export function changingDecision(doc: SourceDoc): { from: number; to: number } | null {
  if (changing.has(doc)) return changing.get(doc) ?? null;
  const decision = minutesParts(doc).find((p) => p.part === 'decision' && PROPOSAL.test(doc.prose.slice(0, p.from)) && CHANGES_PROPOSAL.test(p.text));
  const span = decision ? { from: decision.from, to: decision.to } : null;
  changing.set(doc, span);
  return span;
}

/** Whether the offset lies in the decision that changes the document's proposal. */
export function inChangingDecision(doc: SourceDoc, at: number): boolean {
  const d = changingDecision(doc);
  return d !== null && at >= d.from && at < d.to;
}

/**
 * A sentence about an earlier agreement that the document replaces or has replaced, as its subject: "Den tidigare
 * överenskommelsen avsåg perioden … och omfattade 25 platser … och en uppräkning med 3 procent per år", "Enligt det
 * förra avtalet var bidraget …", "I den föregående överenskommelsen …". What it states (places, a rate) is history,
 * not the agreement's. "Tidigare" only: an amendment's "huvudöverenskommelsen" and an "ursprungliga" agreement may
 * still hold what the amendment does not change.
 */
const EARLIER_AGREEMENT =
  /(?:^|[.!?]\s+|\n)[ \t]*(?:(?:enligt|i)\s+)?(?:den|det)\s+(?:tidigare|föregående|förra|ersatta|upphävda)\s+(?:[\p{L}-]*överenskommelsen|[\p{L}-]*avtalet|partnerskapet)(?!\p{L})/giu;
const earlier = new WeakMap<SourceDoc, { from: number; to: number }[]>();

/** The sentences of a document whose subject is an earlier, replaced agreement (EARLIER_AGREEMENT): their spans in the prose. */
export function earlierAgreementSentences(doc: SourceDoc): { from: number; to: number }[] {
  const cached = earlier.get(doc);
  if (cached) return cached;
  const spans: { from: number; to: number }[] = [];
  for (const m of doc.prose.matchAll(EARLIER_AGREEMENT)) {
    // From right after the stop before it: a sentence's own offsets may start at the space that follows the stop.
    const from = m.index + (/^[.!?]/u.test(m[0]) ? 1 : 0);
    const after = m.index + m[0].length;
    if (spans.length && from < spans[spans.length - 1].to) continue;
    const end = /[.!?](?=\s|$)|\n\s*\n/u.exec(doc.prose.slice(after, after + 1200));
    spans.push({ from, to: end ? after + end.index + 1 : Math.min(doc.prose.length, after + 1200) });
  }
  earlier.set(doc, spans);
  return spans;
}

/** Whether an offset of the prose lies in a sentence about an earlier, replaced agreement. */
export function inEarlierAgreement(doc: SourceDoc, at: number): boolean {
  return earlierAgreementSentences(doc).some((s) => at >= s.from && at < s.to);
}
