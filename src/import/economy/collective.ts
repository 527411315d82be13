import type { PartyInfo } from '../fields/parties';
import type { RawItem } from './model';
import { MUNICIPALITY_NAME, PREPOSITION, REGION_NAME } from './vocabulary';

/**
 * A side of the partnership named as a group: "Föreningarna bidrar tillsammans med …" (the non-profits named
 * jointly, as a document defines them: "Parterna under b)–d) benämns gemensamt Föreningarna"), "Kommunerna står för
 * …", "De idéburna parterna bidrar med …". The amount is the group's, not one party's: each party of the group
 * pays it only when the text says so ("med 50 000 kr vardera"); otherwise how it is split is not written.
 */

interface GroupWord {
  word: RegExp;
  /** Which parties the word takes in: all of one sector, or the municipalities or regions among the public ones. */
  members: (p: PartyInfo) => boolean;
}

const PLURAL_COUNT = String.raw`(?:(?:de\s+)?(?:två|tre|fyra|fem|sex|båda|bägge|samtliga|alla)\s+)?`;

const GROUP_WORDS: GroupWord[] = [
  {
    word: new RegExp(
      String.raw`(?<!\p{L})(?:${PLURAL_COUNT}(?:föreningarna|organisationerna|stiftelserna)|de\s+idéburna\s+(?:parterna|organisationerna|aktörerna|föreningarna)|de\s+ideella\s+(?:föreningarna|organisationerna)|(?:samtliga|alla|båda)\s+idéburna\s+parter)(?:s)?(?!\p{L})`,
      'iu',
    ),
    members: (p) => p.sector === 'civil',
  },
  { word: new RegExp(String.raw`(?<!\p{L})${PLURAL_COUNT}kommunerna(?:s)?(?!\p{L})`, 'iu'), members: (p) => p.sector === 'public' && MUNICIPALITY_NAME.test(p.name) },
  { word: new RegExp(String.raw`(?<!\p{L})${PLURAL_COUNT}regionerna(?:s)?(?!\p{L})`, 'iu'), members: (p) => p.sector === 'public' && REGION_NAME.test(p.name) },
  {
    word: /(?<!\p{L})(?:de\s+offentliga\s+parterna|(?:samtliga|alla|båda)\s+offentliga\s+parter)(?:s)?(?!\p{L})/iu,
    members: (p) => p.sector === 'public',
  },
];

export interface PartyGroup {
  parties: PartyInfo[];
  /** The words that named the group, as written. */
  words: string;
}

/**
 * The group of parties a text names as its subject (not after a preposition: "till Föreningarna" is paid, not
 * paying), when the word takes in two or more of the parties; null otherwise. The text is a clause's head, at most a
 * sentence, so the search is bounded by it.
 * @example groupIn('Föreningarna bidrar tillsammans med', [kommunen, pro, spf]) // { parties: [pro, spf], words: 'Föreningarna' }
 */
export function groupIn(text: string, parties: PartyInfo[]): PartyGroup | null {
  for (const g of GROUP_WORDS) {
    const m = g.word.exec(text);
    if (!m || PREPOSITION.test(text.slice(0, m.index))) continue;
    const members = parties.filter(g.members);
    if (members.length >= 2) return { parties: members, words: m[0] };
  }
  return null;
}

/** "med 50 000 kr vardera", "… var för sig", "per förening": each party of the group pays the amount. */
export const EACH_AFTER = /^[^.;]{0,40}?(?<!\p{L})(?:vardera|var\s+för\s+sig|per\s+(?:förening|organisation|kommun|region|part)|för\s+var\s+och\s+en)(?!\p{L})/iu;

/**
 * The group's amount is the sum of its members' own items, every member having some ("… och de idéburna parternas till
 * 603 000 kronor" under a table whose civil rows add up to 603 000): a subtotal of the side that restates them, never
 * one member's share.
 * @example sumsGroupItems({ parties: [a, b], words: 'de idéburna parterna' }, 603000, [{ party: a, amount: 519000 }, { party: b, amount: 84000 }]) // true
 */
export function sumsGroupItems(group: PartyGroup, amount: number, items: readonly Pick<RawItem, 'party' | 'amount'>[]): boolean {
  const own = items.filter((it) => it.party !== null && group.parties.includes(it.party));
  return group.parties.every((p) => own.some((it) => it.party === p)) && own.reduce((s, it) => s + it.amount, 0) === amount;
}
