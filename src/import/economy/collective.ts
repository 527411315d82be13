import type { PartyInfo } from '../fields/parties';
import type { RawItem } from './model';
import { MUNICIPALITY_NAME, PREPOSITION, REGION_NAME } from './vocabulary';
import { partyMentions } from './cells';

/**
 * A side of the partnership named as a group: "Föreningarna bidrar tillsammans med …" (the non-profits named
 * jointly, as a document defines them: "Parterna under b)–d) benämns gemensamt Föreningarna"), "Kommunerna står för
 * …", "De idéburna parterna bidrar med …". The amount is the group's, not one party's: each party of the group
 * pays it only when the text says so ("med 50 000 kr vardera"); otherwise how it is split is not written.
 */

export interface GroupWord {
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
    // "Den offentliga finansieringen …", "Det offentliga bidraget …": the public side's amount, named by its noun.
    word: /(?<!\p{L})(?:de\s+offentliga\s+parterna|(?:samtliga|alla|båda)\s+offentliga\s+parter|(?:den|det)\s+offentliga\s+(?:finansieringen|bidraget|stödet|insatsen)|de\s+offentliga\s+(?:bidragen|insatserna))(?:s)?(?!\p{L})/iu,
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
export function groupIn(text: string, parties: PartyInfo[], defined: readonly GroupWord[] = []): PartyGroup | null {
  for (const g of [...defined, ...GROUP_WORDS]) {
    const m = g.word.exec(text);
    if (!m || PREPOSITION.test(text.slice(0, m.index))) continue;
    const members = parties.filter(g.members);
    if (members.length >= 2) return { parties: members, words: m[0] };
  }
  return null;
}

/**
 * A name the document gives some parties together, right where it lists them: "Följande idéburna organisationer,
 * nedan gemensamt kallade Konsortiet: a) … b) …", "Föreningen A … och Föreningen B …, tillsammans benämnda
 * ”Nätverket”", "… benämns nedan gemensamt Samverkansparterna". The word may be written in another case and with a
 * genitive s later ("Konsortiets insats"). "Parterna" (all of them) is no side.
 */
const DEFINED_GROUP =
  /(?<!\p{L})(?:(?:gemensamt|tillsammans)\s+(?:(?:nedan|härefter|fortsättningsvis)\s+)?(?:kallade?|kallat|kallas|benämnda?|benämnt|benämns|betecknade?|betecknas)|(?:kallas|benämns|betecknas)\s+(?:(?:nedan|härefter|fortsättningsvis)\s+)?(?:gemensamt|tillsammans))\s+[”"“']?(\p{L}{3,40})[”"“']?(?!\p{L})/giu;
/** Words no side is named by: all the parties, articles, the start of a clause. */
const NO_GROUP_NAME = /^(?:parterna|parter|part|de|den|det|dem|som|för|att|och|nedan)$/iu;
/** Words of a non-profit side and of a public side, in the words that introduce a group. */
const CIVIL_SIDE = /(?<!\p{L})(?:idéburn\p{L}*|ideell\p{L}*|förening\p{L}*|organisation\p{L}*|stiftelse\p{L}*|trossamfund\p{L}*)/iu;
const PUBLIC_SIDE = /(?<!\p{L})(?:offentlig\p{L}*|kommunerna|kommuner|regionerna|regioner|nämnderna)(?!\p{L})/iu;
/** How far before a group's name the words that introduce it are looked for (one party list's item). */
const GROUP_LEAD = 400;

/**
 * The groups a document defines by a name of its own (DEFINED_GROUP), each with its members: the parties the lead-in
 * names (two or more, of one side), else the side its words say ("idéburna organisationer", "de offentliga
 * parterna"); a name whose members cannot be told, or that mixes the sides, is no group.
 * @example definedGroups('Följande idéburna organisationer, nedan gemensamt kallade Konsortiet: …', parties) // Konsortiet: the civil parties
 */
export function definedGroups(prose: string, parties: PartyInfo[]): GroupWord[] {
  const out: GroupWord[] = [];
  for (const m of prose.matchAll(DEFINED_GROUP)) {
    const name = m[1];
    if (NO_GROUP_NAME.test(name) || out.some((g) => g.word.test(name))) continue;
    const lead = prose.slice(Math.max(0, (m.index ?? 0) - GROUP_LEAD), m.index).split(/[.;:](?:\s|$)|\n\s*\n/).pop() ?? '';
    const named = [...new Set(partyMentions(lead, parties).map((h) => h.party))];
    let members: PartyInfo[];
    if (named.length >= 2) members = named;
    else if (CIVIL_SIDE.test(lead) !== PUBLIC_SIDE.test(lead)) members = parties.filter((p) => p.sector === (CIVIL_SIDE.test(lead) ? 'civil' : 'public'));
    else if (CIVIL_SIDE.test(name) !== PUBLIC_SIDE.test(name)) members = parties.filter((p) => p.sector === (CIVIL_SIDE.test(name) ? 'civil' : 'public'));
    else continue;
    if (members.length < 2 || new Set(members.map((p) => p.sector)).size > 1) continue;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out.push({ word: new RegExp(String.raw`(?<!\p{L})${escaped}s?(?!\p{L})`, 'iu'), members: (p) => members.includes(p) });
  }
  return out;
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
