import { fromCapitals, squash } from './normalize';
import { headingTitle, Line, SourceDoc } from './source';
import { frontStart, GREETING } from './email';

/**
 * The front matter of a document, read before any field: what stands above the first section is a letterhead
 * (organisation, department, Dnr, date), a document type ("ÖVERENSKOMMELSE", "Tjänsteskrivelse"), a line that
 * gives the type and the name ("Idéburet offentligt partnerskap – Verkstad Araby"), a line that only lists the
 * parties ("mellan A och B"), or a title. The agreement's name is read from this, so that a city's name in
 * capitals, a department or a Dnr is never taken for the name of the partnership.
 */
export type FrontKind = 'organisation' | 'department' | 'admin' | 'doctype' | 'kindName' | 'parties' | 'title' | 'text';

export interface FrontPart {
  kind: FrontKind;
  text: string;
  start: number;
  end: number;
  /** For `kindName`: the name the line gives after the document type. */
  name?: string;
  /** True for a part of a table row (a letterhead laid out as a table is never the title). */
  inTable: boolean;
}

export interface Letterhead {
  organisation: string | null;
  department: string | null;
  dnr: string | null;
  documentType: string | null;
}

export interface Outline {
  front: FrontPart[];
  letterhead: Letterhead;
}

/** Words of a document type, alone or as "Överenskommelse om idéburet offentligt partnerskap (IOP)". */
// Compounds of an agreement's word ("Partnerskapsöverenskommelse", "Samverkansöverenskommelse", "IOP-avtal") are types too.
const TYPE_WORD = String.raw`(?:gemensam\s+)?(?:[\p{L}-]*överenskommelsen?|[\p{L}-]*avtal(?:et)?|tillägg|tjänsteskrivelse|tjänsteutlåtande|protokollsutdrag|protokoll|beslutsunderlag|beslutsförslag|skrivelse|missiv|ordförandebeslut|delegationsbeslut)`;
/** A decision's kind before a colon that then says what it is about: "Ordförandebeslut: Idéburet offentligt partnerskap om …". */
const KIND_LABEL = /^(?:ordförandebeslut|delegationsbeslut|protokollsutdrag|tjänsteskrivelse|beslutsunderlag)\s*(?:[:–-]|§\s*\d+)\s*/iu;
const IOP_WORDS = String.raw`(?:idéburet\s+offentligt\s+partnerskap|idéburna\s+offentliga\s+partnerskap|iop-(?:avtal|överenskommelse)|iop)(?:\s*\(iop\))?`;
/** Agreement types that may stand alone before a dash and the name ("Partnerskapsavtal – X"). */
const AGREEMENT_TYPE = String.raw`(?:överenskommelse|avtal|partnerskapsavtal|samverkansavtal)`;
/** What a memo's title says it does with the agreement: "Förslag till …", "Godkännande av …". */
const ACTION = String.raw`(?:(?:förslag\s+till|beslut\s+om|godkännande\s+av|revidering\s+av|förlängning\s+av|förnyelse\s+av|uppföljning\s+av|ansökan\s+om|(?:tilläggsavtal|tillägg|ändringsavtal|ändring)(?:\s+(?:nr\.?\s*)?\d{1,2})?\s+till|till)\s+)?`;
/**
 * The kind in English, as a bilingual agreement gives it beside the Swedish ("Agreement on an idea-based public
 * partnership (IOP)", "Partnership agreement", "Idea-based public partnership"): a document type, never the name.
 */
const ENGLISH_TYPE = String.raw`(?:(?:partnership\s+)?agreement(?:\s+(?:on|for|regarding|concerning)\s+(?:an?\s+)?(?:idea-based|ideas-based|non-profit|civil[\s-]+society)?[\s-]*public(?:[\s-]+social)?\s+partnership)?|(?:an?\s+)?(?:idea-based|ideas-based|non-profit)\s+public\s+partnership|memorandum\s+of\s+understanding|decision\s+memo(?:randum)?|minutes)(?:\s*\(iop\))?`;
/**
 * What an agreement between the parties does with their partnership, between its type and the partnership's kind:
 * "Överenskommelse om förtida upphörande av idéburet offentligt partnerskap", "Avtal om ändring av IOP". Still a type.
 */
const CHANGE_OF = String.raw`(?:(?:förtida\s+)?(?:upphörande|avslutande|uppsägning|ändring|förlängning|uppföljning)\s+(?:av|i)\s+(?:ett\s+|det\s+)?)?`;
const DOCTYPE = new RegExp(String.raw`^(?:${TYPE_WORD}(?:\s+(?:om|för|avseende)\s+${CHANGE_OF}${IOP_WORDS}|\s*\(iop\))?|(?:om\s+)?${IOP_WORDS}|${ENGLISH_TYPE})$`, 'iu');
/** "Idéburet offentligt partnerskap – X", "… med Föreningen Y – X", "om idéburet offentligt partnerskap avseende X". */
const KIND_DASH = new RegExp(String.raw`^${ACTION}(?:(?:${TYPE_WORD}\s+(?:om\s+)?)?(?:om\s+)?${IOP_WORDS}|${AGREEMENT_TYPE})(?:\s+(?:med|mellan)\s+[^–:]{2,120}?)?(?:\s+[–-]|\s*:)\s+[”"“]?(\p{Lu}.{1,100})$`, 'iu');
/** "Idéburet offentligt partnerskap Grannkraft med Föreningen Y": the name between the kind and the party. */
const KIND_NAME_WITH = new RegExp(String.raw`^${ACTION}(?:${TYPE_WORD}\s+(?:om\s+)?)?${IOP_WORDS}\s+[”"“]?(\p{Lu}[^–:,]{1,60}?)[”"“]?\s+(?:med|mellan)\s+\p{Lu}.{2,120}$`, 'iu');
const KIND_CUE = new RegExp(String.raw`^${ACTION}(?:${TYPE_WORD}\s+)?(?:(?:om|avseende|gällande)\s+)?${IOP_WORDS}(?:\s+(?:med|mellan)\s+.{2,120}?)?\s+(?:avseende|för|om|gällande|kring)\s+(\p{Lu}.{1,100})$`, 'iu');
/**
 * "till överenskommelse om idéburet offentligt partnerskap Träffpunkt X", "Idéburet offentligt partnerskap Läxhjälp
 * Norr": the name ends the line right after the kind. An organisation's name there is a party, not the name.
 */
const KIND_NAME_END = new RegExp(String.raw`^${ACTION}(?:${TYPE_WORD}\s+(?:om\s+)?)?${IOP_WORDS}\s+[”"“]?(\p{Lu}[^–:,;()”"“]{1,60}?)[”"“]?$`, 'iu');
/**
 * An amendment to the agreement named without the kind: "Tilläggsavtal nr 1 till överenskommelsen om Träffpunkt X",
 * "Tillägg till avtalet Läxhjälp Norr", "Ändringsavtal 2 till partnerskapsavtalet ”Mötesplats Y”".
 */
const AMENDMENT_OF = new RegExp(
  String.raw`^(?:tilläggsavtal|tillägg|ändringsavtal|ändring)(?:\s+(?:nr\.?\s*)?\d{1,2})?\s+till\s+(?:den\s+|det\s+)?(?:${AGREEMENT_TYPE}|iop-avtal)(?:en|et|n)?(?:\s+(?:om|avseende|för|gällande))?\s+[”"“]?(\p{Lu}[^–:,;()”"“]{1,60}?)[”"“]?$`,
  'iu',
);
/**
 * "… partnerskap avseende skyddat boende för våldsutsatta – Skyddsnätet X": what the partnership is about, in lower
 * case, then a dash and its own name (capitalised, no organisation's). The case checks are made on the match
 * (the regular expression ignores case).
 */
const KIND_ABOUT_DASH = new RegExp(
  String.raw`^${ACTION}(?:${TYPE_WORD}\s+(?:om\s+)?)?${IOP_WORDS}\s+(?:avseende|om|för|gällande|kring|inom)\s+([^–:]{2,120}?)\s+[–-]\s+[”"“]?([^–:]{2,80}?)[”"“]?$`,
  'iu',
);
/**
 * What a decision's title says it does with the partnership, after a dash and in lower case: "Kvällsstugan X – beslut
 * om att inte förlänga", "… – förlängning", "… – revidering"; and the year a follow-up is about, after a comma
 * ("Uppföljning av IOP Jourverksamhet X, verksamhetsåret 2029"). Not the name: the name is before it.
 */
/**
 * A front line that is the partnership's noun and its name: "Partnerskapet Returverkstaden X" under a title that names
 * the document's matter (an agreement to end or change the partnership). The name starts with a capital (checked on
 * the match) and is no organisation's.
 */
const PARTNERSHIP_THEN_NAME = /^(?:partnerskapet|projektet|satsningen)\s+[”"“]?(\p{Lu}[^–:,;()”"“]{1,60}?)[”"“]?$/u;
const MATTER_AFTER = /\s+[–-]\s+\p{Ll}[^–]*$|,\s+(?:verksamhetsåret|verksamhetsår|året|år|avtalsåret|perioden|läsåret)\s+[^–,]*$/u;
/** The rest of a name wrapped onto the next line (up to three capitalised words), then the matter after a dash. */
const NAME_REST_THEN_MATTER = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+[–-]\s+\p{Ll}/u;
/** A subtitle that goes on from a title of the kind only: "avseende …", "om …", "för …", "gällande …". */
const SUBTITLE_CUE = /^(?:avseende|om|för|gällande|kring|inom)\s+\p{Ll}/u;
/** Words of an organisation: a name that holds one is a party's ("Idéburet offentligt partnerskap Föreningen X"). */
const ORGANISATION_NAME = /(?<!\p{L})(?:föreningen|förening|stiftelsen|stiftelse|förbundet|församling(?:en)?|kommun|stad|region(?:en)?|landsting|nämnden|förvaltningen|ideell)(?!\p{L})/iu;
/**
 * One definite noun of the activity's kind before its capitalised name: "stödboendet Trappsteget Handen",
 * "mötesplatsen Kajen", "projektet Unga Ledare" (not "öppen ungdomsverksamhet i X", which only describes).
 */
const NOUN_THEN_NAME = /^\p{Ll}{3,}(?:et|en|an|na|n)\s+[”"“]?(\p{Lu}[^–:,;()”"“]{1,60}?)[”"“]?$/u;
/** A line that only names the document type and the parties: "Överenskommelse mellan A och B". */
const PARTIES_ONLY = new RegExp(String.raw`^(?:(?:${TYPE_WORD}|${IOP_WORDS})(?:\s+om\s+${IOP_WORDS})?\s+)?mellan\s`, 'iu');

const ADMIN = /^(?:plats och tid|beslutande|närvarande|ledamöter|ersättare|övriga deltagare|sammanträdesprotokoll|nyhetsbrev\b.*|nr\s+\d|datum|dnr|diarie(?:nummer|nr)|ärende(?:nummer|nr)?|handläggare|vår referens|er referens|referens|till|telefon|tfn|tel|e-?post|version|beslutad|beslutsdatum|sammanträdesdatum|sammanträde(?:t|sdag)?|justerad|justering|sida|avtal(?:snummer)?\s+\S*\d|bilaga|upprättad|reviderad|kontakt(?:person)?)\b|\bdnr\b|diarienummer/iu;
/** A minutes' or letter's meta line: "Plats och tid: Kommunhuset …", "Tid: 18.00", "Beslutande: …", "Övriga närvarande:", "Justerare: …". */
const META = /^(?:plats(?:\s+och\s+tid)?|tid(?:\s+och\s+plats)?|(?:övriga\s+)?närvarande|frånvarande|beslutande|tjänstgörande\s+ersättare|ersättare|ledamöter|justerare|justerande|sekreterare|ordförande|paragrafer|underskrifter|anslag\p{L}*|mötesdatum|sammanträdesdag|sammanträdesdatum|utses\s+att\s+justera|protokollet\s+justeras)\s*[:\t]/iu;
/** A section's heading ("Beslut", "ÄRENDET", "Sammanfattning"): the front matter ends there, and it is no name. */
const SECTION_WORD = /^(?:beslut|(?:\p{L}+s\s+)?förslag\s+till\s+(?:\p{L}+s\s+)?beslut|beslutsförslag|ärendet|ärendebeskrivning|sammanfattning|bakgrund|beslutsunderlag|yrkanden|reservation|propositionsordning|expedieras\s+till|parter|syfte|inledning)$/iu;
/** A horizontal rule ("---", "***") between the letterhead and the text. */
const RULE = /^[-–_*=\s]+$/u;
const DATE_ONLY = /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}+\s+\d{4}|(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?:\s+\d{4})?)$/iu;
const PAGE = /^(?:sida\s+)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|(?:av|\/)\s*\d{1,3})$|^§\s*\d{1,4}$/iu;
const ORG_UNIT = /(?:förvaltning(?:en)?|nämnd(?:en)?|kontor(?:et)?|avdelning(?:en)?|enhet(?:en)?|omsorg(?:en)?|staben|sekretariat(?:et)?|kansli(?:et)?)(?:\s+\p{Lu}\p{L}*)?$|^(?:nämnden|avdelningen|enheten|förvaltningen|kontoret|staben|sektor(?:n)?|sektionen|kansliet)\s+(?:för\s)?|^\p{L}*(?:förvaltning|nämnd|kontor|avdelning)(?:en|et)?\s*,\s*(?:enheten|avdelningen|sektionen|verksamhetsområdet|området|staben)\s/iu;
/** A meeting's date after a committee's name: ", 2027-12-09", " 9 december 2027", " sammanträde 2027-12-09". */
const MEETING_DATE_AFTER = /[\s,]+(?:(?:sammanträde|sammanträdesdatum|möte)\s*:?\s*)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}+\s+\d{4})$/iu;
/** A type with a note after a dash: "Avtal – ej för vidare spridning", "Överenskommelse – utkast". */
const TYPE_NOTE = new RegExp(String.raw`^${TYPE_WORD}\s+[–-]\s+\p{Ll}`, 'u');
const ORGANISATION = /^(?:\p{Lu}[\p{L}-]*\s+(?:kommun|stad|län|kommunalförbund|samordningsförbund)|region\s+\p{Lu}[\p{L}-]*(?:\s+län)?|(?:\p{Lu}\p{L}*\s+)?\p{Lu}[\p{L}-]*regionen|\p{Lu}[\p{L}-]*s\s+läns\s+landsting)$/iu;

/**
 * A label/value line: a label of one to three words in running case (a capital only first) and a colon, then a value
 * that goes on in lower case, or holds a comma or a digit ("Beslutsfattare: fritidskonsulent, …",
 * "Dnr: KS 2026/14"). A title with a subtitle in its own capitals ("Nattcafé Vilan: Trygg natt") is none.
 */
const LABEL_LINE = /^\p{Lu}\p{Ll}+(?:[ \t]+\p{Ll}+){0,2}[ \t]*:[ \t]+(?:\p{Ll}|[^\n]*[,\d])/u;

/** How the front matter reads one line: a letterhead's part, a document type, a line of type and name, a title. */
export function classifyFront(text: string): { kind: FrontKind; name?: string } {
  const t = bare(text);
  if (!t || t.length > 300) return { kind: 'text' };
  // "Ordförandebeslut: Idéburet offentligt partnerskap om …": the label is the kind; what follows is read as a line.
  const label = KIND_LABEL.exec(t);
  if (label && label[0].length < t.length) {
    const rest = classifyFront(t.slice(label[0].length));
    return rest.kind === 'title' || rest.kind === 'kindName' ? rest : { kind: 'doctype' };
  }
  // Before the letterhead's words: "till överenskommelse om IOP avseende X" (an amendment's subtitle) gives a name.
  const withName = KIND_NAME_WITH.exec(t);
  const atEnd = KIND_NAME_END.exec(t) ?? KIND_NAME_END.exec(t.replace(MATTER_AFTER, '')) ?? AMENDMENT_OF.exec(t);
  const ownName = atEnd && /^[”"“]?\p{Lu}/u.test(atEnd[1]) && !ORGANISATION_NAME.test(atEnd[1]) ? atEnd : null;
  const about = KIND_ABOUT_DASH.exec(t);
  if (about && /^\p{Ll}/u.test(about[1]) && /^\p{Lu}/u.test(about[2]) && !ORGANISATION_NAME.test(about[2])) return { kind: 'kindName', name: cleanName(about[2]) };
  const partnership = PARTNERSHIP_THEN_NAME.exec(t.charAt(0).toLowerCase() + t.slice(1));
  if (partnership && !ORGANISATION_NAME.test(partnership[1])) return { kind: 'kindName', name: cleanName(partnership[1]) };
  const named = KIND_DASH.exec(t) ?? KIND_CUE.exec(t) ?? withName ?? ownName;
  // The name starts with a capital (case matters); "… partnerskap för öppen ungdomsverksamhet i X" only describes.
  if (named && /^[”"“]?\p{Lu}/u.test(named[1])) return { kind: 'kindName', name: cleanName(named[1]) };
  // "… om stödboendet Trappsteget", "… avseende mötesplatsen Kajen": the activity's kind, then its own name.
  const kindThenName = named ? NOUN_THEN_NAME.exec(named[1]) : null;
  if (kindThenName) return { kind: 'kindName', name: cleanName(kindThenName[1]) };
  if (ADMIN.test(t) || META.test(t) || DATE_ONLY.test(t) || PAGE.test(t)) return { kind: 'admin' };
  if (SECTION_WORD.test(t) || RULE.test(t) || GREETING.test(t)) return { kind: 'text' };
  // A bilingual type line ("Överenskommelse om IOP / Agreement on an idea-based public partnership") is a type too,
  // and so is a Swedish type followed by its translation in a language the type words do not know ("Protokollsutdrag /
  // Pöytäkirjanote"): a short word or two after the slash, never a name with its own kind.
  const halves = t.split(/\s+\/\s+/);
  const translated = halves.length === 2 && DOCTYPE.test(halves[0]) && /^\p{L}+(?:[\s-]\p{L}+)?$/u.test(halves[1]);
  const bilingualType = /\s\/\s/.test(t) && (halves.every((part) => DOCTYPE.test(part)) || translated);
  // "Tjänsteskrivelse 2030-02-18": the type with the document's date.
  if (DOCTYPE.test(t) || DOCTYPE.test(t.replace(MEETING_DATE_AFTER, '')) || bilingualType || named || TYPE_NOTE.test(t.charAt(0).toLowerCase() + t.slice(1))) return { kind: 'doctype' };
  if (PARTIES_ONLY.test(t)) return { kind: 'parties' };
  if (ORGANISATION.test(t)) return { kind: 'organisation' };
  if (ORG_UNIT.test(t) && t.split(/\s+/).length <= 8) return { kind: 'department' };
  // Minutes head their page with the committee and the meeting's date ("Kultur- och fritidsnämnden 2027-12-09").
  const undated = t.replace(MEETING_DATE_AFTER, '');
  if (undated !== t && ORG_UNIT.test(undated) && undated.split(/\s+/).length <= 8) return { kind: 'department' };
  // A city's name in capitals ("MALMÖ STAD", "SUNDSVALLS KOMMUN") or one word of capitals.
  if (!/\p{Ll}/u.test(t) && /\p{Lu}{2}/u.test(t)) return /\b(?:KOMMUN|STAD|REGION\p{Lu}*|LÄN)\b/u.test(t) ? { kind: 'organisation' } : { kind: 'doctype' };
  // A party line of the preamble ("X genom nämnden, org.nr …") is no title.
  if (/\d{6}\s?-|\borg\.?\s*nr\b|organisationsnummer/iu.test(t)) return { kind: 'text' };
  // "Beslutsfattare: fritidskonsulent, enligt …", "Ansvarig: Anna Berg": a label and its value, never a title.
  if (LABEL_LINE.test(t)) return { kind: 'admin' };
  const words = cleanName(t).split(/\s+/);
  if (/^\p{Lu}/u.test(t) && words.length <= 10 && !/[.;,:]$/.test(text.trim()) && !/^\d/.test(t)) return { kind: 'title' };
  return { kind: 'text' };
}

/** "Gatuhälsan Kalmar – hälsa och stöd för …" is "Gatuhälsan Kalmar"; "Berättarverkstan 2025–2027" is "Berättarverkstan". */
export function cleanName(text: string): string {
  let name = squash(text).replace(/^[”"“]|[”"“]$/g, '');
  const dash = /^(.{2,80}?)\s+[–-]\s+\p{Ll}/u.exec(name);
  if (dash) name = dash[1];
  name = name.replace(/\s+(?:\d{4}\s*[–-]\s*\d{2,4}|\d{4})$/u, '').replace(/[\s,;:.]+$/, '');
  return name;
}

/** The cells of one front line: table cells, and the parts of "Luleå kommun · Socialförvaltningen · Dnr …" or a text layout with wide gaps. */
function partsOf(line: Line): { text: string; start: number; end: number; inTable: boolean }[] {
  const out: { text: string; start: number; end: number; inTable: boolean }[] = [];
  const inTable = line.cells !== null;
  const re = /[^\t·|]+/g;
  for (const m of line.text.matchAll(re)) {
    // A plain-text letterhead lays its columns out with runs of spaces.
    let offset = 0;
    for (const piece of m[0].split(/ {3,}/)) {
      const at = m[0].indexOf(piece, offset);
      offset = at + piece.length;
      const text = squash(piece);
      if (text) out.push({ text, start: line.start + (m.index ?? 0) + at, end: line.start + (m.index ?? 0) + at + piece.length, inTable });
    }
  }
  return out;
}

/** A front line cut off after a dash or a dangling word continues on the next one ("… med Stadsmissionen –" / "Återbruket Birsta"). */
const DANGLING = /(?:\s[–-]|\b(?:om|med|mellan|avseende|för|och|idéburet|idéburna|offentligt|offentliga))$/iu;

const MAX_FRONT_LINES = 40;

/** Lines above the first section heading or the first paragraph of running text. */
function frontLines(doc: SourceDoc): Line[] {
  const out: Line[] = [];
  // An e-mail's header lines and greeting are no front matter: the pasted agreement's own front starts after them.
  for (const line of doc.lines.slice(frontStart(doc))) {
    if (out.length >= MAX_FRONT_LINES) break;
    if (line.blank) continue;
    const text = squash(line.text);
    if (!line.cells && headingTitle(line) && !DOCTYPE.test(text)) break;
    if (!line.cells && text.split(' ').length > 24) break;
    out.push(line);
  }
  return out;
}

export function buildOutline(doc: SourceDoc): Outline {
  const front: FrontPart[] = [];
  const lines = frontLines(doc);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let parts = partsOf(line);
    // A section's heading ends the front matter: what follows is the text (a memo's decision clause is no title).
    if (!line.cells && parts.length === 1 && SECTION_WORD.test(bare(parts[0].text))) break;
    // Join a wrapped title: "Överenskommelse om idéburet" + "offentligt partnerskap", a line that goes on in
    // lower case, and the rest of a paragraph that lists the parties ("mellan A och" / "B 2026–2027").
    while (!line.cells && parts.length === 1 && i + 1 < lines.length && !lines[i + 1].cells) {
      const next = partsOf(lines[i + 1]);
      const adjacent = lines[i + 1].index === lines[i].index + 1;
      const joins =
        next.length === 1 &&
        (DANGLING.test(parts[0].text) ||
          (adjacent && /^\p{Ll}/u.test(next[0].text)) ||
          // A subtitle paragraph under a title of the kind only: "Överenskommelse om IOP" / "avseende skyddat boende – X".
          (DOCTYPE.test(bare(parts[0].text)) && SUBTITLE_CUE.test(next[0].text)) ||
          // A kind and a name cut off at the line's end, the name's rest and the matter after a dash on the next:
          // "Överenskommelsen om idéburet offentligt partnerskap Kvällsstugan" / "Norrby – beslut om att inte förlänga".
          (adjacent && KIND_NAME_END.test(bare(parts[0].text)) && NAME_REST_THEN_MATTER.test(next[0].text)) ||
          (adjacent && classifyFront(parts[0].text).kind === 'parties'));
      if (!joins) break;
      parts = [{ text: `${parts[0].text} ${next[0].text}`, start: parts[0].start, end: next[0].end, inTable: false }];
      i++;
    }
    for (const p of parts) front.push({ ...p, ...classifyFront(p.text) });
  }
  namesInCapitals(front);
  const first = (k: FrontKind) => front.find((p) => p.kind === k)?.text ?? null;
  const dnr = front.map((p) => /(?:dnr|diarienummer|diarienr|ärendenummer)\s*:?\s*(\S.*)$/i.exec(p.text)?.[1] ?? null).find((d) => d) ?? null;
  return {
    front,
    letterhead: { organisation: first('organisation'), department: first('department'), dnr, documentType: first('doctype') },
  };
}

/**
 * "ÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP" / "NATTCAFÉ NORRBY": a line in capitals right after the
 * document type is the title, not more of the type, and is read as written in running text ("Nattcafé Norrby").
 * Names given in capitals after the type on its own line ("… – NATTCAFÉ NORRBY") are read the same way.
 */
function namesInCapitals(front: FrontPart[]): void {
  for (let i = 0; i < front.length; i++) {
    const part = front[i];
    if (part.kind === 'kindName' && part.name && part.name.includes(' ')) part.name = fromCapitals(part.name);
    const prev = front[i - 1];
    const capitals = part.kind === 'doctype' && !/\p{Ll}/u.test(part.text) && !DOCTYPE.test(bare(part.text));
    if (capitals && prev?.kind === 'doctype' && DOCTYPE.test(bare(prev.text)) && !part.inTable && part.text.split(/\s+/).length <= 8) {
      part.kind = 'title';
      part.text = fromCapitals(part.text);
    }
  }
}

/** A front line without Markdown marks and a closing colon or stop, as classify sees it. */
function bare(text: string): string {
  return text.replace(/^[*_#>\s]+|[*_\s]+$/g, '').replace(/[:.]$/, '').trim();
}

/**
 * The partnership's name from the front matter: a line that gives the type and the name, else a title after the
 * document type, else a title above it (a name printed before "Överenskommelse om …"). Null when the front
 * matter holds only a letterhead, types and parties.
 */
export function frontName(outline: Outline): FrontPart | null {
  const kindName = outline.front.find((p) => p.kind === 'kindName' && p.name);
  if (kindName) return kindName;
  const lastType = outline.front.map((p) => p.kind).lastIndexOf('doctype');
  const titles = outline.front.map((p, i) => ({ p, i })).filter(({ p }) => p.kind === 'title' && !p.inTable);
  const after = titles.find(({ i }) => i > lastType);
  if (after) return after.p;
  return titles[0]?.p ?? null;
}
