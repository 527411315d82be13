import type { SourceDoc } from './text/source';

/**
 * What a letter of intent or a declaration calls itself: "Avsiktsförklaring", "Intentionsavtal", "Viljeinriktning",
 * "Viljeförklaring", "Samverkansavsikt", "Avsiktsdeklaration", "Gemensam förklaring", "Letter of intent".
 */
const INTENT_WORD =
  /(?<!\p{L})(?:\p{L}*avsikts\p{L}*|samverkansavsikt\p{L}*|intentions\p{L}+|vilje(?:förklaring|inriktning|yttrande)\p{L}*|\p{L}*deklaration\p{L}*|gemensam(?:ma)?\s+(?:förklaring|viljeinriktning)\p{L}*|letter\s+of\s+intent)(?!\p{L})/giu;
/** An agreement's, memo's or minutes' own words: a title with these beside the intent word is no letter of intent. */
const OTHER_KIND = /(?<!\p{L})(?:överenskommelse|avtal|tjänsteskrivelse|beslutsunderlag|förslag till beslut|protokoll|sammanställning|översikt)/iu;
/** The document binds nobody or commits no money: "inte juridiskt bindande", "inga ekonomiska åtaganden". */
const NOT_BINDING =
  /(?<!\p{L})(?:(?:inte|ej|icke)\s+(?:juridiskt\s+|rättsligt\s+|civilrättsligt\s+)?bindande|inga\s+(?:ekonomiska\s+)?(?:åtaganden|förpliktelser)|inget\s+ekonomiskt\s+åtagande)(?!\p{L})/iu;
/**
 * The document commits no money for anyone: "innehåller inga ekonomiska åtaganden", "innebär inte några ekonomiska
 * åtaganden för någon part". A qualified statement commits money after all and is none: "inga ytterligare ekonomiska
 * åtaganden", "… utöver bidraget i § 5", "… för föreningen" (one party only).
 */
const NO_ECONOMIC_COMMITMENT = /(?<!\p{L})(?:inga|inte\s+några|inget|inte\s+något)\s+ekonomisk(?:a|t)\s+(?:åtaganden|åtagande|förpliktelser)(?!\p{L})/giu;
/** What follows such a statement and limits it: a party other than all of them, or an exception ("utöver", "förutom"). */
const LIMITS_IT =
  /^\s+för\s+(?!(?:någon|ingen|parterna|båda|alla|varken)(?!\p{L}))|(?<!\p{L})(?:utöver|förutom|utom|än|undantag|utanför|bortsett)(?!\p{L})/iu;

/**
 * Whether the document says of itself (the agreement, "Den", "Överenskommelsen", "LÖK:en") that it carries no economic
 * commitments at all, with nothing that limits the statement in its clause. One pass over the matches, each looked at
 * within its own sentence only.
 * @example statesNoEconomicCommitment(buildSource('Överenskommelsen innebär inga ekonomiska åtaganden för någon part.')) // true
 */
export function statesNoEconomicCommitment(doc: SourceDoc): boolean {
  for (const m of doc.prose.matchAll(NO_ECONOMIC_COMMITMENT)) {
    const at = m.index ?? 0;
    const before = doc.prose.slice(Math.max(0, at - 200), at);
    const sentence = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n\n')) + 1);
    const clause = /^[^.;:,!?]*?(?=\s+och\s|[.;:,!?]|$)/u.exec(doc.prose.slice(at + m[0].length, at + m[0].length + 200))?.[0] ?? '';
    const ofItself = /(?:överenskommelse|LÖK|(?<!\p{L})avtal)\p{L}*|^\s*(?:den|denna|detta|det)(?!\p{L})/iu.test(sentence);
    if (ofItself && !LIMITS_IT.test(clause)) return true;
  }
  return false;
}

/** The parties mean to do later what an agreement does: "avser att (gemensamt) utreda/pröva/ingå … partnerskap". */
const INTENDS_LATER =
  /(?<!\p{L})(?:avser|har för avsikt|har som avsikt)\s+att\s+(?:[\p{L}\d]+\s+){0,4}?(?:utreda|undersöka|pröva|verka för|förbereda|ta fram|arbeta fram|ingå|teckna)(?!\p{L})[^.\n]{0,160}?(?:partnerskap|IOP|överenskommelse)/iu;

/**
 * A letter of intent or a declaration (the parties mean to investigate or enter a partnership later) is not an IOP
 * agreement: its title calls it so (a line of its own near the top, without an agreement's or memo's words), or it
 * says it binds nobody and that the parties intend to investigate or enter a partnership later — and in both cases
 * nothing in it was read as money. A real agreement that mentions the letter of intent before it ("avsiktsförklaringen
 * från 2024 följs nu av detta avtal") has an agreement's title and its amounts, so it is never refused here.
 *
 * @example intentNotAgreement(buildSource('Avsiktsförklaring om framtida samverkan\n…'), [{ annualTotal: null, contributions: [], costItems: [] }]) // true
 */
export function intentNotAgreement(
  doc: SourceDoc,
  agreements: { annualTotal: number | null; contributions: unknown[]; costItems: unknown[] }[],
): boolean {
  if (agreements.some((a) => a.annualTotal !== null || a.contributions.length > 0 || a.costItems.length > 0)) return false;
  const head = doc.text.slice(0, 1200).split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 5);
  const titled = head.some((l) => l.length <= 160 && new RegExp(INTENT_WORD.source, 'iu').test(l) && !OTHER_KIND.test(l.replace(INTENT_WORD, ' ')));
  if (titled) return true;
  return NOT_BINDING.test(doc.prose) && INTENDS_LATER.test(doc.prose);
}
