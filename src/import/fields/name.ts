import { Extracted, found, provenance, warning } from './field';
import type { ImportWarning } from '../result';
import { SourceDoc, Paragraph, headingTitle } from '../text/source';
import { buildOutline, classifyFront, cleanName, frontName } from '../text/outline';
import { squash } from '../text/normalize';
import { labelledValues } from '../text/labelled';
import { emailEnvelope, frontStart } from '../text/email';
import { itemHeadings } from '../text/minutesItems';

/** The document's first paragraph; for an e-mail, the first one after its header lines (or of the pasted agreement). */
export function titleParagraph(doc: SourceDoc): Paragraph | null {
  const from = doc.lines[frontStart(doc)]?.start ?? 0;
  return doc.paragraphs.find((p) => p.start >= from && p.text.length > 0) ?? null;
}

/**
 * A name in quotation marks after the word it names (perhaps after a comma, perhaps wrapped once: "partnerskap,
 * \"Returverkstan\nLindmora\""), or in Markdown emphasis (`*X*`, `_X_`) after the partnership's
 * own words (an alias "nedan kallad *Kommunen*" is emphasised too, and is no name).
 */
const QUOTED = /(?:avseende|benämn\p{L}*|kalla[dts]?|projektet|partnerskap(?:et)?|överenskommelsen|insatsen|verksamheten|IOP)(?:\s*[–:-]\s+|[:,]\s*|\s+)(?:[”"“]([^”"“\n]{2,80}(?:\n[^”"“\n]{1,40})?)[”"“]|(?<=(?:avseende|projektet|partnerskap(?:et)?|överenskommelsen|verksamheten|insatsen|satsningen|IOP)\s+)(\*|_)(\p{L}[^*_\n]{1,79})\2(?![*_]))/iu;
/** A title that names only the kind of document; the agreement's name then stands on the next line. */
const KIND_ONLY = /^(?:(?:överenskommelse|avtal)(?:\s+om)?\s+)?(?:iop|idéburet offentligt partnerskap|partnerskap)$|^(?:[\p{L}-]*överenskommelse|[\p{L}-]*avtal|tjänsteskrivelse)(?:\s*\(iop\))?$/iu;
const GENERIC = /^(iop|idéburet offentligt partnerskap|överenskommelse\b.*|avtal\b.*|tjänsteskrivelse)$/i;
/** A title that names only the kind and the parties: "Idéburet offentligt partnerskap mellan A och B". */
const KIND_BETWEEN = /^(?:(?:överenskommelse|avtal)(?:\s+om)?\s+)?(?:iop|idéburet offentligt partnerskap|partnerskap)\s+mellan\s/i;
/** A line that gives the kind and then the name: "Överenskommelse om IOP: Nattcafé Vilan", "IOP – Nattcafé Vilan". */
const KIND_THEN_NAME = /^(?:(?:överenskommelse|avtal)(?:\s+om)?\s+)?(?:iop|idéburet offentligt partnerskap|partnerskap)\s*[:–-]\s*(\p{Lu}[^.:;\n]{1,79})$/iu;

/** A line that labels the name: "Partnerskapets namn: X", "Namn på överenskommelsen: X", "Benämning: X", "Avtalet avser: X". */
const LABELLED = /^[\s*_#-]*(?:(?:partnerskapets|överenskommelsens|verksamhetens|projektets|insatsens|satsningens)\s+namn|namn\s+på\s+(?:partnerskapet|överenskommelsen|verksamheten|satsningen)|benämning|projektnamn|(?:(?:avtalet|överenskommelsen|partnerskapet)\s+)?avser)\s*[:–-]\s*[*_]*[”"“]?(\p{Lu}[^”"“\n]{1,80}?)[”"“]?[*_]*\s*$/imu;
/**
 * A front line labelled with the partnership itself ("**Partnerskap:** X", "Partnerskapet: X"), whose value reads as a
 * name (a capital first, a few words, no sentence, no party, no genre words "partnerskap"/"överenskommelse"/"IOP"). It
 * comes before LABELLED: a bare "Avser: …" line beside it describes the activity rather than names it.
 */
const PARTNERSHIP_LINE = /^[ \t*_#-]*partnerskap(?:et)?[ \t*_]*:[ \t*_]*([^\n]{2,80}?)[ \t*_]*$/imu;
const GENRE_WORDS = /partnerskap|överenskommelse|(?<!\p{L})IOP(?!\p{L})/iu;
/** The label words of LABELLED, for a label/value table row ("Benämning | X", "Partnerskapets namn | X"). */
const NAME_LABEL =
  /^(?:(?:partnerskapets|överenskommelsens|avtalets|verksamhetens|projektets|insatsens|satsningens)\s+(?:namn|benämning)|namn\s+på\s+(?:partnerskapet|överenskommelsen|avtalet|verksamheten|projektet|insatsen|satsningen)|benämning|projektnamn|(?:avtalet|överenskommelsen|partnerskapet)\s+avser|(?:vad|hur)\s+(?:heter|kallas|benämns)\s+(?:vårt\s+|vår\s+|det\s+|den\s+)?(?:partnerskapet|överenskommelsen|avtalet|samarbetet|verksamheten|projektet|insatsen|satsningen)\s*\??|vilket\s+namn\s+har\s+(?:vårt\s+|vår\s+)?(?:partnerskapet|överenskommelsen|avtalet|samarbetet|verksamheten|projektet|insatsen|satsningen)\s*\??)$/iu;
/**
 * A question that asks for the name ("Vad heter samarbetet?", "Vilket namn har partnerskapet?") in an agreement
 * written as questions and answers: its answer is a sentence that gives the name ("Vi kallar det X.", "Det heter
 * X.") or the name alone. An answer that says something else ("Samarbetet har inget eget namn.") is no name.
 */
const QUESTION_LABEL = /^(?:vad|hur|vilket)\s/iu;
const ANSWER_VERB = /(?<!\p{L})(?:har|är|finns|saknar|saknas|heter|kallas|kallar|benämns|ska|kommer|blir)(?!\p{L})/iu;
/**
 * Labels whose value is the name only when it reads as one ("Verksamhet | Träffpunkt X", not "Verksamhet | Öppen
 * träffpunkt två dagar i veckan."): taken after the title, before the civil party's name.
 */
const WEAK_NAME_LABEL = /^(?:verksamhet(?:en)?|partnerskap(?:et)?|iop|projekt(?:et)?|insats(?:en)?|satsning(?:en)?|avser)$/iu;

/** A value cell that reads as a name: a capital first, a few words, no sentence inside, no organisation or party. */
function nameCell(text: string, partyNames: string[], maxWords: number, sentenceEnd: boolean): string | null {
  const trimmed = text.replace(/^[*_”"“\s]+|[*_”"“\s]+$/g, '');
  if (!sentenceEnd && /[.!?]$/.test(trimmed)) return null;
  const value = trimmed.replace(/\.$/, '');
  if (!/^\p{Lu}/u.test(value) || /[.;:!?]\s|[;!?]/.test(value) || value.split(/\s+/).length > maxWords) return null;
  if (ORGANISATION_WORD.test(value) || onlyPartyWords(value, partyNames)) return null;
  return cleanName(value) || null;
}

/**
 * The name from a label/value row. A strong label ("Benämning") is read; a weak one ("Verksamhet") gives only a short
 * value that ends no sentence, said as inferred (the row may describe the activity rather than name it).
 */
function labelledName(doc: SourceDoc, label: RegExp, partyNames: string[], weak: boolean): Extracted<string> | null {
  // A strong label may also stand above its value (a text box, a form): a weak one alone on its line is a heading.
  for (const v of labelledValues(doc, label, !weak)) {
    let text = v.text;
    if (QUESTION_LABEL.test(v.label)) {
      // The answer's naming words ("Vi kallar det", "Det heter") lead to the name; any other verb is no name.
      const lead = ANSWER_LEAD.exec(text);
      if (lead) text = text.slice(lead[0].length);
      else if (ANSWER_VERB.test(text)) continue;
    }
    const name = nameCell(text, partyNames, weak ? 6 : 12, !weak);
    if (!name) continue;
    const warnings = weak ? [warning('INFERRED', 'name', `Namnet togs från raden ”${v.label}” i dokumentets tabell; kontrollera att det är partnerskapets namn.`)] : [];
    return found(name, [provenance('name', doc.text, v.start, v.end)], warnings);
  }
  return null;
}

/**
 * A quoted word that is a party's alias, not the partnership's name: "organisationsnummer 212000-0000, Box 1, nedan
 * kallad ”Staden”", "benämns nedan gemensamt ”Parterna”". The parties' own aliases and the usual role words count,
 * and so does a quotation that follows a party's number with no word of the partnership in between ("org.nr …,
 * ingår ett partnerskap kallat ”Vi ses”" names the partnership).
 */
const ROLE_WORD =
  /^(?:parterna|part(?:en)?|kommunen|staden|regionen|föreningen|stiftelsen|organisationen|förbundet|församlingen|nämnden|förvaltningen|beställaren|utföraren|huvudmannen|bolaget|idéburen\s+part|den\s+idéburna\s+parten|offentlig\s+part|den\s+offentliga\s+parten|partnerskapet|avtalet|överenskommelsen|verksamheten|projektet|samarbetet|satsningen|insatsen|uppdraget|lokalen|lokalerna)$/iu;
const ORG_NUMBER = /\d{6}\s?-\s?\d{4}/gu;
const PARTNERSHIP_WORD = /(?<!\p{L})(?:partnerskap|överenskommelse|samarbete|projekt|satsning|IOP)/iu;

function isAlias(name: string, before: string, aliases: string[]): boolean {
  const bare = name.trim();
  if (ROLE_WORD.test(bare) || aliases.some((a) => a.toLowerCase() === bare.toLowerCase())) return true;
  const numbers = [...before.matchAll(ORG_NUMBER)];
  const last = numbers[numbers.length - 1];
  return last !== undefined && !PARTNERSHIP_WORD.test(before.slice((last.index ?? 0) + last[0].length));
}

/** The sentence before an offset of the prose, bounded (a name's clause is short). */
function clauseBefore(prose: string, at: number): string {
  const before = prose.slice(Math.max(0, at - 300), at);
  return before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
}

/** The name given in a sentence: "Satsningen har fått namnet X och …", "under namnet X", "går under benämningen X". */
const NAMED_IN_PROSE = /(?:fått|får|har)\s+namnet\s+|under\s+(?:namnet|benämningen)\s+/giu;
/** A quoted short name that calls itself an IOP: "IOP Östergötlands Stadsmission" (in the invoicing instructions). */
const SHORT_NAME = /[”"“]((?:IOP|Partnerskapet)\s+\p{Lu}[^”"“\n]{1,60})[”"“]/u;

/**
 * A clause that defines the partnership's name: "Partnerskapet benämns X, nedan …", "Överenskommelsen kallas X",
 * "Verksamheten heter X", "Partnerskapets namn är X", "Projektet ska bära namnet X", "Partnerskapet benämns i det
 * följande X", "Samverkan enligt denna överenskommelse benämns X" (the filler words of ALIAS_DEFINED may stand
 * before the name). The subject is the partnership (or its activity), never a party.
 */
const DEFINED =
  /(?<!\p{L})(?:(?:partnerskapet|överenskommelsen|avtalet|samarbetet|samverkan(?:en)?|verksamheten|projektet|satsningen|insatsen|IOP:n)\s+(?:\p{L}+\s+){0,3}?(?:benämns|kallas(?:\s+för)?|heter|betecknas|ska\s+(?:heta|kallas|benämnas)|bär\s+namnet|ska\s+bära\s+namnet)|(?:partnerskapets|överenskommelsens|avtalets|verksamhetens|projektets|satsningens)\s+(?:namn|benämning)\s+(?:är|blir|ska\s+vara)|(?:vi|parterna)\s+(?:har\s+)?(?:kallar|kallat|benämner|benämnt|döpt|döper)\s+(?:det|den|detta|denna|samarbetet|partnerskapet|verksamheten|projektet|satsningen|insatsen)(?:\s+(?:för|till))?)\s+(?:(?:nedan|härefter|fortsättningsvis|gemensamt|i\s+det\s+följande)\s+)*/giu;
/** The naming words that open an answer to a name question: DEFINED's, or a pronoun's ("Det heter X", "Den kallas X"). */
const ANSWER_LEAD = new RegExp(String.raw`^(?:(?:det|den)\s+(?:heter|kallas(?:\s+för)?|benämns)\s+|(?:${DEFINED.source}))`, 'iu');
/**
 * "… ett idéburet offentligt partnerskap om läxhjälp, nedan kallat Läxhjälp Norr": an alias given to the partnership.
 * Only when the clause is about the partnership and names no party's number (a party's alias is no name).
 */
const ALIAS_DEFINED = /(?<!\p{L})(?:nedan|härefter|fortsättningsvis|i\s+det\s+följande)\s+(?:kallat|kallad|kallade|benämnt|benämnd|benämns|kallas)\s+/giu;
/** A defined name ends at its clause's punctuation, "nedan", or before "och/som" and a verb ("X och syftar till …"). */
const DEFINED_NAME = /^[”"“*_]?(\p{Lu}[\p{L}\d&' -]{0,60}?)[”"“*_]?(?=\s*[.,;:(]|\s+(?:nedan|härefter)\s|\s+(?:och|som)\s+(?:är|ska|har|syftar|avser|omfattar|drivs|leds|bedrivs|riktar|vänder|innebär|gäller|utgår|kan|får)(?!\p{L})|\s*$)/u;

/**
 * A definitions list or table that defines the partnership: "Partnerskapet | den gemensamma verksamheten X, som …",
 * "*Partnerskapet*: verksamheten X", "Med Partnerskapet avses projektet X". The term is the partnership (or its
 * activity), never a party; the definition names it after its own describing words.
 */
const DEFINITION_TERM =
  /^[ \t]*(?:[-•*][ \t]+)?[”"“*_]*(?:partnerskapet|verksamheten|projektet|satsningen|samarbetet|insatsen|IOP:n)[”"“*_]*[ \t]*(?::|=|\t|[ \t][–-][ \t]|[ \t](?:avser|avses|betyder)[ \t])[ \t]*|(?<!\p{L})[Mm]ed[ \t]+[”"“*_]*(?:partnerskapet|verksamheten|projektet|satsningen)[”"“*_]*[ \t]+avses[ \t]+(?:(?:i|enligt)[ \t]+(?:detta|denna)[ \t]+\p{L}+[ \t]+)?/gimu;
/** The describing words before the name: "den gemensamma verksamheten", "det idéburna offentliga partnerskapet som kallas". */
const DEFINITION_LEAD =
  /^(?:(?:den|det)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,3}?)?(?:verksamhet(?:en)?|partnerskap(?:et)?|samverkan|projekt(?:et)?|satsning(?:en)?|samarbete(?:t)?|insats(?:en)?)[ \t]+(?:(?:som[ \t]+(?:kallas|benämns|heter)|kallad|kallat|benämnd|benämnt|med[ \t]+namnet)[ \t]+)?/u;

function definedTerm(doc: SourceDoc, partyNames: string[], aliases: string[]): { name: string; start: number } | null {
  const head = doc.text.slice(0, 12000);
  for (const m of head.matchAll(DEFINITION_TERM)) {
    let at = (m.index ?? 0) + m[0].length;
    const lead = DEFINITION_LEAD.exec(head.slice(at, at + 120));
    if (lead) at += lead[0].length;
    const rest = DEFINED_NAME.exec(head.slice(at, at + 120).split('\n')[0]);
    if (!rest) continue;
    const name = rest[1].trim();
    if (name.split(/\s+/).length > 6 || isAlias(name, '', aliases) || ORGANISATION_WORD.test(name) || onlyPartyWords(name, partyNames)) continue;
    return { name, start: at + rest[0].indexOf(rest[1]) };
  }
  return null;
}

/**
 * Markdown front matter ("---" / "partnerskap: X" / "---"): a key that names the partnership ("partnerskap",
 * "namn", "benämning", "projekt"); a "titel" only when it is more than a document type.
 */
const FRONT_MATTER = /^---[ \t]*\n([\s\S]{0,3000}?)\n---[ \t]*(?:\n|$)/u;
const FRONT_KEY = /^(?:partnerskap(?:et)?|partnerskapets[ _]namn|namn|benämning|projekt(?:namn)?|verksamhet|iop|titel|title)[ \t]*:[ \t]*[”"'“]?([^\n”"'“]{2,100}?)[”"'“]?[ \t]*$/gimu;

function frontMatterName(doc: SourceDoc, partyNames: string[]): { name: string; start: number } | null {
  const block = FRONT_MATTER.exec(doc.text);
  if (!block) return null;
  const found: { name: string; start: number; title: boolean }[] = [];
  for (const m of block[1].matchAll(FRONT_KEY)) {
    const name = cleanName(m[1]);
    if (!/^\p{Lu}/u.test(name) || KIND_ONLY.test(name) || namesOnlyKindAndParties(name, partyNames) || classifyFront(name).kind === 'doctype') continue;
    found.push({ name, start: block.index + 4 + (m.index ?? 0) + m[0].indexOf(m[1]), title: /^(?:titel|title)/i.test(m[0]) });
  }
  return found.find((f) => !f.title) ?? found[0] ?? null;
}

/**
 * A protocol's § heading that gives the kind and the name ("§ 47 Idéburet offentligt partnerskap – Träffpunkt X"),
 * read by the minutes' one heading reader (wrapped in lower case, broken after its dash, a bare "§ 47" with its title
 * below): in minutes of several §§ the partnership's item names it. Two such headings with different names: none.
 */
function paragraphHeadingName(doc: SourceDoc, partyNames: string[]): { name: string; start: number } | null {
  const names: { name: string; start: number }[] = [];
  for (const heading of itemHeadings(doc)) {
    const { kind, name } = classifyFront(heading.title);
    if (kind !== 'kindName' || !name || ORGANISATION_WORD.test(name) || onlyPartyWords(name, partyNames)) continue;
    const at = doc.text.indexOf(name, doc.lines[heading.line].start);
    if (at >= 0) names.push({ name, start: at });
  }
  return new Set(names.map((n) => n.name.toLowerCase())).size === 1 ? names[0] : null;
}

/** "X och …", "X, som …": a name written in running text ends before its sentence goes on. */
function nameInProse(doc: SourceDoc, partyNames: string[], aliases: string[]): { name: string; start: number } | null {
  const head = doc.prose.slice(0, 8000);
  for (const m of head.matchAll(NAMED_IN_PROSE)) {
    const at = (m.index ?? 0) + m[0].length;
    const rest = /^[”"“]?(\p{Lu}[\p{L}\d -]{1,60}?)[”"“]?(?=\s+(?:och|som|med|för|i|vid|på)\s|[.,;:!?]|\s*$)/u.exec(head.slice(at));
    if (rest && rest[1].split(/\s+/).length <= 8) return { name: rest[1].trim(), start: at + (rest[0].startsWith(rest[1]) ? 0 : 1) };
  }
  return definedName(head, DEFINED, partyNames, aliases, false) ?? definedName(head, ALIAS_DEFINED, partyNames, aliases, true);
}

function definedName(head: string, cue: RegExp, partyNames: string[], aliases: string[], aboutPartnership: boolean): { name: string; start: number } | null {
  for (const m of head.matchAll(cue)) {
    const at = (m.index ?? 0) + m[0].length;
    const rest = DEFINED_NAME.exec(head.slice(at, at + 120));
    if (!rest) continue;
    const name = rest[1].trim();
    const before = clauseBefore(head, at);
    if (name.split(/\s+/).length > 6 || isAlias(name, before, aliases) || ORGANISATION_WORD.test(name) || onlyPartyWords(name, partyNames)) continue;
    if (aboutPartnership && !PARTNERSHIP_WORD.test(before)) continue;
    return { name, start: at + rest[0].indexOf(rest[1]) };
  }
  return null;
}

/**
 * A title made of some words of one party's name, standing before the party list rather than after it ("Kulturbussen"
 * over "Överenskommelse … mellan Region X och Föreningen Kulturbussen Y"): the partnership named after its activity,
 * which the association is named after too. Not the whole name, no organisation word, nothing of another party.
 */
function partOfOneName(text: string, partyNames: string[], before: string | undefined): boolean {
  if (before === 'parties' || ORGANISATION_WORD.test(text)) return false;
  const words = text.toLowerCase().split(/[^\p{L}\d]+/u).filter(Boolean);
  const owners = partyNames.filter((n) => {
    const own = new Set(n.toLowerCase().split(/[^\p{L}\d]+/u).filter(Boolean));
    return words.every((w) => own.has(w)) && own.size > words.length;
  });
  return owners.length === 1 && !partyNames.some((n) => n !== owners[0] && onlyPartyWords(text, [n]));
}

/** Every word of the text is a word of the parties' names ("Östergötland och Östgöta"): a wrapped piece of the party list. */
function onlyPartyWords(text: string, partyNames: string[]): boolean {
  const own = new Set(partyNames.flatMap((n) => n.toLowerCase().split(/[^\p{L}\d]+/u)).filter(Boolean));
  const words = text.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w && w !== 'och' && w !== 'samt');
  return words.length > 0 && words.every((w) => own.has(w));
}

/**
 * The agreement's own name, by these rules in order: a line or a label/value table row that labels it
 * ("Partnerskapets namn: X", "Benämning | X"); a quoted name in the preamble that is no party's alias; a name given
 * or defined in a sentence ("har fått namnet X", "Partnerskapet benämns X", "…, nedan kallat X"); the front matter's
 * line of type and name, or its title; the title paragraph; a weaker label ("Verksamhet | X"); an e-mail's subject
 * line. A title that only names the document type and the parties is no name: the document's own short name ("IOP
 * X" in quotes), else the civil party's name, said as inferred.
 */
export function extractName(doc: SourceDoc, civilNames: string[], partyNames: string[] = civilNames, aliases: string[] = []): Extracted<string> {
  const line = PARTNERSHIP_LINE.exec(doc.text.slice(0, 8000));
  const lineName = line && !GENRE_WORDS.test(line[1]) ? nameCell(line[1], partyNames, 6, false) : null;
  if (line && lineName) {
    const start = line.index + line[0].indexOf(line[1]);
    return found(lineName, [provenance('name', doc.text, start, start + line[1].length)]);
  }
  const labelled = LABELLED.exec(doc.text.slice(0, 8000));
  if (labelled) {
    const start = labelled.index + labelled[0].indexOf(labelled[1]);
    return found(cleanName(labelled[1]), [provenance('name', doc.text, start, start + labelled[1].length)]);
  }
  const cell = labelledName(doc, NAME_LABEL, partyNames, false);
  if (cell) return cell;
  const own = frontMatterName(doc, partyNames) ?? definedTerm(doc, partyNames, aliases);
  if (own) return found(own.name, [provenance('name', doc.text, own.start, own.start + own.name.length)], disagreeing(doc, own.name, civilNames, partyNames));
  const quoted = quotedName(doc, aliases);
  if (quoted) return quoted;
  const prose = nameInProse(doc, partyNames, aliases);
  if (prose) return found(prose.name, [provenance('name', doc.text, prose.start, prose.start + prose.name.length)]);
  // Minutes: the partnership's § heading names it ("§ 142 Idéburet offentligt partnerskap – X"), before the title
  // paragraph, which in minutes is that heading with its Dnr line.
  const paragraph = paragraphHeadingName(doc, partyNames);
  if (paragraph) return found(paragraph.name, [provenance('name', doc.text, paragraph.start, paragraph.start + paragraph.name.length)]);
  const chosen = titleName(doc, civilNames, partyNames);
  // A title that names the document's genre ("Frågor och svar om …", "Checklista IOP") or runs on as sentences is
  // tried after the other rules; a minutes' paragraph heading ("§ 141 Budgetuppföljning …") is another item's.
  const genre = chosen.value !== null && (GENRE_TITLE.test(chosen.value) || SENTENCES.test(chosen.value));
  const otherItem = chosen.value !== null && (/^§\s*\d/u.test(chosen.value) || MEETING_DETAIL.test(chosen.value));
  const weak = labelledName(doc, WEAK_NAME_LABEL, partyNames, true);
  // A key–value table at the top ("Partnerskap | X") names the partnership before any heading below it ("Insatser
  // per år"): the earlier of the two is the name.
  const weakFirst = weak !== null && chosen.value !== null && (weak.provenance[0]?.start ?? Infinity) < (chosen.provenance[0]?.start ?? -1);
  if (chosen.value !== null && !genre && !otherItem && !weakFirst) return chosen as Extracted<string>;
  if (weak) return weak;
  const subject = subjectName(doc, partyNames);
  if (subject) return subject;
  const clause = nameBeforeParty(doc, partyNames);
  if (clause) return found(clause.name, [provenance('name', doc.text, clause.start, clause.start + clause.name.length)]);
  if (genre) {
    return found(chosen.value!, chosen.provenance, [
      ...chosen.warnings,
      warning('AMBIGUOUS', 'name', `Rubriken ”${chosen.value}” anger dokumentets form, inte partnerskapets namn, och dokumentet ger inget annat namn; kontrollera namnet.`),
    ]);
  }
  return ownShortName(doc, civilNames);
}

/**
 * A title that names the document's genre, not the partnership: "Frågor och svar om vårt partnerskap …", "Checklista
 * IOP", "Blankett …", "Mall för …", "Minnesanteckningar …", "PM …". Never the name without a warning.
 */
/**
 * A minutes' meeting detail that opens the document ("Plats och tid: …", "Tid och plats: …", "Beslutande: …",
 * "Närvarande: …", "Sammanträdesdatum: …"): a label and its value, never the partnership's name.
 */
const MEETING_DETAIL = /^(?:plats\s+och\s+tid|tid\s+och\s+plats|tid|plats|beslutande|närvarande|ledamöter|sammanträdesdatum|sammanträdesdag|mötesdatum|datum)\s*:/iu;
/** A "title" that is running text: a sentence's end inside it, or more words than any name has. */
const SENTENCES = /[.!?]\s+\p{Lu}|^(?:\S+\s+){16}\S/u;
const GENRE_TITLE =
  /^(?:frågor\s+(?:och|&)\s+svar|vanliga\s+frågor|faq|checklista|checklist|blankett|formulär|mall|anteckningar|minnesanteckningar|mötesanteckningar|pm|promemoria|informationsblad|faktablad)(?!\p{L})/iu;

/**
 * A name read from front matter or a definition, checked against the title's: when the title gives another name
 * (neither holds the other), the two readings disagree and the official is told which was used.
 */
function disagreeing(doc: SourceDoc, name: string, civilNames: string[], partyNames: string[]): ImportWarning[] {
  const title = titleName(doc, civilNames, partyNames).value;
  if (title === null) return [];
  const [a, b] = [name.toLowerCase(), title.toLowerCase()];
  if (a.includes(b) || b.includes(a)) return [];
  return [warning('AMBIGUOUS', 'name', `Dokumentet ger två namn: ”${name}” och rubrikens ”${title}”; ”${name}” används.`)];
}

const QUOTED_ALL = new RegExp(QUOTED.source, 'giu');

/** The first quoted name in the preamble that is not a party's alias ("nedan kallad ”Staden”" is an alias). */
function quotedName(doc: SourceDoc, aliases: string[]): Extracted<string> | null {
  const head = doc.prose.slice(0, 6000);
  for (const q of head.matchAll(QUOTED_ALL)) {
    const value = (q[1] ?? q[3]).replace(/\s+/g, ' ').trim();
    const start = (q.index ?? 0) + q[0].lastIndexOf(q[1] ?? q[3]);
    if (isAlias(value, clauseBefore(head, start), aliases)) continue;
    return found(value, [provenance('name', doc.text, start, start + (q[1] ?? q[3]).length)]);
  }
  return null;
}

/** An e-mail's subject that gives the kind and the name ("Ämne: SV: Överenskommelse om IOP – Läxhjälp Norr"). */
function subjectName(doc: SourceDoc, partyNames: string[]): Extracted<string> | null {
  const subject = emailEnvelope(doc)?.subject;
  if (!subject) return null;
  const { kind, name } = classifyFront(subject.text);
  if (kind !== 'kindName' || !name || ORGANISATION_WORD.test(name) || onlyPartyWords(name, partyNames)) return null;
  return found(name, [provenance('name', doc.text, subject.start, subject.end)], [
    warning('INFERRED', 'name', `Namnet togs från e-postmeddelandets ämnesrad (”${squash(subject.text)}”); den inklistrade texten anger inget eget namn.`),
  ]);
}

/**
 * "att godkänna överenskommelse om idéburet offentligt partnerskap Sommarläger för alla med Föreningen X": a decision
 * names the partnership between its kind and the party it is entered with. The name starts with a capital (case
 * matters), has at most six words and is neither a party's name nor an organisation's.
 */
const NAME_BEFORE_WITH = /(?<!\p{L})(?:partnerskap(?:et)?|IOP)(?:\s*\(IOP\))?(?:,|[ \t]+(?:om|för|avseende))?[ \t]+(\p{Lu}[\p{L}\d]*(?:[ \t]+[\p{L}\d-]+){0,5}?),?[ \t]+(?:med|mellan)[ \t]+(?=\p{Lu})/gu;
const ORGANISATION_WORD = /(?<!\p{L})(?:föreningen|stiftelsen|förbundet|kommun|stad|region|nämnden|förvaltningen|IOP)(?!\p{L})/iu;

function nameBeforeParty(doc: SourceDoc, partyNames: string[]): { name: string; start: number } | null {
  return nameInClause(doc.prose.slice(0, 8000), partyNames);
}

/**
 * The partnership a decision's clause names before its parties: "partnerskap Sommarläger för alla med Föreningen X",
 * also set off by commas ("partnerskap, Öppen gård, mellan A och B") or after "om"/"för"/"avseende"; `start` is
 * the name's offset in `text`.
 */
export function nameInClause(text: string, partyNames: string[]): { name: string; start: number } | null {
  for (const m of text.matchAll(NAME_BEFORE_WITH)) {
    const name = m[1];
    if (ORGANISATION_WORD.test(name) || onlyPartyWords(name, partyNames)) continue;
    return { name, start: m.index + m[0].lastIndexOf(name) };
  }
  return nameAfterParty(text, partyNames);
}

/**
 * "att ingå IOP-avtal med Föreningen X, org.nr 802…, om Läxhjälp Norr för perioden …": the name after the party the
 * clause enters the partnership with, after "om"/"avseende", ending where the period or the clause's next part
 * begins. Read only right after a party's name (its org number between), never anywhere in the text.
 */
const NAME_AFTER_PARTY =
  /(?:[ \t]*,?[ \t]*\(?(?:org\.?[ \t]*nr\.?|organisationsnummer)?[ \t]*\d{6}[ \t]*[-–][ \t]*\d{4}\)?)?[ \t]*,?[ \t]+(?:om|avseende)[ \t]+(\p{Lu}[\p{L}\d]*(?:[ \t]+[\p{L}\d-]+){0,5}?)(?=[ \t]+(?:för[ \t]+(?:perioden|tiden|åren)|under[ \t]+(?:perioden|tiden|åren)|från|fr\.o\.m|med[ \t]+(?:start|ett|en)|enligt)(?!\p{L})|[ \t]*[,;.]|[ \t]*$)/uy;

function nameAfterParty(text: string, partyNames: string[]): { name: string; start: number } | null {
  const lowerText = text.toLowerCase();
  for (const party of partyNames) {
    const at = party ? lowerText.indexOf(party.toLowerCase()) : -1;
    if (at < 0) continue;
    NAME_AFTER_PARTY.lastIndex = at + party.length;
    const m = NAME_AFTER_PARTY.exec(text);
    if (!m) continue;
    const name = m[1];
    if (ORGANISATION_WORD.test(name) || onlyPartyWords(name, partyNames) || namesOnlyKindAndParties(name, partyNames)) continue;
    return { name, start: m.index + m[0].lastIndexOf(name) };
  }
  return null;
}

/** The name when the title names only the kind and the parties: a short name the document uses, or the civil party's. */
function ownShortName(doc: SourceDoc, civilNames: string[]): Extracted<string> {
  const short = SHORT_NAME.exec(doc.prose);
  if (short) {
    const start = short.index + 1;
    return found(squash(short[1]), [provenance('name', doc.text, start, start + short[1].length)], [
      warning('INFERRED', 'name', `Rubriken anger bara dokumenttypen och parterna; dokumentets eget kortnamn ”${squash(short[1])}” används som namn.`),
    ]);
  }
  if (civilNames.length) {
    const name = civilNames.join(' och ');
    const title = titleParagraph(doc);
    return found(name, title ? [provenance('name', doc.text, title.start, title.end)] : [], [warning('INFERRED', 'name', `Dokumentet ger partnerskapet inget eget namn (rubriken anger bara dokumenttypen och parterna); den idéburna partens namn används.`)]);
  }
  return found('Namnlös överenskommelse', [], [warning('MISSING_FIELD', 'name', 'Dokumentet ger partnerskapet inget namn.')]);
}

const KIND_WORDS = /(?<!\p{L})(?:[\p{L}-]*överenskommelse|[\p{L}-]*avtal|ordförandebeslut|delegationsbeslut|protokollsutdrag|om|idéburet|idéburna|offentligt|offentliga|partnerskap|iop|mellan|med|och|samt|tjänsteskrivelse|revidering|förlängning|av|förslag|till|beslut|enligt|modellen|formen|inom|ramen)(?!\p{L})/giu;

/** "Idéburet offentligt partnerskap, Föreningen X", "Överenskommelse mellan A och B": the kind and the parties, no name. */
export function namesOnlyKindAndParties(text: string, partyNames: string[]): boolean {
  const rest = text.replace(KIND_WORDS, ' ');
  // Nothing left but punctuation ("Partnerskapsavtal enligt modellen idéburet offentligt partnerskap (IOP)") is a kind too.
  return rest.trim() !== text.trim() && (!/[\p{L}\d]/u.test(rest) || onlyPartyWords(rest, partyNames));
}

function titleName(doc: SourceDoc, civilNames: string[], partyNames: string[]): Extracted<string | null> {
  const chosen = titleCandidate(doc, civilNames, partyNames);
  // A title that is a party's name ("… partnerskap Föreningen X") names the party: the fallback says so.
  const party = chosen.value !== null && partyNames.some((p) => p.toLowerCase() === chosen.value!.toLowerCase());
  return chosen.value !== null && (party || namesOnlyKindAndParties(chosen.value, partyNames)) ? found(null) : chosen;
}

function titleCandidate(doc: SourceDoc, civilNames: string[], partyNames: string[]): Extracted<string | null> {
  // The front matter read as structure: a letterhead, a Dnr or a document type is never the name.
  const outline = buildOutline(doc);
  outline.front.forEach((part, i) => {
    if (part.kind === 'title' && onlyPartyWords(part.text, partyNames) && !partOfOneName(part.text, partyNames, outline.front[i - 1]?.kind)) part.kind = 'parties';
  });
  const fromFront = frontName(outline);
  if (fromFront?.kind === 'kindName' && fromFront.name) {
    return found(fromFront.name, [provenance('name', doc.text, fromFront.start, fromFront.end)]);
  }
  if (fromFront) {
    const cleaned = cleanName(cleanTitle(fromFront.text, civilNames));
    if (cleaned) return found(cleaned, [provenance('name', doc.text, fromFront.start, fromFront.end)]);
  }
  const title = titleParagraph(doc);
  if (!title) return found(null);
  // "Idéburet offentligt partnerskap mellan A och B" followed by "Överenskommelse om IOP: X": X is the name.
  const titleFirst = squash(title.lines[0].text);
  if (KIND_BETWEEN.test(titleFirst) || KIND_ONLY.test(titleFirst)) {
    const after = doc.paragraphs[doc.paragraphs.indexOf(title) + 1];
    const candidates = [...title.lines.slice(1), ...(after ? after.lines.slice(0, 1) : [])];
    for (const line of candidates) {
      const m = KIND_THEN_NAME.exec(squash(line.text));
      if (!m) continue;
      const start = line.start + line.text.indexOf(m[1]);
      return found(squash(m[1]), [provenance('name', doc.text, start, start + m[1].length)]);
    }
  }
  // The name on the title's second line (PDF text) or in the paragraph after it.
  const firstLine = squash(title.lines[0].text);
  const next =
    title.lines.length > 1 && KIND_ONLY.test(firstLine)
      ? { text: squash(title.lines.slice(1).map((l) => l.text).join(' ')), start: title.lines[1].start, end: title.end }
      : KIND_ONLY.test(title.text)
        ? doc.paragraphs[doc.paragraphs.indexOf(title) + 1]
        : undefined;
  // A section's heading ("Parter", "1. Bakgrund") after a title of the kind only is no name.
  const isHeading = next !== undefined && headingTitle('lines' in next ? next.lines[0] : title.lines[1]) !== null;
  if (next && !isHeading && next.text.length <= 60 && /^\p{Lu}/u.test(next.text) && !/[.:;,]$|\d/.test(next.text) && next.text.split(' ').length <= 6) {
    return found(next.text, [provenance('name', doc.text, next.start, next.end)]);
  }
  // A title of the kind and the parties only, or one the front matter does not read as a title, is not a name.
  if (KIND_BETWEEN.test(titleFirst) || KIND_ONLY.test(squash(title.text)) || !outline.front.some((p) => p.kind === 'title' || p.kind === 'kindName')) return found(null);
  return found(cleanTitle(title.text, civilNames).slice(0, 200), [provenance('name', doc.text, title.start, title.end)]);
}

/** A title without "Revidering av IOP", a leading "IOP –", a type before a dash, a trailing party or quotation marks. */
function cleanTitle(text: string, civilNames: string[]): string {
  let name = text
    .replace(/^(revidering|förlängning|förnyelse|ändring|uppföljning)\s+av\s+/i, '')
    .replace(/^(IOP|idéburet offentligt partnerskap)(?:\s*[–:-]\s*|\s+)(?!,)/i, '');
  const dashed = /^(?:överenskommelse|avtal)\b.{0,80}?\s[–-]\s(.{2,80})$/i.exec(name);
  if (dashed) name = dashed[1];
  const comma = name.lastIndexOf(',');
  if (comma > 0 && civilNames.some((c) => name.slice(comma + 1).trim().toLowerCase() === c.toLowerCase())) {
    const head = name.slice(0, comma).trim();
    if (!GENERIC.test(head)) name = head;
    else name = text;
  }
  // A name that is only a quotation ("”Trygga vägar”") is the name without its quotation marks.
  const unquoted = /^[”"“]([^”"“]+)[”"“]$/u.exec(name.trim());
  return unquoted ? unquoted[1] : name;
}
