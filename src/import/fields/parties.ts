import { parseOrgNumber } from '../../domain/orgNumber';
import type { Sector } from '../../domain/agreement';
import type { ImportWarning, Provenance } from '../result';
import { provenance, warning } from './field';
import { BROKEN_WORD, fromCapitals, squash } from '../text/normalize';
import { SourceDoc, lineIndexAt } from '../text/source';
import { buildOutline } from '../text/outline';
import { CONSORTIUM_ROLE, roleLabel, roleOf, withoutRoles } from './partyRoles';

export interface PartyInfo {
  name: string;
  orgNumber: string | null;
  sector: Sector;
  unit: string | null;
  /** Other ways the document names the party ("LK", "Stadsmissionen", "IKF", "kommunen"). */
  aliases: string[];
  /**
   * Parts of a non-profit's own name that no other party shares ("Frälsningsarmén" for "Frälsningsarmén
   * Västerås kår"). Matched only as written, capitalised, so that a common noun in running text is no name.
   */
  shortNames?: string[];
}

export interface PartiesResult {
  parties: PartyInfo[];
  provenance: Provenance[];
  warnings: ImportWarning[];
}

const ORG = /(?<!\d)(\d{6})\s?[-–]?\s?(\d{4})(?!\d)/g;
/** ORG without the global flag's state: whether a text holds an org number. */
const HAS_ORG = new RegExp(ORG.source);
const PUBLIC_NAME = /\b(kommun|region|landsting|staten|stad|kommunalförbund(?:et)?|samordningsförbund(?:et)?)\b|^region\s|nämnd(en)?$|förvaltning(en)?$|myndighet(en)?$/i;
/**
 * "socialnämnden", also compound names: "barn- och ungdomsnämnden", "kultur-, idrotts- och fritidsnämnden".
 * Matches start only at a word's start and words are bounded, so a 250 000-letter word costs one pass, not n².
 */
const COMMITTEE = /(?<!\p{L})(?:(?:\p{L}{1,40}-,?\s+){1,4}och\s+)?\p{L}{0,40}nämnd(?:en|ens)?(?!\p{L})/giu;

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
}

/** "arbetsmarknadsnämndens" → "Arbetsmarknadsnämnden". */
export function committeeName(word: string): string {
  return capitalize(squash(word).toLowerCase().replace(/nämnd(ens|en)?$/, 'nämnden'));
}

/** A list marker before a party's name: "1. ", "1.1 ", "a) ", "(b) ", "ii) ". */
const LIST_MARKER = /^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|\(?[a-h]\)|\(?[ivx]{1,4}\))\s+(?=\p{Lu})/u;

function normalizeName(name: string): string {
  return squash(name)
    .replace(/^(?:[-–•*]\s*)+/, '')
    // A numbered or lettered list of parties: "1. Uppsala kommun", "1.1 Jönköpings kommun", "a) Trelleborgs kommun".
    .replace(LIST_MARKER, '')
    .replace(/\b(\p{L}+s)\s+Kommun\b/u, '$1 kommun')
    // "1. Östersunds kommun (212000-…)": the parenthesis that holds the number is no part of the name.
    .replace(/[\s,;:(]+$/, '')
    // A name a narrow PDF column hyphenated at a line's end ("Föreningen Grannsam- verkan"), not "Kultur- och …".
    .replace(BROKEN_WORD, '$1$2');
}

/**
 * The sector an org number's first digits give: 2… is a public body (202 state, 212 kommun, 222 kommunalförbund,
 * 232 region), except 252…, which Svenska kyrkan's parishes and registered trossamfund carry: civil society.
 * @example sectorOfNumber('212000-0449') // 'public'
 * @example sectorOfNumber('252004-7362') // 'civil'
 */
export function sectorOfNumber(orgNumber: string): Sector {
  return orgNumber.startsWith('2') && !orgNumber.startsWith('25') ? 'public' : 'civil';
}

export function sectorOf(name: string, orgNumber: string | null): Sector {
  if (PUBLIC_NAME.test(name)) return 'public';
  if (orgNumber && sectorOfNumber(orgNumber) === 'public') return 'public';
  return 'civil';
}

const NOT_A_PLACE = /^(denna|den|varje|vår|hela|samma|annan|egen|respektive|berörd|aktuell|ansvarig|en|ett|i|för|från|till|och|av|med|inom|utanför|mellan|hos)$/i;

/** The municipality or region the document is about: its most frequent "X kommun" / "Region X". */
export function municipalityOf(doc: SourceDoc): string | null {
  const counts = new Map<string, number>();
  // "Linköpings kommun", also names without a genitive s ("Motala kommun", "Ale kommun").
  for (const m of doc.prose.matchAll(/(?<!\p{L})(\p{Lu}\p{Ll}+)\s+(?:[Kk]ommuns?|([Ss]tad)s?)(?!\p{L})|\b(Region\s+\p{Lu}\p{Ll}+)/gu)) {
    if (m[1] && NOT_A_PLACE.test(m[1])) continue;
    const name = m[1] ? `${m[1]} ${m[2] ? 'stad' : 'kommun'}` : m[3];
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = name;
  return best;
}

/** "Nämnden för arbete och välfärd": a committee named by its field rather than by a compound word. */
const COMMITTEE_FOR = /(?<!\p{L})Nämnden för \p{Ll}+(?:,? \p{Ll}+){0,2}?(?: och \p{Ll}+)?(?!\p{L})/gu;

/** The committee a decision memo is addressed to, e.g. "Förslag till arbetsmarknadsnämndens beslut". */
export function committeeOf(doc: SourceDoc, abbreviation?: string): string | null {
  const counts = new Map<string, number>();
  for (const m of doc.prose.matchAll(COMMITTEE)) {
    const name = committeeName(m[0]);
    if (name === 'Nämnden') continue;
    if (abbreviation && initials(name) !== abbreviation.toUpperCase()) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  if (!abbreviation) for (const m of doc.prose.matchAll(COMMITTEE_FOR)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = name;
  return best;
}

/**
 * "Arbetsmarknadsnämnden" → "AN", "Barn- och ungdomsnämnden" → "BUN", "Kultur- och fritidsnämnden" → "KFN",
 * "Regionala utvecklingsnämnden" → "RUN": the first letter of each part or word of the name and the N of nämnden, as
 * committees abbreviate themselves.
 */
export function initials(committee: string): string {
  const parts = committee.split(/-?,?\s+(?:(?:och|samt)\s+)?/).filter(Boolean);
  return `${parts.map((p) => p.charAt(0)).join('')}N`.toUpperCase();
}

/** Words that introduce the short name a document will use: "(nedan kallad Staden)", "(fortsättningsvis LK)". */
const ALIAS_CUE = String.raw`fortsättningsvis|nedan(?:\s+(?:kallad|kallat|kallade|benämnd|benämnt|benämns|kallas))?|härefter(?:\s+kallad)?|i det följande`;
/**
 * An alias in parentheses right after a party's org number: "212000-2080 (nedan kallad Staden)", "(”Staden”)", "(LK)",
 * and one word in its definite form closing the party's line or clause ("org.nr 212000-0373 (nämnden)" before the next
 * party's name): that parenthesis is this party's short name, never the start of the next party's. So is a quoted word
 * after a dash closing the line ("212000-7964) – ”kommunen”.", "(222000-9738) – ”förbundet”").
 */
const ALIAS_AFTER = new RegExp(
  String.raw`^\)?\s*,?\s*(?:\((?:(?:${ALIAS_CUE})\s+[”"“]?([^)”"“]{1,30}?)[”"“]?|[”"“]([^)”"“]{1,30})[”"“]|(\p{Lu}{2,6}))\s*\)|(?:${ALIAS_CUE})\s+[”"“]?(\p{Lu}[\p{L}-]{1,30})[”"“]?(?=[\s,.;])|\(\s*(\p{L}{3,25}(?:en|et|na))\s*\)(?:[ \t]*[,;.]?(?=\s*(?:$|\p{Lu}|(?:och|samt)\s))|(?=[ \t]*,))|[ \t]*[–—-][ \t]*[”"“](\p{L}[\p{L} -]{1,28}?)[”"“])`,
  'u',
);

/** Capitalised words of organisation kinds that name no organisation by themselves. */
const GENERIC_WORDS = new Set(['föreningen', 'förening', 'stiftelsen', 'stiftelse', 'organisationen', 'förbundet', 'riksförbundet', 'ideella', 'ideell', 'svenska', 'sverige', 'kommun', 'region', 'stad']);

/** A public body's own noun that opens its name: "Samordningsförbundet i Jämtlands län", "Räddningstjänsten Syd". */
const PUBLIC_BODY_NOUN = /^(\p{Lu}\p{Ll}{6,}(?:et|en))\s+\S/u;

/**
 * Short names of a non-profit: its first word, or any capitalised word of its name, that no other party's name
 * holds and that is no organisation kind ("Föreningen") or place genitive ("Östergötlands"). A public party other
 * than a municipality or region is short-named by the noun that opens its name ("Samordningsförbundet").
 */
function shortNamesOf(party: PartyInfo, parties: PartyInfo[]): string[] {
  const words = party.name.split(/\s+/);
  if (words.length < 2 || party.name.length > MAX_NAME_IN_PATTERN) return [];
  const others = parties.filter((p) => p !== party).map((p) => p.name.toLowerCase());
  if (party.sector !== 'civil') {
    const noun = PUBLIC_BODY_NOUN.exec(party.name)?.[1];
    const own = noun && !/^(?:kommun|region|stad|nämnd)/i.test(noun) && !others.some((o) => o.includes(noun.toLowerCase()));
    return own ? [noun] : [];
  }
  // "Röda Korsets krets Gävle" is "Röda Korset", "Svenska Kyrkans församling i X" is "Svenska Kyrkan".
  const genitive = /^(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}{2,})s$/u.exec(words.slice(0, 2).join(' '));
  const prefix = genitive && words.length > 2 ? [genitive[1]] : [];
  // "IK Hornavan" is "IK" in its own budget lines ("IK ledare 1 100 tim à 190 kr"): an initialism that opens the name.
  const initialism = /^\p{Lu}{2,5}$/u.test(words[0]) && !NO_INITIALISM.has(words[0]) && !others.some((o) => new RegExp(`(?<!\\p{L})${escapeRe(words[0].toLowerCase())}(?!\\p{L})`, 'u').test(o)) ? [words[0]] : [];
  return initialism.concat(prefix.concat(words).filter(
    (w) =>
      /^(?:\p{Lu}\p{Ll}{4,}|\p{Lu}\p{Ll}{2,} \p{Lu}\p{Ll}+)$/u.test(w) &&
      !GENERIC_WORDS.has(w.toLowerCase()) &&
      !/s$/.test(w) &&
      !others.some((o) => new RegExp(`(?<!\\p{L})${escapeRe(w.toLowerCase())}`, 'u').test(o)),
  ));
}

/** Capitals that open a name without naming the organisation: a company form, a document's or an office's abbreviation. */
const NO_INITIALISM = new Set(['AB', 'HB', 'KB', 'IOP', 'SDF', 'SDN', 'ASF', 'ASN']);

/**
 * Names are put into regular expressions; a "name" of 66 000 letters (a fuzzed document) makes one too large to
 * compile. No party's name is that long, so such names are never searched for.
 */
const MAX_NAME_IN_PATTERN = 300;

/** A text as a literal in a regular expression. */
export function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A unit of money in parentheses after a name ("Kommunen (tkr)"): no alias. */
const MONEY_UNIT = /^(?:kr|kronor|sek|tkr|ksek|tsek|mnkr|mkr|msek)$/iu;

/** Kinds of non-profit that end a compound word of its name, and the definite form the running text calls it by. */
const KIND_DEFINITE: readonly (readonly [string, string])[] = [
  ['församling', 'församlingen'],
  ['kooperativ', 'kooperativet'],
  ['förening', 'föreningen'],
  ['stiftelse', 'stiftelsen'],
  ['förbund', 'förbundet'],
  ['gille', 'gillet'],
  ['klubb', 'klubben'],
];

/** Aliases the document defines: "X (fortsättningsvis LK)", "X, IKF,", "X (nedan kallad Föreningen)". */
function aliasesOf(doc: SourceDoc, party: PartyInfo, onlyCivil: boolean, parties: PartyInfo[] = []): string[] {
  const out = new Set<string>();
  if (party.name.length > MAX_NAME_IN_PATTERN) return [];
  const words = party.name.split(' ').slice(0, 2).map(escapeRe).join('\\s+');
  const re = new RegExp(`${words}[^.()\\n]{0,60}?[,(]\\s*(?:${ALIAS_CUE})?\\s*[”"“]?(\\p{Lu}{2,6}|\\p{Lu}\\p{Ll}+(?:en|n|et))[”"“]?\\s*[,)]`, 'giu');
  // "Linköpings kommun och Internationella kvinnoföreningen, IKF,": an alias after another party's name is that party's.
  const otherStarts = parties.filter((p) => p !== party).map((p) => (p.name.split(' ')[0] ?? '').toLowerCase()).filter((w) => w.length >= 4);
  // "Föreningen X (org.nr 802…), Brinkvägen 22, 415 60 Ort, nedan Grannföreningen.": after the party's number and
  // address on its line, a cue word ("nedan", "fortsättningsvis") and the alias, which may end the sentence.
  const cued = new RegExp(`${words}[^\\n]{0,120}?,\\s*(?:${ALIAS_CUE})\\s+[”"“]?(\\p{Lu}{2,6}|\\p{Lu}\\p{Ll}+(?:en|n|et))[”"“]?\\s*(?:[,;)]|\\.(?!\\p{L}))`, 'giu');
  for (const m of [...doc.prose.matchAll(re), ...doc.prose.matchAll(cued)]) {
    const gap = m[0].toLowerCase().split(/\s+/).slice(2);
    // "Föreningen X (kr)" heading a column of kronor: a unit is no alias.
    if (!otherStarts.some((w) => gap.some((g) => g.startsWith(w))) && !MONEY_UNIT.test(m[1])) out.add(m[1]);
  }
  for (const alias of aliasColumn(doc, party)) out.add(alias);
  const last = party.name.split(' ').pop() ?? '';
  if (party.sector === 'civil' && /(mission|förening|förbund|kyrka|församling|stiftelse|rörelse|klubb|kår|lag|sällskap|gille|skola)$/i.test(last)) {
    // "Lillmyra byalag" is "byalaget", "X sällskap" "sällskapet" (neuter); "X kyrka" is "kyrkan", "X klubb" "klubben",
    // "Föreningen Roslagens Seglarskola" "Seglarskolan".
    out.add(/(?:lag|sällskap)$/i.test(last) ? `${last}et` : /[aeiouyåäö]$/i.test(last) ? `${last}${/gille$/i.test(last) ? 't' : 'n'}` : `${last}en`);
  }
  // "Kumla Cykelkooperativ ekonomisk förening" is "Kooperativet", "X Missionsförsamling" is "Församlingen": the kind a
  // word of the name ends in, in its definite form, names the only non-profit among the parties.
  if (party.sector === 'civil' && onlyCivil) {
    for (const word of party.name.toLowerCase().split(/\s+/)) {
      const kind = KIND_DEFINITE.find(([k]) => word.endsWith(k) && word !== k);
      if (kind) out.add(kind[1]);
    }
  }
  // "Fixarföreningen i Motala" is "Fixarföreningen" in the running text.
  const place = /^(\p{Lu}[\p{L}-]{3,}(?:\s+\p{Lu}[\p{L}-]+)?)\s+i\s+\p{Lu}/u.exec(party.name);
  if (party.sector === 'civil' && place) out.add(place[1]);
  if (party.sector === 'civil' && onlyCivil) for (const generic of ['föreningen', 'lokalföreningen', 'organisationen', 'stiftelsen']) out.add(generic);
  // A committee names its own party: "Socialnämndens kostnad", "Summa socialnämnden".
  if (party.unit) out.add(party.unit);
  // "Socialnämnden Nordost" is "Socialnämnden" in its own tables, when no other party has a committee of that name.
  const bare = party.unit ? /^(\p{L}+nämnden)\s+\p{Lu}\p{L}*$/u.exec(party.unit)?.[1] : undefined;
  if (bare && !parties.some((p) => p !== party && p.unit && p.unit.toLowerCase().startsWith(bare.toLowerCase()))) out.add(bare);
  if (party.sector === 'public' && /kommun$/.test(party.name)) out.add('kommunen');
  if (party.sector === 'public' && /^Region/.test(party.name)) out.add('regionen');
  // "Förbundets bidrag": a kommunalförbund or samordningsförbund names itself by its kind.
  const joint = party.sector === 'public' ? /(kommunalförbund|samordningsförbund)$/i.exec(party.name) : null;
  if (joint) out.add('förbundet').add(`${joint[1].toLowerCase()}et`);
  return [...out];
}

/** The header of a parties table's column of aliases: "Benämns", "Nedan kallad", "Kortnamn", "Kallas". */
const ALIAS_HEADER = /^(?:benämns|benämning\s+nedan|(?:nedan\s+)?kallad|kallas|nedan|kortnamn|förkortning|alias)$/iu;

/**
 * A party's alias from a parties table with a column of them ("Part | Org.nr | Benämns" / "X kommun | … | Nämnden"):
 * the cell in that column of the row that names the party, when it is one or two words with a capital first.
 */
function aliasColumn(doc: SourceDoc, party: PartyInfo): string[] {
  const out: string[] = [];
  let column = -1;
  for (const line of doc.lines) {
    // A blank line (a Markdown table's separator row) does not end the table; prose does.
    if (!line.cells) {
      if (!line.blank) column = -1;
      continue;
    }
    const header = line.cells.findIndex((c) => ALIAS_HEADER.test(squash(c).replace(/[*_:]/g, '')));
    if (header > 0) {
      column = header;
      continue;
    }
    if (column < 0 || !line.cells.slice(0, column).some((c) => c.toLowerCase().includes(party.name.toLowerCase()))) continue;
    const alias = squash(line.cells[column] ?? '').replace(/^[”"“*_(]+|[”"“*_)]+$/g, '');
    if (/^\p{Lu}[\p{L}-]+(?:\s\p{L}[\p{L}-]+)?$/u.test(alias)) out.push(alias);
  }
  return out;
}

interface RawParty {
  name: string;
  orgNumber: string | null;
  units: string[];
  start: number;
  end: number;
  alias: string | null;
  /**
   * Named without its number (split from the next party's line by soft line breaks, or named only in the
   * "Mellan A och B" sentence): the number may stand elsewhere, labelled ("Org.nr …" in the page footer).
   */
  numberElsewhere?: boolean;
  /** The sector its row's role label states ("Offentlig part", "Idéburen part"). */
  role?: Sector;
}

/**
 * What the previous party's description leaves before this party's name: its address, its alias ("nedan kallad
 * nämnden", "(kommunen)"), the end of its sentence, and the "och" that joins the two. Names are short, so only
 * the last 300 characters are looked at (and every pattern stays linear).
 */
const PREVIOUS_PARTY_END = [
  /^.*(?:\bnedan(?:\s+(?:kallad|kallat|kallade|benämnd|benämns|kallas))?|\bfortsättningsvis|\bhärefter(?:\s+kallad)?)\s+[”"“*]?[\p{L}-]+[”"“*]?[\s,.;)]*/isu,
  /^.*\)\s*[,.;]?\s*(?:och|samt)\s+(?=\p{Lu})/su,
  /^.*,\s*(?:och|samt)\s+(?=\p{Lu})/su,
  /^.*[.;]\s+(?=\p{Lu})/su,
  // A lettered or bracketed list of parties whose lines the prose joins ("a) Föreningen X, org.nr …, huvudman för
  // konsortiet" / "b) Föreningen Y, org.nr …"): the previous item's description ends at the next item's marker.
  /^.*\s(?=(?:\(?[a-h]\)|\(?[ivx]{1,4}\)|\(\d{1,2}\)|\d{1,2}\))\s+\p{Lu})/su,
];

function afterPreviousParty(segment: string): string {
  let text = segment.slice(-300);
  for (const re of PREVIOUS_PARTY_END) {
    const m = re.exec(text);
    // Only when a name is left: "X (nedan kallad kommunen), organisationsnummer" is X's own alias.
    if (m && /\p{Lu}/u.test(text.slice(m[0].length).replace(/org(?:anisations)?\.?\s*-?\s*(?:nr|nummer)/giu, ''))) text = text.slice(m[0].length);
  }
  return text;
}

/** "genom Skärholmens stadsdelsnämnd", "genom regionala utvecklingsnämnden": one committee named in full is the unit. */
function fullCommittee(via: string): string | null {
  const t = squash(via.replace(/[,(].*$/s, ''));
  if ((t.match(/nämnd/gi) ?? []).length !== 1 || !/nämnd(?:en)?(?:\s+\p{Lu}\p{Ll}+)?$|^nämnden\s+för\s/iu.test(t) || t.split(' ').length > 6) return null;
  return capitalize(t);
}

/** A party table's cell naming who acts for the party: a committee or office ("Socialnämnden"), the board ("Styrelsen"). */
const ACTS_FOR_PARTY = /^(?:(?:\p{L}{1,40}-,?\s+){0,4}(?:och\s+)?\p{L}{0,40}(?:nämnd(?:en)?|förvaltning(?:en)?)|styrelsen|direktionen)$/iu;

/** Splits "X genom arbetsmarknadsnämnden och bildningsnämnden (fortsättningsvis LK), org.nr" into its parts. */
function parseSegment(segment: string): Omit<RawParty, 'orgNumber' | 'start' | 'end'> | null {
  // The number's label, or the bare parenthesis of "Region X (232100-0024)", is no part of the name.
  let text = afterPreviousParty(segment)
    .replace(/[,(]?\s*(?:med\s+)?(?:org(?:anisations)?\.?\s*-?\s*(?:nr|nummer)\.?|orgnr)\s*:?\s*$/i, '')
    .replace(/\s*\(\s*$/, '');
  // "… och följande idéburna organisationer: Skäggetorps Fritidsförening": the name follows the last colon.
  // Anchored at a line's start (what the earliest match is anyway): unanchored, every position of a long line is
  // a start and the scan is quadratic in the line's length.
  const cut = /^.*(?:\bmellan|\btecknar|\bingår|\bträffar|\bsluter|\bparter(?:na)?(?:\s+(?:i|för)\s+(?:denna|detta|den\s+här)\s+\p{L}+)?\s*(?:är)?\s*:?|:)\s+/imu.exec(text);
  if (cut) text = text.slice(cut[0].length);
  // A party table's row "Östervallens kommun⇥Socialnämnden⇥212000-…": the cell before the number naming who acts for
  // the party (a "Företrädd av" column: its committee, the board) is no part of its name; a committee is its unit.
  const cells = text.split('\t').map(squash).filter(Boolean);
  const actsFor = cells.length >= 2 && ACTS_FOR_PARTY.test(cells[cells.length - 1]) ? (cells.pop() as string) : null;
  if (actsFor) text = cells.join(' ');
  let alias: string | null = null;
  text = text.replace(/\((?:fortsättningsvis|nedan(?:\s+kallad)?|härefter)?\s*([^)]{1,30})\)/gi, (_, a: string) => {
    alias ??= squash(a).replace(/^[”"]|[”"]$/g, '');
    return ' ';
  });
  // ")" too: the previous party's number closes its parenthesis ("… (org.nr 212000-…), Y kommun, genom …"); and "."
  // ends the previous party's sentence when numbered paragraphs run together ("… (nedan Nämnden). 1.2 Föreningen X").
  text = text.replace(/^[\s,;:–)-]*(?:och|samt)\s+/i, '').replace(/^[\s.,;:–•*)-]+/, '').replace(LIST_MARKER, '');
  const units: string[] = actsFor && /nämnd|förvaltning/iu.test(actsFor) ? [capitalize(actsFor)] : [];
  const via = /\s+genom\s+(.+)$/i.exec(text);
  if (via) {
    const full = fullCommittee(via[1]);
    if (full) units.push(full);
    else for (const m of via[1].matchAll(COMMITTEE)) units.push(committeeName(m[0]));
    text = text.slice(0, via.index);
  }
  // "Socialnämnden i Linköpings kommun": the municipality is the party, the committee its unit.
  const within = /^((?:(?:\p{L}{1,40}-,?\s+){1,4}och\s+)?\p{L}{0,40}nämnd(?:en)?)\s+i\s+(\p{Lu}.*?(?:kommun|stad)|Region\s+\p{Lu}\p{L}*)\s*[,;]?\s*$/iu.exec(squash(text));
  if (within) {
    units.unshift(committeeName(within[1]));
    text = within[2];
  }
  // A party table's "Luleå kommun, socialnämnden": the municipality is the party, the committee its unit.
  // Names of two or three words too: "Upplands Väsby kommun", "Region Jämtland Härjedalen", "Västra Götalandsregionen".
  const comma = /^((?:\p{Lu}[\p{L}-]*\s+){1,2}(?:kommun|stad)|Region(?:\s+\p{Lu}[\p{L}-]*){1,2}(?:\s+län)?|(?:\p{Lu}[\p{L}-]*\s+)?\p{Lu}[\p{L}-]*regionen)\s*,\s*((?:\p{Ll}+a\s+)?(?:\p{L}{1,40}-,?\s+){0,4}(?:och\s+)?\p{L}{0,40}(?:nämnd(?:en)?|förvaltning(?:en)?)(?:\s+\p{Lu}\p{L}+)?)\s*[,;]?\s*$/u.exec(squash(text));
  if (comma && !within) {
    units.unshift(capitalize(comma[2]));
    text = comma[1];
  }
  // "Ljusdals församling, Svenska kyrkan": the denomination after a parish's or a branch's name is no part of it.
  const affiliation = AFFILIATION_AFTER.exec(squash(text));
  if (affiliation) text = affiliation[1];
  const name = normalizeName(text);
  if (!name || name.length > 90 || !/^\p{Lu}/u.test(name) || name.split(' ').length > 10) return null;
  return { name, units, alias };
}

/**
 * A parish's or a local branch's name followed by the denomination or movement it belongs to: "X församling, Svenska
 * kyrkan", "Y församling, Equmeniakyrkan", "Z kår, Frälsningsarmén", "W krets, Röda Korset".
 */
const AFFILIATION_AFTER =
  /^(\p{Lu}.*?(?<!\p{L})\p{L}*(?:församling|förening|kår|krets|distrikt|lokalavdelning))\s*,\s*(?:Svenska\s+kyrkan|\p{Lu}\p{L}*(?:kyrkan|samfundet|rörelsen)|Frälsningsarmén|Röda\s+Korset)\s*[,;]?\s*$/u;

/** The kind of a non-profit that starts its name: "Föreningen X", "Stiftelsen Y", "IK Z". */
const CIVIL_KIND = /(?<![\p{L}-])(?:Föreningen|Stiftelsen|Förbundet|Riksförbundet|Församlingen|Idrottsföreningen|Idrottsklubben|IK|IF|BK|FF|SK)(?![\p{L}-])/gu;

/**
 * Where a second organisation starts inside one party's name ("Mölndals stad, kultur- och fritidsnämnden Föreningen
 * X": a public body, then a non-profit's kind; or two non-profits' kinds); null when the name holds one.
 * @example secondOrganisation('Ale kommun, socialnämnden Föreningen Ljuset') // 28
 */
export function secondOrganisation(name: string): number | null {
  for (const m of name.matchAll(CIVIL_KIND)) {
    if (m.index === 0) continue;
    const before = name.slice(0, m.index);
    if (PUBLIC_NAME.test(before.replace(/[\s,;]+$/, '')) || /\b(?:kommun|stad|region)\b|nämnd(?:en)?\b/i.test(before) || before.search(CIVIL_KIND) >= 0) return m.index;
  }
  return null;
}

/**
 * A party line that Word broke with soft line breaks (Shift+Enter) reaches the prose as one line: "Ale kommun,
 * socialnämnden" / "Föreningen X, org.nr …". When the name before the number holds two organisations and the text
 * breaks a line between them, each line is its own party (the first without a number); with no such break, or a
 * split that does not give two names, the segment is refused with a warning: never one party of two organisations.
 */
function splitAtLineBreak(doc: SourceDoc, start: number, end: number): [Omit<RawParty, 'orgNumber' | 'start' | 'end'>, Omit<RawParty, 'orgNumber' | 'start' | 'end'>, number] | null {
  const text = doc.text.slice(start, end);
  for (let k = text.lastIndexOf('\n'); k > 0; k = text.lastIndexOf('\n', k - 1)) {
    const first = parseSegment(text.slice(0, k));
    const second = parseSegment(text.slice(k + 1));
    if (first && second && secondOrganisation(first.name) === null && secondOrganisation(second.name) === null) return [first, second, start + k];
  }
  return null;
}

/**
 * A committee that follows a public party's org number and ends its line, sentence or clause: ", socialnämnden",
 * ", genom socialnämnden och Föreningen …", "(organisationsnummer …), genom direktionen, nedan Förbundet" (a
 * kommunalförbund acts through its direktion; the alias after it is the party's too). A line break may come
 * before "genom" and after a cue ("org.nr 232100-…," / "genom regionala utvecklingsnämnden, nedan" / "kallad …":
 * a narrow column's wrapped sentence), and one adjective in -a may lead the committee ("regionala …nämnden").
 */
const UNIT_AFTER =
  /^\)?[ \t]*(?:,[ \t]*(?:\n?[ \t]*genom[ \t]+)?|\s+genom[ \t]+)((?:\p{Ll}+a[ \t]+)?(?:\p{L}{1,40}-,?[ \t]+){0,4}(?:och[ \t]+)?\p{L}{0,40}nämnd(?:en)?|(?:förbunds)?direktionen|kommunstyrelsen|regionstyrelsen)(?!\p{L})[ \t]*[.;,]?(?=[ \t]*(?:\n|$|\p{Lu}|\(|(?:och|samt|nedan|fortsättningsvis|härefter)\s))/u;

/** The label of an org number's own field: "Organisationsnummer", "Org.nr:", "Orgnr". */
const ORG_LABEL_ONLY = /^\s*(?:org(?:anisations)?\.?\s*-?\s*(?:nr|nummer)\.?|orgnr)\s*:?\s*$/iu;
/** A form's field for the public party's committee or office: "Nämnd", "Ansvarig nämnd", "Förvaltning". */
const UNIT_LABEL = /^(?:ansvarig\s+|beslutande\s+)?(?:nämnd|förvaltning|enhet)\s*:?$/iu;
/** How far above its number a form's party field may stand (name, committee, contact, address rows between). */
const FORM_ROWS_ABOVE = 5;

/**
 * A form's party fields, one label/value row each: "Offentlig part | X kommun", "Nämnd | Y-nämnden",
 * "Organisationsnummer | 212000-…" (or "Part 2 | Föreningen Z" / "Org.nr | 802…"). The number's row holds only its
 * label, so the party is the value of the role row above it, within a few rows and after no other number; a
 * committee row between gives its unit. Null when no role row stands there.
 */
function formPartyAbove(doc: SourceDoc, numberLine: number): (Omit<RawParty, 'orgNumber' | 'end' | 'role'> & { role: Sector | null }) | null {
  const units: string[] = [];
  for (let k = numberLine - 1; k >= 0 && k >= numberLine - FORM_ROWS_ABOVE; k--) {
    const line = doc.lines[k];
    if (line.blank) continue;
    if (!line.cells || line.cells.length < 2 || HAS_ORG.test(line.text)) return null;
    const label = squash(line.cells[0]).replace(/^[*_]+|[*_]+$/g, '');
    const value = line.cells.slice(1).join(' ');
    if (UNIT_LABEL.test(label)) {
      if (/nämnd(?:en)?$|förvaltning(?:en)?$/iu.test(squash(value))) units.unshift(capitalize(squash(value)));
      continue;
    }
    const role = roleLabel(label);
    if (role === undefined) continue;
    const parsed = parseSegment(value);
    if (!parsed || secondOrganisation(parsed.name) !== null) return null;
    return { ...parsed, units: parsed.units.length ? parsed.units : units, start: line.start, role };
  }
  return null;
}

function fromOrgNumbers(doc: SourceDoc, from: number, to: number, warnings: ImportWarning[] = []): RawParty[] {
  const out: RawParty[] = [];
  // A party table's role column ("Offentlig part", "Idéburen part") and address lines are no part of any name.
  const { region, roles } = withoutRoles(doc, from, to);
  let boundary = 0;
  for (const m of region.matchAll(ORG)) {
    let lineStart = region.lastIndexOf('\n', m.index) + 1;
    // A Markdown definition list ("Värmdö kommun" / ": genom kultur- och fritidsnämnden, org.nr …"): the term on the
    // line above is the party's name, the definition its committee and number.
    const definition = /^[ \t]*:[ \t]+/.test(region.slice(lineStart, lineStart + 8)) && lineStart > 1 ? region.lastIndexOf('\n', lineStart - 2) + 1 : -1;
    if (definition >= 0 && definition >= boundary && region.slice(definition, lineStart - 1).trim()) lineStart = definition;
    // A cell that holds a name before the number starts the party's segment ("… Socialnämndens ordförande<tab>
    // Föreningen X Org.nr …", a signature table's cells): the cell before it is another party's. A cell with only the
    // number leaves the name to the cells before it.
    const cellStart = region.lastIndexOf('\t', m.index) + 1;
    const ownCell = cellStart > lineStart && /\p{Lu}/u.test(region.slice(cellStart, m.index).replace(/org(?:anisations)?\.?\s*-?\s*(?:nr|nummer)/giu, ''));
    const segStart = Math.max(boundary, ownCell ? cellStart : lineStart);
    // A colon after a space opens a definition, not a label ("Idéburen part: X" has it right after the word).
    const before = region.slice(segStart, m.index).replace(/\s+:[ \t]+/, ' ');
    const previousEnd = boundary;
    boundary = m.index + m[0].length;
    if (/faktur|gln|peppol|referens/i.test(region.slice(Math.max(0, m.index - 120), m.index))) continue;
    // "(nedan kallad Staden)" after the number names this party, not the one on the next line.
    let after = ALIAS_AFTER.exec(region.slice(boundary, boundary + 80));
    if (after) boundary += after[0].length;
    // "Gislaveds kommun, 212000-…, socialnämnden": a committee after a public body's number is its unit, not the
    // start of the next party's name.
    const unitAfter = sectorOfNumber(m[1]) === 'public' ? UNIT_AFTER.exec(region.slice(boundary, boundary + 120)) : null;
    if (unitAfter) boundary += unitAfter[0].length;
    // "X kommun, org.nr …, genom socialnämnden ("Kommunen")": the alias after the committee is still this party's.
    if (unitAfter && !after && (after = ALIAS_AFTER.exec(region.slice(boundary, boundary + 80)))) boundary += after[0].length;
    const number = `${m[1]}-${m[2]}`;
    // A form's number field under its party's role field ("Offentlig part | X kommun" / "Organisationsnummer | 212…").
    if (ORG_LABEL_ONLY.test(before) || !before.trim()) {
      const at = lineIndexAt(doc, from + m.index);
      const form = at > 0 && doc.lines[at].cells ? formPartyAbove(doc, at) : null;
      if (form && form.start >= from) {
        const { role, ...party } = form;
        const raw: RawParty = { ...party, alias: party.alias ?? (after ? squash(after[1] ?? after[2] ?? after[3] ?? after[4] ?? after[6] ?? '') || null : null), orgNumber: number, end: from + boundary };
        if (role) raw.role = role;
        out.push(raw);
        continue;
      }
    }
    const parsed = parseSegment(before);
    if (parsed && unitAfter && !parsed.units.length) parsed.units.push(committeeName(unitAfter[1]));
    if (!parsed) {
      // "Föreningen X, org.nr 802400-0001 och 802400-0002": two numbers for one party line; which is whose cannot be told.
      const last = out[out.length - 1];
      if (last && last.end === from + previousEnd && !/[\n.;]/.test(before) && /^[\s,/&]*(?:och|samt|resp\.?|respektive)?[\s,/&]*(?:org(?:anisations)?\.?\s*-?\s*(?:nr|nummer)\.?\s*:?\s*)?$/iu.test(before)) {
        warnings.push(warning('AMBIGUOUS', 'parties', `Partsraden för ${last.name} har två organisationsnummer (${last.orgNumber}, ${number}); numret lämnas tomt.`));
        last.orgNumber = null;
      }
      continue;
    }
    const alias = after ? squash(after[1] ?? after[2] ?? after[3] ?? after[4] ?? after[5] ?? after[6]) : null;
    if (secondOrganisation(parsed.name) !== null) {
      const split = splitAtLineBreak(doc, from + segStart, from + m.index);
      if (!split) {
        warnings.push(warning('AMBIGUOUS', 'parties', `En partsrad verkar nämna två organisationer ("${parsed.name}"); den lästes inte som en part. Ange parterna för hand.`));
        continue;
      }
      const [first, second, at] = split;
      out.push({ ...first, orgNumber: null, start: from + segStart, end: at, numberElsewhere: true });
      out.push({ ...second, alias: second.alias ?? alias, orgNumber: number, start: at + 1, end: from + boundary });
      continue;
    }
    const lineEnd = doc.text.indexOf('\n', from + boundary);
    // The role may stand in a cell before the party's own ("Idéburen part<tab>X, org.nr …").
    const role = roleOf(roles, from + Math.max(previousEnd, lineStart), from + boundary, lineEnd < 0 ? doc.text.length : lineEnd);
    out.push({ ...parsed, alias: parsed.alias ?? alias, orgNumber: number, start: from + segStart, end: from + boundary, ...(role?.sector ? { role: role.sector } : {}) });
  }
  return out;
}

function fromTitle(doc: SourceDoc): RawParty[] {
  const m = /\bmellan\s+(.+?)\s+och\s+([^\n.]+)/i.exec(doc.prose.slice(0, 2000));
  if (!m) return [];
  const names = [...m[1].split(/\s*,\s*/), m[2]].map((n) => normalizeName(n.replace(/\s+(om|avseende|gällande)\s.*$/i, '')));
  const start = m.index;
  return names
    .filter((n) => /^\p{Lu}/u.test(n) && n.length <= 90)
    .map((name) => ({ name, orgNumber: null, units: [], start, end: start + m[0].length, alias: null }));
}

/** "Mellan A och B (org.nr …) har …": the clause after "mellan" up to the sentence's verb or end. */
const BETWEEN = /(?<!\p{L})mellan\s+(\p{Lu}[^;\n]{2,400}?)(?=\s+(?:har|om|avseende|gällande|angående|rörande|ingås|ingår|träffas|sluts|tecknas|är|i\s+syfte)\s|[.;:]\s|[.;:]?$)/imu;
/** What the clause may say about a party beside its name: its org number, its alias in parentheses. */
const PARTY_DETAIL = /\([^()]{0,80}\)|,?\s*(?:org(?:anisations)?\.?\s*-?\s*(?:nr|nummer)\.?|orgnr)\s*:?\s*\d{6}\s?[-–]?\s?\d{4}|,?[ \t]*(?:(?:gemensamt|tillsammans|var för sig)[ \t]+)?(?:(?:nedan|fortsättningsvis|härefter)[ \t]+)?(?:(?:gemensamt|tillsammans)[ \t]+)?(?:kallade?|kallat|kallas|benämnda?|benämnt|benämns)[ \t]+[”"“]?\p{L}+[”"“]?/giu;
/**
 * A municipality or region named by itself ("Säters kommun", "Malmö stad", "Region Dalarna", "Västra
 * Götalandsregionen"): in a "mellan" clause such a name is its own public party, even beside another public party.
 */
const PUBLIC_BODY_NAME = /^(?:(?:\p{Lu}[\p{L}-]*[ \t]+){1,2}(?:kommun|stad)|Region(?:[ \t]+\p{Lu}[\p{L}-]*){1,3}(?:[ \t]+län)?|(?:\p{Lu}[\p{L}-]*[ \t]+)?\p{Lu}[\p{L}-]*regionen)$/u;
/** Where a clause lists the next public body after a comma: "Avesta kommun, Fagersta kommun och …" (not ", socialnämnden"). */
const NEXT_BODY = /\s*,\s+(?=(?:\p{Lu}[\p{L}-]*[ \t]+){1,2}(?:kommun|stad)(?!\p{L})|Region[ \t]+\p{Lu}|(?:\p{Lu}[\p{L}-]*[ \t]+)?\p{Lu}[\p{L}-]*regionen(?!\p{L}))|\s*,?\s+(?:och|samt)\s+(?=\p{Lu})/gu;

/**
 * Parties that the preamble's "Mellan A och B" sentence names but that have no org number there ("Mellan Ale
 * kommun, socialnämnden, och Föreningen X (org.nr 802…) har …"): each name the party list lacks, of a sector the
 * list has none of (so a committee of a listed municipality is never a second party), or a municipality or region
 * named by itself that the list lacks ("Mellan Mora kommun, … (org.nr …), Orsa kommun, gemensamt kallade kommunerna,
 * och …", "Avesta kommun, Fagersta kommun och …"). Their numbers are looked for elsewhere (`attachOrgNumbers`: a
 * labelled "Org.nr" in a footer).
 * @example // "Mellan Ale kommun, socialnämnden, och Föreningen X (org.nr …)" with only X numbered → Ale kommun, unit Socialnämnden
 */
function missingBetween(doc: SourceDoc, raw: RawParty[], to: number): RawParty[] {
  const sectors = new Set(raw.map((r) => sectorOf(r.name, r.orgNumber)));
  // Details are blanked with spaces of the same length first ("org.nr" has a stop), so every piece keeps its offsets.
  const m = BETWEEN.exec(doc.prose.slice(0, Math.min(to, 4000)).replace(PARTY_DETAIL, (d) => ' '.repeat(d.length)));
  if (!m) return [];
  const from = m.index + m[0].length - m[1].length;
  const clause = m[1];
  const known = raw.map((r) => r.name.toLowerCase());
  const out: RawParty[] = [];
  let at = 0;
  for (const cut of [...clause.matchAll(NEXT_BODY), null]) {
    const end = cut ? cut.index : clause.length;
    const piece = clause.slice(at, end);
    const parsed = parseSegment(piece);
    const start = from + at + (piece.length - piece.trimStart().length);
    at = cut ? cut.index + cut[0].length : clause.length;
    if (!parsed || secondOrganisation(parsed.name) !== null) continue;
    const name = parsed.name.toLowerCase();
    const sector = sectorOf(parsed.name, null);
    // A second municipality or region beside a listed one ("Mellan Mora kommun (org.nr …), Orsa kommun och …") is a
    // party of its own; a committee of a listed municipality ("…, socialnämnden") is not.
    const ownBody = sector === 'public' && PUBLIC_BODY_NAME.test(parsed.name);
    if ((sectors.has(sector) && !ownBody) || known.some((k) => k.includes(name) || name.includes(k))) continue;
    if (sector === 'civil' && parsed.name.split(' ').length < 2) continue;
    out.push({ ...parsed, orgNumber: null, start, end: from + end, numberElsewhere: true });
  }
  return out;
}

/**
 * A party's sector: its org number's first digit (2 is a public body) outranks its row's role label ("Idéburen
 * part"), which outranks the words of its name ("Studieförbundet X Region Y" is no region).
 */
function sectorWithRole(r: RawParty): Sector {
  if (r.orgNumber && sectorOfNumber(r.orgNumber) === 'public') return 'public';
  return r.role ?? sectorOf(r.name, r.orgNumber);
}

/**
 * One party per organisation and committee. A municipality that signs through two committees in separate
 * preamble lines ("Mjölby kommun genom socialnämnden …", "Mjölby kommun genom kultur- och fritidsnämnden …",
 * one org number) is two public parties: the first keeps the municipality's name, the next get ", Committee".
 */
function expand(raw: RawParty[]): PartyInfo[] {
  const parties: PartyInfo[] = [];
  for (const r of raw) {
    const key = r.name.toLowerCase();
    const same = parties.filter((p) => p.orgNumber === r.orgNumber && (p.name.toLowerCase() === key || p.name.toLowerCase().startsWith(`${key}, `)));
    const units = (r.units.length ? r.units : [null]).filter((u) => !same.some((p) => p.unit === u));
    if (same.length > 0 && units.every((u) => u === null)) continue;
    units.forEach((unit, i) => {
      const name = same.length === 0 && i === 0 ? r.name : `${r.name}, ${unit}`;
      parties.push({ name, orgNumber: r.orgNumber, sector: sectorWithRole(r), unit, aliases: r.alias && i === 0 ? [r.alias] : [] });
    });
  }
  return parties;
}

/**
 * Checks every org number with Luhn; a failing one is left empty (null) with an INVALID_ORG_NUMBER warning on its
 * field that quotes the number as written: the agreement schema refuses a number that fails the check.
 */
export function checkOrgNumbers(parties: PartyInfo[]): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  parties.forEach((p, i) => {
    if (p.orgNumber === null) {
      warnings.push(warning('MISSING_FIELD', `parties[${i}].orgNumber`, `Organisationsnummer för ${p.name} anges inte.`));
      return;
    }
    const parsed = parseOrgNumber(p.orgNumber);
    if (parsed.ok) p.orgNumber = parsed.value;
    else {
      warnings.push(warning('INVALID_ORG_NUMBER', `parties[${i}].orgNumber`, `${p.name}: ${parsed.message} Numret lämnas tomt.`));
      p.orgNumber = null;
    }
  });
  return warnings;
}

/** The section that lists the parties: "Parter", "Parterna", "Avtalsparter", "Avtalets parter". */
const PARTIES_SECTION = /^(?:avtals)?parter|^avtalets parter/i;

/** Parties of an agreement: the preamble or "Parter" section with org numbers, else the title's "mellan A och B". */
export function extractAgreementParties(doc: SourceDoc): PartiesResult {
  const firstBody = doc.sections.find((s) => !PARTIES_SECTION.test(s.title));
  const to = firstBody ? firstBody.heading.start : Math.min(doc.text.length, 4000);
  let refused: ImportWarning[] = [];
  let raw = fromOrgNumbers(doc, 0, to, refused);
  if (!raw.length) raw = fromOrgNumbers(doc, 0, doc.text.length, (refused = []));
  if (!raw.length) raw = fromTitle(doc);
  else {
    // In the order the document names them ("Mellan A och B (org.nr …)": A first, though only B's line has a number).
    const at = (r: RawParty) => (doc.prose.indexOf(r.name, r.start) + 1 || r.start + 1) - 1;
    const between = missingBetween(doc, raw, to);
    if (between.length) raw = raw.concat(between).sort((a, b) => at(a) - at(b));
  }
  const parties = expand(raw);
  // A party named without a number (its line split from the next, or only in the "mellan" sentence): the number
  // may stand elsewhere, labelled, e.g. in the page footer ("Org.nr 212000-…").
  if (raw.some((r) => r.numberElsewhere)) attachOrgNumbers(doc, parties);
  const onlyCivil = parties.filter((p) => p.sector === 'civil').length === 1;
  for (const p of parties) p.aliases = [...new Set([...p.aliases, ...aliasesOf(doc, p, onlyCivil, parties)])];
  for (const p of parties) p.shortNames = shortNamesOf(p, parties);
  const prov = raw.map((r) => provenance('parties', doc.text, r.start, r.end));
  const warnings = [...refused, ...checkOrgNumbers(parties)];
  if (!parties.some((p) => p.sector === 'public')) warnings.push(warning('MISSING_FIELD', 'parties', 'Ingen offentlig part hittades.'));
  if (!parties.some((p) => p.sector === 'civil')) warnings.push(warning('MISSING_FIELD', 'parties', 'Ingen idéburen part hittades.'));
  return { parties, provenance: prov, warnings };
}

/** The organisation of the letterhead when it is a municipality or a region ("Växjö kommun", "Västra Götalandsregionen"). */
export function letterheadOrganisation(doc: SourceDoc): string | null {
  const org = buildOutline(doc).letterhead.organisation;
  return org && /kommun|stad|region|landsting|län/i.test(org) ? fromCapitals(org) : null;
}

/** An organisation's name before an org number: "Ale kommun", "Region Gävleborg", "Föreningen X", "Stiftelsen Y". */
const ORGANISATION_BEFORE = /(?<!\p{L})(?:\p{Lu}[\p{L}-]+\s+(?:kommun|stad)|Region\s+\p{Lu}[\p{L}-]+|(?:Föreningen|Stiftelsen|Förbundet|Samordningsförbundet|Riksförbundet)(?:\s+(?:i\s+)?\p{Lu}[\p{L}-]+){1,5})(?!\p{L})/gu;
const ORG_LABEL_END = /org(?:anisations)?\.?\s*-?\s*(?:nr|nummer)\.?\s*:?\s*$/i;

/**
 * Org numbers of a decision memo, which names its parties in running text: each number belongs to the party named
 * last before it ("med Föreningen X (org.nr …)", "Örebro kommun genom fritidsnämnden (org.nr …)"), else, by its
 * first digit, to the only public party (2…) or the only non-profit — only when the document labels one such number
 * and names no other organisation right before it ("stöd från Region X (org.nr …)" is that region's, no party's).
 */
function attachOrgNumbers(doc: SourceDoc, parties: PartyInfo[]): void {
  const labelled: { number: string; before: string }[] = [];
  for (const m of doc.prose.matchAll(ORG)) {
    const index = m.index ?? 0;
    const before = doc.prose.slice(Math.max(0, index - 160), index);
    if (ORG_LABEL_END.test(before) && !/faktur|gln|peppol|referens/i.test(before)) labelled.push({ number: `${m[1]}-${m[2]}`, before });
  }
  const ofSector = (sector: Sector) => new Set(labelled.map((l) => l.number).filter((n) => sectorOfNumber(n) === sector && !parties.some((p) => p.orgNumber === n)));
  const unique = { public: ofSector('public').size === 1, civil: ofSector('civil').size === 1 };
  for (const { number, before } of labelled) {
    if (parties.some((p) => p.orgNumber === number)) continue;
    // The organisation named last before the number in its sentence, when it is no party, owns it ("… inom
    // Riksförbundet X (org.nr …). Lokalföreningen … har organisationsnummer …": the second is not the riksförbund's).
    const sentence = before.split(/[.!?]\s+(?=\p{Lu})/u).pop() ?? before;
    const lastOrganisation = [...sentence.matchAll(ORGANISATION_BEFORE)].pop();
    if (lastOrganisation && !mentionedParties(lastOrganisation[0], parties).length) continue;
    const named = mentionedParties(before, parties).filter((h) => h.party.orgNumber === null);
    const sector: Sector = sectorOfNumber(number);
    const bySector = parties.filter((p) => p.sector === sector && p.orgNumber === null);
    const party = named.length ? named[named.length - 1].party : bySector.length === 1 && unique[sector] ? bySector[0] : null;
    if (party && party.sector === sector) party.orgNumber = number;
  }
  numbersInParenthesesAfterNames(doc, parties);
}

/**
 * A bare number in parentheses right after a party's full name, with no label ("med Föreningen X (802526-1200)",
 * the parenthesis perhaps on the next line of a wrapped clause): the number is that party's, when its first digit
 * gives the party's sector and no party has it yet.
 */
function numbersInParenthesesAfterNames(doc: SourceDoc, parties: PartyInfo[]): void {
  for (const m of doc.prose.matchAll(BARE_PARENTHESISED_NUMBER)) {
    const number = `${m[1]}-${m[2]}`;
    if (parties.some((p) => p.orgNumber === number)) continue;
    const before = doc.prose.slice(Math.max(0, m.index - MAX_NAME_IN_PATTERN), m.index);
    const party = parties.find(
      (p) => p.orgNumber === null && p.sector === sectorOfNumber(number) && p.name.length < MAX_NAME_IN_PATTERN && nameAtEnd(p.name).test(before),
    );
    if (party) party.orgNumber = number;
  }
}

/** "(802526-1200)": an org number alone in its parentheses. */
const BARE_PARENTHESISED_NUMBER = /\(\s*(\d{6})\s?[-–]?\s?(\d{4})\s*\)/gu;

/** A name at the end of a text, however its words are spaced or broken over lines. */
function nameAtEnd(name: string): RegExp {
  return namePattern(`(?<!\\p{L})${name.split(/\s+/).map(escapeRe).join('\\s+')}\\s*$`, 'iu');
}

/**
 * The kind of organisation written in lower case after its capitalised name: "Lillmyra byalag", "Norrby idrottsförening",
 * "Åby spelmanslag", "Sjöby scoutkår" (a bare "lag" is a law, never a name's end).
 */
const ORGANISATION_KIND = String.raw`\p{Ll}{0,30}(?:förening|förbund|klubb|kår|församling|sällskap|gille)(?!\p{L})|\p{Ll}{2,30}lag(?!\p{L})`;
/** An organisation's name in running text: capitalised words, with "i" before a place ("Föreningen Gemenskapshuset i Borlänge"). */
// Starts only at a word's start: inside a long capitalised run every letter would otherwise be a start (quadratic).
/** Capitalised words, perhaps ending in a legal form in running case ("Lindmora Sociala Företag ekonomisk förening"). */
const NAME_WORDS = String.raw`(?<![\p{L}-])\p{Lu}[\p{L}-]*(?:[ \t]+(?:i[ \t]+)?\p{Lu}[\p{L}-]*){0,7}(?:[ \t]+(?:${ORGANISATION_KIND}))?(?:[ \t]+(?:ekonomisk|ideell)[ \t]+förening(?!\p{L}))?`;
/**
 * The counterpart a decision names after the partnership: "ingå idéburet offentligt partnerskap (IOP) med X",
 * "Idéburet offentligt partnerskap Grannkraft med X", "överenskommelse med X". Between the word and "med" may stand
 * "(IOP)" and the partnership's own name (up to three capitalised or quoted words, which a wrapped clause may start on
 * the next line: "… partnerskap" / "Mötesplatsen med Föreningen X", or quoted between commas: "partnerskap, \"X\", med"),
 * never a sentence. The name may start the next line ("… ingår ett idéburet offentligt partnerskap med" / "Föreningen X, organisationsnummer …").
 */
const PARTNERSHIP_WITH = new RegExp(
  String.raw`(?<!\p{L})(?:partnerskap\p{L}*|överenskommelse\p{L}*|IOP(?:-\p{L}+)?)(?:[ \t]*\(IOP\))?(?:[ \t]+(?:om|för|avseende|kallat))?(?:[ \t]*,(?=[ \t]*\p{Lu}))?(?:(?:[ \t]+|[ \t]*\n[ \t]*)[”"“]?\p{Lu}[\p{L}-]*[”"“]?){0,3}(?:[ \t]*,[ \t]*[”"“][^”"“,.;]{1,80}[”"“][ \t]*,)?(?:[ \t]*,)?(?:[ \t]*\n)?[ \t]+med(?:[ \t]+|[ \t]*\n[ \t]*)(${NAME_WORDS})`,
  'gu',
);
/**
 * "Föreningen X (org.nr 802501-2280)", "Föreningen X, org.nr 802501-2280": a name that its own labelled org number
 * follows, in parentheses or after a comma, in running text (the number perhaps on the next line of a wrapped clause).
 */
const NAME_WITH_ORG_NUMBER = new RegExp(String.raw`(${NAME_WORDS})[ \t]*(?:\(|,)[ \t]*(?:org(?:anisations)?\.?[ \t]*-?[ \t]*(?:nr|nummer)\.?|orgnr)[ \t]*:?(?:[ \t]*\n)?[ \t]*(\d{6}[ \t]?[-–]?[ \t]?\d{4})(?!\d)`, 'gu');

/** A decision's clause "ingå … partnerskap, X, mellan A genom nämnden och B (org.nr), enligt bilaga 1": the parties after "mellan". */
const DECISION_BETWEEN = /(?<!\p{L})(?:partnerskap\p{L}*|överenskommelse\p{L}*|IOP)(?!\p{L})[^.;\n]{0,80}?(?<!\p{L})mellan\s+(\p{Lu}[^;\n]{2,400}?)(?=[.;:]\s|[.;:]?$)/imu;
/** Where the pieces of a "mellan" clause part: "A och B", "A, B och C" (a committee's "kultur- och fritidsnämnden" is no break). */
const NEXT_PIECE = /\s*,?\s+(?:och|samt)\s+(?=\p{Lu})/gu;

/**
 * The non-profit a decision's "mellan A och B" clause names, in its own words: the first piece of the clause, cut
 * at its first comma ("…, enligt bilaga 1"), that names a non-profit of two words or more. Details in parentheses
 * and labelled numbers are blanked first, so each piece keeps its offsets.
 */
function counterpartBetween(doc: SourceDoc): { name: string; start: number; end: number } | null {
  const m = DECISION_BETWEEN.exec(doc.prose.replace(PARTY_DETAIL, (d) => ' '.repeat(d.length)));
  if (!m) return null;
  const from = m.index + m[0].length - m[1].length;
  let at = 0;
  for (const cut of [...m[1].matchAll(NEXT_PIECE), null]) {
    const end = cut ? cut.index : m[1].length;
    const piece = m[1].slice(at, end);
    const start = from + at;
    at = cut ? cut.index + cut[0].length : m[1].length;
    const parsed = parseSegment(piece.split(',')[0]);
    if (!parsed || parsed.units.length || secondOrganisation(parsed.name) !== null) continue;
    if (sectorOf(parsed.name, null) === 'civil' && parsed.name.split(' ').length >= 2 && !GENERIC_WORDS.has(parsed.name.toLowerCase())) {
      return { name: parsed.name, start, end: from + end };
    }
  }
  return null;
}

/**
 * The non-profit a decision memo or minutes extract names in running text, when its title does not: the
 * organisation the partnership is entered "med", else the first non-profit named with its own org number. Each
 * reading names only an organisation that is not public (by its words, and by its number's first digit).
 */
export function counterpartInDecision(doc: SourceDoc): { name: string; start: number; end: number; publicBody?: { name: string; start: number; end: number } } | null {
  // The text, not the prose: a name ends at its line (a title line is followed by the next heading without a stop).
  for (const m of doc.text.matchAll(PARTNERSHIP_WITH)) {
    // One word alone at a line's end ("med Revholmens" / "Idrottsförening om …") goes on with the next line's word when
    // that is the organisation's kind, or the word is a genitive that needs its head.
    const next = /^\S+$/u.test(m[1].trim()) ? GENITIVE_GOES_ON.exec(doc.text.slice(m.index + m[0].length)) : null;
    const wrapped = next && (/s$/u.test(m[1].trim()) || KIND_AT_END.test(next[1])) ? next : null;
    const name = normalizeName(wrapped ? `${m[1]} ${wrapped[1]}` : m[1]);
    if (wrapped) {
      const end = m.index + m[0].length + wrapped[0].length;
      if (sectorOf(name, null) === 'civil') return { name, start: m.index, end };
    }
    if (sectorOf(name, null) === 'civil' && !GENERIC_WORDS.has(name.toLowerCase())) return { name, start: m.index, end: m.index + m[0].length };
    // "partnerskap … med Region Y, hälso- och sjukvårdsnämnden (org.nr …), och Föreningen X (org.nr …)": a public body
    // first, then the non-profit with its own number: the non-profit is the counterpart, the body a further party.
    if (PUBLIC_BODY.test(name)) {
      const civil = listedBesideCounterpart(doc, m.index + m[0].length)[0];
      if (civil) return { name: civil.name, start: civil.start, end: civil.end, publicBody: { name, start: m.index, end: m.index + m[0].length } };
    }
  }
  const between = counterpartBetween(doc);
  if (between) return between;
  for (const m of doc.text.matchAll(NAME_WITH_ORG_NUMBER)) {
    // "Enligt Föreningen X (org.nr …)": a capitalised word before the organisation's kind is no part of its name.
    const name = normalizeName(m[1].replace(/^.*?[ \t](?=(?:Föreningen|Stiftelsen|Förbundet|Riksförbundet|Församlingen)[ \t])/u, ''));
    if (sectorOf(name, m[2]) === 'civil' && name.split(' ').length >= 2) return { name, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** The head word of a name wrapped after its genitive: the next line's first word, capitalised ("Idrottsförening"). */
const GENITIVE_GOES_ON = /^[ \t]*\n[ \t]*(\p{Lu}[\p{L}-]+)(?![\p{L}-])/u;
/** A word that names an organisation's kind: "Idrottsförening", "Simsällskap", "Skidklubb", "Hembygdsgille". */
const KIND_AT_END = /(?:förening|sällskap|klubb|förbund|kår|gille|stiftelse|församling)(?:en|et)?$/iu;

/**
 * Further non-profits a decision's clause lists right after its counterpart, each named with its own labelled org
 * number: "med Scoutkåren X (org.nr 802…) och Föreningen Y (org.nr 802…)", "med A, org.nr …, B, org.nr … samt C, org.nr
 * …". `end` is where the counterpart's name (or its number) ends; the list is followed as long as the next name, after
 * a comma, "och" or "samt", carries its own number: a name without one ("och Region Y", "och kommunens fritidsgård")
 * ends it. Read on the prose (a wrapped clause's line break is a space), at most a handful.
 */
const LIST_AFTER_NAME = new RegExp(
  String.raw`\)?(?:[ 	]*,[ 	]*(?:\p{L}{1,40}-,?[ 	]+(?:och[ 	]+)?)?\p{Ll}{0,40}nämnd(?:en)?(?=[ 	]*[(,]))?(?:[ 	]*(?:\([^()
]{0,80}\)|,?[ 	]*(?:org(?:anisations)?\.?[ 	]*-?[ 	]*(?:nr|nummer)\.?|orgnr)[ 	]*:?[ 	]*\d{6}[ 	]?[-–]?[ 	]?\d{4}\)?))?(?:[ 	]*,?[ 	]+som[ 	]+${CONSORTIUM_ROLE})?(?:[ 	]*,[ 	]*(?:(?:och|samt)[ 	]+)?|[ 	]+(?:och|samt)[ 	]+)(?=\p{Lu})`,
  'uy',
);
/**
 * The next name of such a list, with its own number right after it; its words may be joined by "och" ("Föreningen
 * Konst och Kultur X (org.nr …)"), never before an organisation's kind ("… och Föreningen Y" starts another name).
 */
const NEXT_NAME_WITH_ORG_NUMBER = new RegExp(
  NAME_WITH_ORG_NUMBER.source.replace(NAME_WORDS, String.raw`${NAME_WORDS}(?:[ \t]+och[ \t]+(?!(?:Föreningen|Stiftelsen|Förbundet|Riksförbundet|Församlingen|Region)[ \t])${NAME_WORDS})?`),
  'uy',
);

function listedBesideCounterpart(doc: SourceDoc, end: number): { name: string; orgNumber: string; start: number; end: number }[] {
  const out: { name: string; orgNumber: string; start: number; end: number }[] = [];
  let at = end;
  while (out.length < 5) {
    LIST_AFTER_NAME.lastIndex = at;
    const sep = LIST_AFTER_NAME.exec(doc.prose);
    if (!sep) break;
    NEXT_NAME_WITH_ORG_NUMBER.lastIndex = sep.index + sep[0].length;
    const m = NEXT_NAME_WITH_ORG_NUMBER.exec(doc.prose);
    if (!m) break;
    const name = normalizeName(m[1]);
    const digits = HAS_ORG.exec(m[2]);
    if (!digits) break;
    const orgNumber = `${digits[1]}-${digits[2]}`;
    if (sectorOf(name, orgNumber) !== 'civil' || name.split(' ').length < 2) break;
    out.push({ name, orgNumber, start: m.index, end: m.index + m[0].length });
    at = m.index + m[0].length;
  }
  return out;
}

/**
 * Lines of a "Parter" section that name a party without its org number, beside lines that give numbers ("1. Parter" /
 * "X kommun, genom kultur- och fritidsnämnden (nedan kommunen)" / "Föreningen Y, org.nr 802…"): a line of its own that
 * is one organisation's name, of a sector the numbered lines lack — a municipality or region by its own name, a
 * non-profit of two words or more. Its number is looked for elsewhere (`attachOrgNumbers`).
 * @example // "Laholms kommun, genom kultur- och fritidsnämnden (nedan kommunen)" beside a numbered förening → Laholms kommun
 */
function unnumberedInSection(doc: SourceDoc, raw: RawParty[], from: number, to: number): RawParty[] {
  const sectors = new Set(raw.map(sectorWithRole));
  const out: RawParty[] = [];
  for (const line of doc.lines) {
    if (line.start < from || line.start >= to || line.blank || line.cells) continue;
    const text = doc.text.slice(line.start, line.end);
    if (text.length > 200 || HAS_ORG.test(text) || raw.some((r) => text.includes(r.name))) continue;
    const parsed = parseSegment(text);
    if (!parsed || secondOrganisation(parsed.name) !== null) continue;
    const sector = sectorOf(parsed.name, null);
    if (sectors.has(sector) || out.some((o) => sectorOf(o.name, null) === sector)) continue;
    if (sector === 'public' ? !PUBLIC_BODY_NAME.test(parsed.name) : parsed.name.split(' ').length < 2 || GENERIC_WORDS.has(parsed.name.toLowerCase())) continue;
    out.push({ ...parsed, orgNumber: null, start: line.start, end: line.end, numberElsewhere: true });
  }
  return out;
}

/**
 * A decision (a chair's decision, a memo) that lists its parties in a section of their own ("Parter", a table of
 * party and org number) is read like an agreement's party list, when that list gives both a public and a civil party
 * with their numbers: the list states each name and number, which the running text only mentions.
 */
function partiesSectionOfDecision(doc: SourceDoc): PartiesResult | null {
  const section = doc.sections.find((s) => PARTIES_SECTION.test(s.title));
  if (!section) return null;
  const from = section.heading.end;
  const to = section.to < doc.lines.length ? doc.lines[section.to].start : doc.text.length;
  const warnings: ImportWarning[] = [];
  let raw = fromOrgNumbers(doc, from, to, warnings);
  if (!warnings.length && raw.length) {
    // In the order the section names them: a numbered line's segment may start at the line before it.
    const at = (r: RawParty) => (doc.text.indexOf(r.name, r.start) + 1 || r.start + 1) - 1;
    raw = raw.concat(unnumberedInSection(doc, raw, from, to)).sort((a, b) => at(a) - at(b));
  }
  if (warnings.length || !raw.some((r) => sectorWithRole(r) === 'public') || !raw.some((r) => sectorWithRole(r) === 'civil')) return null;
  const parties = expand(raw);
  // A party listed without its number (the kommun's line, when its number stands in the letterhead or the minutes).
  if (raw.some((r) => r.numberElsewhere)) attachOrgNumbers(doc, parties);
  const onlyCivil = parties.filter((p) => p.sector === 'civil').length === 1;
  for (const p of parties) p.aliases = [...new Set([...p.aliases, ...aliasesOf(doc, p, onlyCivil, parties)])];
  for (const p of parties) p.shortNames = shortNamesOf(p, parties);
  return { parties, provenance: raw.map((r) => provenance('parties', doc.text, r.start, r.end)), warnings: checkOrgNumbers(parties) };
}

/** A public body by its own name: "Region X", "X kommun", "Malmö stad", "Västra Götalandsregionen", "Samordningsförbundet X". */
const PUBLIC_BODY_WORDS = String.raw`(?:Region(?:[ \t]+\p{Lu}[\p{L}-]*){1,2}|(?:\p{Lu}[\p{L}-]*[ \t]+){1,2}(?:kommun|stad)|(?:\p{Lu}[\p{L}-]*[ \t]+)?\p{Lu}[\p{L}-]*regionen|Samordningsförbundet(?:[ \t]+(?:i[ \t]+)?\p{Lu}[\p{L}-]*){1,3})(?!\p{L})`;
/** A name that is a public body's own, whole: "Region X", "X kommun", "Samordningsförbundet X" (a squashed name). */
export const PUBLIC_BODY = new RegExp(`^${PUBLIC_BODY_WORDS}$`, 'u');
/**
 * The list a decision enters the partnership with: "ingå överenskommelse om idéburet offentligt partnerskap med
 * Föreningen X och Region Y om …" — the counterpart, then further names joined by "och", "samt" or a comma.
 */
const PARTNERSHIP_WITH_LIST = new RegExp(
  String.raw`(?<!\p{L})(?:partnerskap\p{L}*|överenskommelse\p{L}*|IOP)(?:\s*\(IOP\))?(?:\s+(?:om|för|avseende|kallat))?(?:\s+[”"“]?\p{Lu}[\p{L}-]*[”"“]?){0,3}\s+med\s+(${NAME_WORDS})((?:(?:\s*,\s*|\s+(?:och|samt)\s+)(?:${PUBLIC_BODY_WORDS}|${NAME_WORDS})){1,3})`,
  'gu',
);
const NEXT_IN_LIST = new RegExp(String.raw`(?:\s*,\s*|\s+(?:och|samt)\s+)(${PUBLIC_BODY_WORDS}|${NAME_WORDS})`, 'gu');
/**
 * "Regionen blir därmed part i överenskommelsen", "Region X blir också part i partnerskapet": a public body the text
 * makes a party by name or by its kind in the definite form (never with "inte": "är inte part" names a collaborator).
 */
const BECOMES_PARTY = new RegExp(
  String.raw`(?<![\p{L}-])(${PUBLIC_BODY_WORDS}|Regionen|Samordningsförbundet|Förbundet)[ \t,]+(?:\p{Ll}+[ \t]+){0,2}?blir[ \t]+(?:(?:därmed|därigenom|härigenom|härmed|också|även)[ \t]+)*(?:en[ \t]+)?(?:avtals)?part[ \t]+i[ \t]+(?:överenskommelsen|partnerskapet|avtalet)`,
  'gu',
);

/**
 * Public parties of a decision besides the deciding municipality: a public body the decision's "partnerskap … med X och
 * Region Y" names beside the counterpart, or one the text says "blir … part i överenskommelsen" ("Regionen blir därmed
 * part …", the definite form read as the one such body the text names). A body the text makes a party that cannot be
 * told (two regions named) gives a warning on the parties instead of a guess.
 * @example // "att ingå överenskommelse om idéburet offentligt partnerskap med Föreningen X och Region Y om …" → Region Y
 */
function publicPartnersInDecision(doc: SourceDoc, parties: PartyInfo[]): { parties: { name: string; start: number; end: number }[]; warnings: ImportWarning[] } {
  const out: { name: string; start: number; end: number }[] = [];
  const warnings: ImportWarning[] = [];
  const known = (name: string) => [...parties, ...out].some((p) => p.name.toLowerCase() === name.toLowerCase());
  const add = (name: string, start: number, end: number) => {
    if (!known(name)) out.push({ name, start, end });
  };
  for (const m of doc.prose.matchAll(PARTNERSHIP_WITH_LIST)) {
    for (const n of m[2].matchAll(NEXT_IN_LIST)) {
      const name = normalizeName(n[1]);
      if (PUBLIC_BODY.test(name)) add(name, m.index, m.index + m[0].length);
    }
  }
  for (const m of doc.prose.matchAll(BECOMES_PARTY)) {
    const said = squash(m[1]);
    if (PUBLIC_BODY.test(said)) {
      add(said, m.index, m.index + m[0].length);
      continue;
    }
    // "Regionen", "Förbundet": the one body of that kind the text names by its own name.
    const kind = /^region/i.test(said) ? /(?<!\p{L})Region(?:[ \t]+\p{Lu}[\p{L}-]*){1,2}(?!\p{L})|(?<!\p{L})(?:\p{Lu}[\p{L}-]*[ \t]+)?\p{Lu}[\p{L}-]*regionen(?!\p{L})/gu : /(?<!\p{L})Samordningsförbundet(?:[ \t]+(?:i[ \t]+)?\p{Lu}[\p{L}-]*){1,3}(?!\p{L})/gu;
    const names = [...new Set([...doc.prose.matchAll(kind)].map((k) => squash(k[0])))];
    if (names.length === 1) add(names[0], m.index, m.index + m[0].length);
    else if (!names.some(known)) {
      warnings.push(warning('AMBIGUOUS', 'parties', `Texten säger att ${said.toLowerCase()} blir part i överenskommelsen, men vilken ${said.toLowerCase()} framgår inte; parten lades inte till. Ange den för hand.`));
    }
  }
  return { parties: out, warnings };
}

/** Parties of a decision memo: the non-profit from the title, the municipality and the deciding committee. */
export function extractDecisionParties(doc: SourceDoc, title: { text: string; start: number } | null): PartiesResult {
  const listed = partiesSectionOfDecision(doc);
  if (listed) return listed;
  const parties: PartyInfo[] = [];
  const prov: Provenance[] = [];
  const municipality = letterheadOrganisation(doc) ?? municipalityOf(doc);
  const committee = committeeOf(doc);
  if (municipality) {
    parties.push({ name: municipality, orgNumber: null, sector: 'public', unit: committee, aliases: [] });
  } else if (committee) {
    parties.push({ name: committee, orgNumber: null, sector: 'public', unit: committee, aliases: [] });
  }
  if (title) {
    const comma = title.text.lastIndexOf(',');
    const civil = comma > 0 ? normalizeName(title.text.slice(comma + 1)) : '';
    if (civil && /^\p{Lu}/u.test(civil) && sectorOf(civil, null) === 'civil') {
      parties.push({ name: civil, orgNumber: null, sector: 'civil', unit: null, aliases: [] });
      prov.push(provenance('parties', doc.text, title.start + comma + 1, title.start + title.text.length));
    }
  }
  if (!parties.some((p) => p.sector === 'civil')) {
    const named = counterpartInDecision(doc);
    if (named) {
      parties.push({ name: named.name, orgNumber: null, sector: 'civil', unit: null, aliases: [] });
      prov.push(provenance('parties', doc.text, named.start, named.end));
      const body = named.publicBody;
      if (body && !parties.some((p) => p.name.toLowerCase() === body.name.toLowerCase())) {
        parties.push({ name: body.name, orgNumber: null, sector: 'public', unit: null, aliases: [] });
        prov.push(provenance('parties', doc.text, body.start, body.end));
      }
      // "med A (org.nr …) och B (org.nr …)": the non-profits listed with it are partners too.
      for (const more of listedBesideCounterpart(doc, named.end)) {
        if (parties.some((p) => p.name.toLowerCase() === more.name.toLowerCase())) continue;
        parties.push({ name: more.name, orgNumber: more.orgNumber, sector: 'civil', unit: null, aliases: [] });
        prov.push(provenance('parties', doc.text, more.start, more.end));
      }
    }
  }
  const further = publicPartnersInDecision(doc, parties);
  for (const body of further.parties) {
    parties.push({ name: body.name, orgNumber: null, sector: 'public', unit: null, aliases: [] });
    prov.push(provenance('parties', doc.text, body.start, body.end));
  }
  // Beside another public party, "nämnden" still names the deciding committee's party ("att nämndens bidrag ska vara
  // …"), which the role word alone no longer tells (two public parties).
  if (further.parties.length && committee && parties[0]?.unit === committee) parties[0].aliases.push('nämnden');
  const onlyCivil = parties.filter((p) => p.sector === 'civil').length === 1;
  for (const p of parties) p.aliases = [...new Set([...p.aliases, ...aliasesOf(doc, p, onlyCivil, parties)])];
  attachOrgNumbers(doc, parties);
  const warnings = [...further.warnings, ...checkOrgNumbers(parties)];
  if (!parties.some((p) => p.sector === 'civil')) warnings.push(warning('MISSING_FIELD', 'parties', 'Ingen idéburen part hittades.'));
  return { parties, provenance: prov, warnings };
}

/**
 * Compiled name patterns, shared by every call: the economy rules ask once per line, and compiling a dozen Unicode
 * patterns per line made a long section slower than linear. Bounded, so a long-lived pane does not accumulate them.
 */
const namePatterns = new Map<string, RegExp>();
function namePattern(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = namePatterns.get(key);
  if (!re) {
    if (namePatterns.size >= 500) namePatterns.clear();
    re = new RegExp(source, flags);
    namePatterns.set(key, re);
  }
  return re;
}

/** Matches "Linköpings kommuns", "Stadsmissionen", "IKFs" in a piece of text to the party it names. */
export function mentionedParties(text: string, parties: PartyInfo[]): { party: PartyInfo; index: number }[] {
  const hits: { party: PartyInfo; index: number; end: number }[] = [];
  // A plain substring test first: most lines name no party, and the Unicode patterns cost far more than includes().
  const lower = text.toLowerCase();
  for (const party of parties) {
    const names = [party.name, ...party.aliases].filter(
      (n) => n.length >= 2 && n.length <= MAX_NAME_IN_PATTERN && lower.includes(n.toLowerCase()),
    );
    for (const n of names) {
      // matchAll works on a copy of the pattern, so the shared one's lastIndex never leaks between calls.
      const re = namePattern(`(?<![\\p{L}])${escapeRe(n)}(?:s|ens|s:s|:s)?(?![\\p{L}])`, n === n.toUpperCase() ? 'gu' : 'giu');
      for (const m of text.matchAll(re)) hits.push({ party, index: m.index, end: m.index + m[0].length });
    }
    for (const n of party.shortNames ?? []) {
      if (!text.includes(n)) continue;
      const re = namePattern(`(?<![\\p{L}])${escapeRe(n)}(?:s)?(?![\\p{L}])`, 'gu');
      for (const m of text.matchAll(re)) hits.push({ party, index: m.index, end: m.index + m[0].length });
    }
  }
  return withinOtherNames(hits.sort((a, b) => a.index - b.index || b.end - a.end)).map(({ party, index }) => ({ party, index }));
}

/**
 * The hits less those inside another party's longer name: "Föreningen Hultabygdens Vänner" names that förening, not
 * also the party whose alias is "Föreningen" (a second civil party's, "Eksjö Sociala Snickeri ekonomisk förening").
 * The hits come sorted by start, the longer first; one pass keeps the farthest end reached so far and its party.
 * @example withinOtherNames([{ party: b, index: 0, end: 30 }, { party: a, index: 0, end: 10 }]) // only b's hit
 */
function withinOtherNames<T extends { party: PartyInfo; index: number; end: number }>(hits: T[]): T[] {
  let reach: T | null = null;
  return hits.filter((h) => {
    if (reach && h.end <= reach.end && h.party !== reach.party) return false;
    if (!reach || h.end > reach.end) reach = h;
    return true;
  });
}
