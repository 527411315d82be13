import { ImportError, type DocumentKind } from './result';
import { findAmounts } from './fields/amounts';
import { findOverviewTable, OverviewTable } from './fields/overview';
import { sentences, SourceDoc } from './text/source';

const IOP = /\bIOP\b|idéburet offentligt partnerskap|idéburna offentliga partnerskap|partnerskap|överenskommelse/i;
/**
 * A decision: a memo's own words, a title that names minutes or a chair's or delegated decision ("Protokollsutdrag",
 * "Ordförandebeslut: …", a line "Protokoll", or "PROTOKOLLSUTDRAG" as the right-hand part of a plain-text
 * letterhead), or a committee or its chair deciding to enter a partnership ("Hälso- och sjukvårdsnämndens ordförande
 * beslutar 1. att … ingår en överenskommelse", a kommunalförbund's "Direktionen beslutar").
 */
const DECISION =
  /förslag till (?:\p{L}+\s+)?beslut|beslutsunderlag|tjänsteskrivelse|^\s*ärende\s*$|[ \t]{3,}(?:sammanträdesprotokoll|protokollsutdrag)[ \t]*$|^[\s#*_]*(?:sammanträdesprotokoll|protokollsutdrag|protokoll|ordförandebeslut|delegationsbeslut)[\s#*_]*(?:$|[:–-]|§|\d{4}-\d{2}-\d{2})|(?:nämnd|styrelse|ordförande|direktion)\p{L}*\s+beslutar(?:\s+\p{L}+){0,3}?\s+(?:\d\.\s*)?att\s+(?:\p{L}+\s+){0,4}(?:ingå|teckna|ingås|tecknas)(?!\p{L})/imu;
/**
 * A memo named in running text as another document: "som redovisas i tjänsteskrivelsen till nämndens beslut", "enligt
 * beslutsunderlaget". An agreement may refer to the memo behind its decision; that makes it no memo.
 */
const MEMO_REFERENCE = /(?<!\p{L})(?:i|enligt|av|se|från|till|med)\s+(?:\p{L}+s\s+)?(?:tjänsteskrivelsen|beslutsunderlaget)(?!\p{L})/giu;
/** Whether the head of a document reads as a decision (DECISION), references to another memo left out. */
const decisionHead = (head: string): boolean => DECISION.test(head.replace(MEMO_REFERENCE, ' '));
const AGREEMENT = /tecknar|parterna|org(?:anisations)?\.?\s*-?\s*n(?:umme)?r|giltighet|gäller från och med/i;

/** The partnership named as such; the loose words above ("partnerskap", "överenskommelse") are not enough to refuse on. */
const STRICT_IOP = /\bIOP\b|idéburet offentligt partnerskap|idéburna offentliga partnerskap/i;
/** IOP mentioned as the road not taken: "prövat om samarbetet i stället skulle kunna utformas som ett IOP". */
const NOT_CHOSEN =
  /i stället|istället|prövat om|prövats|övervägt|övervägts|snarare än|alternativ|inte (?:lämpligt|aktuellt|valts|valt)|har inte bedömts|(?:är|utgör) inte (?:en|ett|något|någon)\b|ingås inte|inte (?:är|utgör) (?:en|ett)\b|\bborde\b|skulle kunna|(?:undersökt|sett över|bedömt|utrett) om/i;
/**
 * IOP said not to be decided here: "prövas inte i detta beslut", "avser inte IOP", "behandlas inte", "tas inte ställning
 * till", "hanteras i ett eget ärende". A sentence right after the mention may say it of the mention ("Föreningen har
 * frågat om att ingå ett idéburet offentligt partnerskap. Det prövas inte i detta beslut …").
 */
const NOT_DECIDED =
  /(?<!\p{L})(?:(?:prövas|prövats|behandlas|beslutas|avser|avses|omfattar|ingår)\s+(?:inte|ej|icke)|tas\s+(?:inte|ej)\s+ställning|hanteras\s+(?:separat|(?:i|som)\s+ett\s+(?:eget|separat|annat|nytt)\s+ärende))(?!\p{L})/iu;
/** A sentence that refers back to the one before it: "Det …", "Detta …", "Frågan …", "Den begäran …". */
const REFERS_BACK = /^\s*(?:det|detta|den(?:na)?\s+(?:frågan|begäran|ansökan|delen)|frågan|begäran|önskemålet|ansökan\s+om\s+(?:IOP|partnerskap))(?!\p{L})/iu;

/** Whether a text names the partnership as such ("IOP", "idéburet offentligt partnerskap"). */
export const mentionsIop = (text: string): boolean => STRICT_IOP.test(text);

/**
 * Whether a sentence's mention of IOP denies, weighs or defers it rather than states it: "är inte ett IOP", "och inte
 * en överenskommelse om idéburet offentligt partnerskap" (DENIES_IOP), "i stället
 * för IOP", "prövas inte i detta beslut", or such words in the next sentence when that one refers back to it.
 * @example negatedMention('Föreningen har frågat om att ingå ett IOP.', 'Det prövas inte i detta beslut.') // true
 */
export function negatedMention(sentence: string, next: string): boolean {
  return NOT_CHOSEN.test(sentence) || NOT_DECIDED.test(sentence) || DENIES_IOP.test(sentence) || (REFERS_BACK.test(next) && NOT_DECIDED.test(next));
}

/** Other instruments a municipality signs with an association: procurement, lease, grant, minutes. */
const OTHER_INSTRUMENT =
  /\b(?:LOU|offentlig upphandling|upphandlingen|leverantören|hyresavtal|hyreskontrakt|hyresgästen|hyresvärden|verksamhetsbidrag|föreningsbidrag|föreningsstöd|årsmöte(?:t|ts)?|stämman)\b/gi;

/**
 * A document that speaks of IOP only to say it was not chosen, or that is another instrument (a procurement
 * contract, a lease, a grant decision, minutes) with no sentence that makes it an IOP, is not an IOP document.
 */
function notAnIop(doc: SourceDoc): string | null {
  const all = sentences(doc);
  const mentions = all.filter((s) => STRICT_IOP.test(s.text));
  if (sponsorship(doc, all)) {
    return 'Dokumentet är ett sponsringsavtal (sponsor, mottagare, motprestationer eller exponering); det är inget IOP, inget beslutsunderlag och ingen översikt över IOP.';
  }
  const positive = mentions.filter((s) => !negatedMention(s.text, all[all.indexOf(s) + 1]?.text ?? ''));
  // A document that denies being an IOP in its own words outweighs a passing mention (a forwarding note asking whether
  // it "hör till IOP-ärendet"), unless some sentence calls it one.
  // Notes of a meeting that talked about a partnership: "Ingen överenskommelse har träffats och inga beslut fattades".
  const onlyTalks = all.some((s) => NOTHING_AGREED.test(s.text)) && all.some((s) => NOTHING_DECIDED.test(s.text));
  if (positive.length && !((deniesItself(all) || onlyTalks) && !all.some((s) => CALLS_ITSELF_IOP.test(s.text)))) return null;
  if (onlyTalks) {
    return 'Dokumentet är anteckningar från samtal om ett möjligt partnerskap: det säger att ingen överenskommelse har träffats och att inga beslut fattades. Det är ingen IOP-överenskommelse, inget beslutsunderlag och ingen översikt över IOP.';
  }
  const other = (doc.text.match(OTHER_INSTRUMENT) ?? []).length;
  if (grantDecision(doc)) {
    return 'Dokumentet är ett beslut om bidrag enligt bidragsregler (föreningsbidrag, verksamhetsbidrag, aktivitetsstöd); IOP nämns bara som något som inte beslutas här. Det är ingen IOP-överenskommelse, inget beslutsunderlag och ingen översikt över IOP.';
  }
  if (mentions.length && !/partnerskap|överenskommelse/i.test(doc.prose.replace(new RegExp(STRICT_IOP.source, 'gi'), ''))) {
    return 'Dokumentet nämner IOP bara som ett alternativ som inte valdes; det är ingen IOP-överenskommelse, inget beslutsunderlag och ingen översikt över IOP.';
  }
  if (procurementContract(doc)) {
    return 'Dokumentet är ett upphandlat avtal (LOU/LUF: beställare, leverantör, anbud, option eller vite), inte ett IOP.';
  }
  if (deniesItself(all)) {
    return 'Dokumentet säger själv att det inte är ett idéburet offentligt partnerskap (eller att ingen idéburen organisation är part); det är ingen IOP-överenskommelse, inget beslutsunderlag och ingen översikt över IOP.';
  }
  const partnership = all.some((s, k) => /partnerskap/i.test(s.text) && !negatedMention(s.text, all[k + 1]?.text ?? ''));
  if (other >= 2 && !partnership) return 'Dokumentet är ett annat slags avtal eller beslut (upphandling, hyresavtal, bidrag eller protokoll), inte ett IOP.';
  return null;
}

/** A sponsorship's own words: "Sponsringsavtal", "sponsring av …", "huvudsponsor", "Sponsorbelopp", "sponsorn". */
const SPONSOR_WORD = /(?<!\p{L})(?:sponsr\p{L}*|\p{L}*sponsor\p{L}*)(?!\p{L})/iu;
/** The sponsor as a party's label ("Sponsor", "Sponsor:") or alias ("nedan kallad Sponsorn"). */
const SPONSOR_ROLE = /^[\t ]*(?:[#*_\d.)]+[\t ]*)?sponsor(?:n)?[\t ]*(?::|\t|$)|(?:nedan|fortsättningsvis)(?:\s+kallad)?\s+[”"“*]?Sponsorn(?!\p{L})/imu;
/** What the sponsored party gives back: "motprestationer", "exponering", the sponsor's logotyp or varumärke, reklamskyltar. */
const GIVES_BACK = /(?<!\p{L})(?:motprestation\p{L}*|exponer\p{L}*|logotyp\p{L}*|varumärke\p{L}*|reklam\p{L}*)(?!\p{L})/iu;
/** The document calls itself an IOP: "Detta avtal är ett idéburet offentligt partnerskap", "Överenskommelsen utgör ett IOP". */
const CALLS_ITSELF_IOP =
  /(?<!\p{L})(?:detta|denna|avtalet|överenskommelsen|samarbetet|partnerskapet|sponsringen)(?:\s+\p{L}+)?\s+(?:är|utgör|ingås\s+som|tecknas\s+som)\s+(?:ett|en)\s+(?:(?:överenskommelse|avtal)\s+om\s+)?(?:IOP|idéburet\s+offentligt\s+partnerskap)(?!\p{L})/iu;

/**
 * A sponsorship agreement (a company or a public body pays a club, which gives back exposure: the sponsor's logo,
 * signs, tickets) is no IOP unless it calls itself one: its title (one of the first five lines) or a party's label
 * names the sponsorship ("Sponsringsavtal", "Sponsor" / "Mottagare"), the sponsored party gives something back
 * ("motprestationer", "exponering", "logotyp"), and neither its title nor any sentence calls it an IOP (a title naming
 * IOP without denying it, or "Detta avtal är ett idéburet offentligt partnerskap"). A real IOP that counts "sponsring"
 * among the förening's own funds names no sponsorship in its title and is never refused here.
 * @example sponsorship(buildSource('Sponsringsavtal 2028\nSponsor\nX AB …\nFöreningens motprestationer …'), sentences(doc)) // true
 */
function sponsorship(doc: SourceDoc, all: { text: string }[]): boolean {
  const head = doc.text.slice(0, 1200).split('\n').filter((l) => l.trim()).slice(0, 5);
  if (!head.some((l) => l.length <= 160 && SPONSOR_WORD.test(l)) && !SPONSOR_ROLE.test(doc.text)) return false;
  if (!GIVES_BACK.test(doc.prose)) return false;
  if (head.some((l) => STRICT_IOP.test(l) && !DENIES_IOP.test(l))) return false;
  return !all.some((s) => CALLS_ITSELF_IOP.test(s.text));
}

/**
 * A grant under a committee's rules: "enligt nämndens bidragsregler", "föreningsbidrag", "verksamhetsbidrag",
 * "aktivitetsstöd", "insatsmedel" (funds granted for a stated effort).
 */
const GRANT_WORDS =
  /(?<!\p{L})(?:bidragsregl\p{L}*|(?:förenings|verksamhets|aktivitets|drift|lokal|grund|projekt|kultur|fritids)(?:bidrag|stöd)\p{L}*|föreningsstöd\p{L}*|insatsmedel|insatsmedlen|regler\s+för\s+(?:bidrag|stöd|föreningsstöd))(?!\p{L})/iu;
/**
 * "Något partnerskap eller någon överenskommelse mellan kommunen och föreningen ingås inte", "Inget IOP tecknas": the
 * document says it enters no partnership.
 */
const NONE_ENTERED =
  /(?<!\p{L})(?:något\s+(?:idéburet\s+offentligt\s+)?(?:partnerskap|IOP)(?!\p{L})[^.;!?]{0,100}?\s+(?:ingås|tecknas|sluts)\s+(?:inte|ej)|(?:inget|ingen)\s+(?:idéburet\s+offentligt\s+)?(?:partnerskap|IOP)(?!\p{L})[^.;!?]{0,100}?\s+(?:ingås|tecknas|sluts))(?!\p{L})|(?<!\p{L})(?:ingås|tecknas|sluts)\s+(?:inte\s+(?:något|någon)|inget|ingen)(?!\s+(?:nytt|ny|ytterligare|annat|annan)(?!\p{L}))(?:\s+\p{L}+(?:\s+(?:och|eller)\s+(?:inget|ingen|något|någon))?){0,3}?\s+(?:idéburet\s+offentligt\s+)?(?:partnerskap|IOP)(?!\p{L})/iu;
/**
 * A record that nothing was agreed ("Ingen överenskommelse har träffats", "inget avtal har tecknats") and, with it,
 * that nothing was decided ("inga beslut fattades"): a meeting's notes, not an agreement or a decision. Together only:
 * an agreement's own clause that no other agreement binds the parties ("Inga andra överenskommelser har träffats")
 * is plural or qualified, and decides nothing either way.
 */
const NOTHING_AGREED = /(?<!\p{L})(?:ingen|inget)\s+(?:överenskommelse|avtal|partnerskap|IOP)\s+(?:har\s+|hade\s+)?(?:träffats|ingåtts|tecknats|slutits|gjorts)(?!\p{L})/iu;
const NOTHING_DECIDED = /(?<!\p{L})(?:inga|inget)\s+beslut\s+(?:har\s+|hade\s+)?(?:fattats|fattades|togs|tagits)(?!\p{L})/iu;
/**
 * This document as the means or place of what a sentence says: "Genom detta beslut …", "Med denna överenskommelse …",
 * "I detta avtal …".
 */
const BY_THIS = /(?<!\p{L})(?:genom|med|i|enligt)\s+(?:detta|denna|det\s+här|den\s+här)\s+\p{L}*(?:beslut|avtal|överenskommelse|dokument)(?!\p{L})/iu;
/** The grant granted: "Föreningen beviljas …", "nämnden beviljar", "beslutar att bevilja", "tilldelas bidrag". */
const GRANTS = /(?<!\p{L})(?:bevilja|beviljas|beviljar|beviljat|beviljats|beviljade|tilldela|tilldelas|tilldelar|tilldelats)(?!\p{L})/iu;
/** What a granting sentence grants: a grant, support, or funds ("medel", "insatsmedel"). */
const GRANTED = /bidrag|stöd|medel/iu;

/**
 * A grant decided under a committee's rules for grants (föreningsbidrag, verksamhetsbidrag, aktivitetsstöd; often by
 * delegation) is another instrument than an IOP: it names such a grant, a sentence grants it, and no sentence names IOP
 * or a partnership without denying or deferring it ("prövas inte i detta beslut", "är inte ett IOP", "i stället för
 * IOP"). A real IOP that mentions a separate föreningsbidrag beside the partnership names the partnership as such and
 * is never refused here (notAnIop returns before this on any such sentence).
 * @example grantDecision(buildSource('Föreningen beviljas verksamhetsbidrag enligt bidragsreglerna … Ett IOP prövas inte i detta beslut.')) // true
 */
function grantDecision(doc: SourceDoc): boolean {
  const all = sentences(doc);
  if (!all.some((s) => GRANTS.test(s.text) && GRANTED.test(s.text)) || !GRANT_WORDS.test(doc.prose)) return false;
  // The grant says that it enters no partnership: a partnership it mentions besides is another one.
  if (all.some((s) => NONE_ENTERED.test(s.text))) return true;
  return !all.some((s, k) => /partnerskap|(?<!\p{L})IOP(?!\p{L})/iu.test(s.text) && !negatedMention(s.text, all[k + 1]?.text ?? ''));
}

/**
 * The marks of a procurement contract, one family each: the law it was awarded under, its award, its tender
 * documents, its options and framework, its penalties. "Upphandling" alone is no mark (an IOP memo says why it is no
 * procurement); each family must stand in a sentence that states it, not one that denies, weighs or proposes it.
 */
const PROCUREMENT_MARKS: readonly RegExp[] = [
  /(?<!\p{L})(?:LOU|LUF|LOV)(?!\p{L})|lagen\s*\(20(?:16:114[56]|08:962)\)|lagen om (?:offentlig upphandling|upphandling inom försörjningssektorerna|valfrihetssystem)|19\s*a\s*kap/u,
  /(?<!\p{L})(?:tilldela(?:ts|des|t)|tilldelningsbeslut\p{L}*|avtalsspärr\p{L}*|upphandla(?:t|ts|des)|reserverat?\s+kontrakt\p{L}*)(?!\p{L})|(?:efter|genom)\s+(?:en\s+)?(?:offentlig\s+|förenklad\s+)?upphandling(?!\p{L})/iu,
  /(?<!\p{L})(?:förfrågningsunderlag\p{L}*|anbud(?:et|en|ets|sgivare\p{L}*)?|kravspecifikation\p{L}*|upphandlingsnummer|upphandlingsdokument\p{L}*)(?!\p{L})/iu,
  /(?<!\p{L})(?:option(?:en|er|erna)?|ramavtal\p{L}*|avrop\p{L}*)(?!\p{L})/iu,
  /(?<!\p{L})(?:vite(?:t|n|na|sbelopp\p{L}*)?)(?!\p{L})/iu,
];
/** A sentence that denies, weighs or proposes rather than states: "är inte en upphandling", "yrkar att … utreda upphandling". */
const NOT_STATED = /(?<!\p{L})(?:inte|ej|icke|utan|varken|aldrig|utreda|utreds|utredning|återremitt\p{L}*|yrka(?:r|nde|ndet)|föreslår|om\s+verksamheten)(?!\p{L})/iu;
/** The parties' roles in a procurement contract, as labels ("Beställare:", "Leverantör<tab>…") or aliases ("nedan Leverantören"). */
const PROCUREMENT_ROLES = /^[\t ]*(?:[#*_]+[\t ]*)?(?:beställare|leverantör)(?:en)?[\t ]*(?::|\t|$)|(?:nedan|fortsättningsvis)(?:\s+kallad)?\s+[”"“*]?(?:Beställaren|Leverantören)(?!\p{L})/imu;
/**
 * The partnership denied: "kontraktet är inte ett idéburet offentligt partnerskap (IOP)", "utgör inget IOP", "ett köp
 * av tjänster och inte en överenskommelse om idéburet offentligt partnerskap", "och inte heller ett IOP", "det är
 * varken en upphandling eller en överenskommelse om IOP", "är inte ett bidrag eller ett IOP". The negation stands right
 * before the partnership's name (perhaps "en överenskommelse om"), or "varken"/"inte" before another instrument and
 * "eller" before the name; "IOP är inte en upphandling" and "inte en upphandling utan ett IOP" deny something else.
 * Whose identity is denied is deniesItself's question.
 */
/** The denial's words before the partnership's name (see DENIES_IOP). */
const DENIAL = String.raw`(?<!\p{L})(?:(?:är|utgör)\s+(?:inte|ej|icke)(?:\s+heller)?\s+(?:ett|en|något|någon)|(?:inte|ej|icke)(?:\s+heller)?(?:\s+(?:är|utgör))?\s+(?:ett|en|något|någon)|(?:är|utgör)\s+(?:inget|ingen)|(?:varken|vare\s+sig)\s+(?:(?!(?:utan|men)(?!\p{L}))[^.;:!?\n]){1,80}?\s+eller(?:\s+(?:ett|en|något|någon))?|(?:inte|ej|icke)\s+(?:ett|en|något|någon)\s+\p{L}+\s+eller(?:\s+(?:ett|en|något|någon))?)\s+(?:(?:överenskommelse|avtal)\s+om\s+(?:ett\s+)?)?`;
const DENIES_IOP = new RegExp(String.raw`${DENIAL}(?:IOP(?!\p{L})|idéburet\s+offentligt\s+partnerskap)`, 'iu');
/**
 * The document's own denial may name the partnership plainly: "Kontraktet är inte ett partnerskap" (a LOV contract,
 * whose supplier is paid per participant). Only with the document as the subject (deniesItself): DENIES_IOP's
 * partnership, or "partnerskap" alone. A sentence naming IOP positively keeps a document from ever being refused.
 */
const DENIES_SELF = new RegExp(String.raw`${DENIAL}(?:IOP(?!\p{L})|idéburet\s+offentligt\s+partnerskap|partnerskap(?!\p{L}))`, 'iu');
/**
 * No non-profit is a party: "Ingen idéburen organisation är part", "ingen av parterna är en idéburen organisation",
 * "Inga idéburna organisationer är parter". "Ingen annan idéburen organisation …" says nothing of the one that is.
 */
const NO_CIVIL_PARTY =
  /(?<!\p{L})(?:(?:ingen|inte\s+någon)\s+idéburen\s+(?:organisation|aktör|förening|part)\s+(?:är|blir|ingår\s+som|deltar\s+som)\s+(?:en\s+)?part|inga\s+idéburna\s+(?:organisationer|aktörer|föreningar)\s+är\s+parter|ingen\s+av\s+parterna\s+är\s+(?:en\s+)?idéburen)(?!\p{L})/iu;
/**
 * The document's counterpart denied: "… och inget avtal med en idéburen organisation", "är ingen överenskommelse med
 * någon idéburen aktör". Like DENIES_SELF, only with the document as the subject (deniesItself).
 */
const NO_CIVIL_COUNTERPART =
  /(?<!\p{L})(?:inget|ingen|inte\s+(?:ett|en|något|någon))\s+(?:avtal|överenskommelse|partnerskap|samverkan)\s+med\s+(?:en\s+|någon\s+)?(?:idéburen|ideell)\s+(?:organisation|aktör|förening|part)(?!\p{L})/iu;
/**
 * A subject that is this document: "Detta avtal", "Denna överenskommelse", "Beslutet", "Överenskommelsen", "Avtalet",
 * "Ramavtalet", "Kontraktet", "Samverkan". A grant, a föreningsbidrag or the förening is another subject
 * ("Föreningsbidraget är inte ett IOP", "Detta bidrag …" in a real IOP's background).
 */
const SELF_SUBJECT =
  /^(?:(?:detta|denna|det\s+här|den\s+här|föreliggande)\s+\p{L}*(?:avtal|överenskommelse|beslut|kontrakt|dokument|samverkan|samarbete|ärende)|(?!hyres|bidrag|förenings|sponsr)\p{L}*(?:avtalet|överenskommelsen|beslutet|kontraktet|dokumentet)|samverkan|samarbetet|ärendet)(?!\p{L})/iu;
/** A pronoun subject, which stands for the subject of the clause or sentence before it: "Det", "Den", "Detta". */
const PRONOUN_SUBJECT = /^(?:det|den|detta|denna)(?!\p{L})/iu;
/** Where a clause begins inside a sentence: after ";", ":", "men", "att", "eftersom", "då". */
const CLAUSE_START = /[;:]|(?<!\p{L})(?:men|att|eftersom|då)(?!\p{L})/giu;
/** A heading run into the sentence after it: "Överenskommelsens art Överenskommelsen reglerar …" (a capital follows). */
const RUN_IN_HEADING = /^\p{Lu}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+(?=\p{Lu})/u;
/** Numbering and markup before a clause: "2.2 ", "- ", "**". */
const LEAD = /^[\s#*_>•–-]*(?:\d+(?:\.\d+)*\.?\s+)?/u;
/** Whether a clause begins with a subject (numbering, markup and a run-in heading left out: "2.2 Avtalet är …"). */
const begins = (subject: RegExp, clause: string): boolean => {
  const head = clause.replace(LEAD, '');
  return subject.test(head) || subject.test(head.replace(RUN_IN_HEADING, ''));
};

/**
 * Whether the document says of itself that it is no IOP: a sentence denies the partnership (DENIES_IOP) with this
 * document as the subject of its clause (SELF_SUBJECT: "Denna överenskommelse är inte ett IOP", "… men avtalet är ett
 * köp av tjänster och inte en överenskommelse om IOP", "angett att kontraktet inte är ett IOP"), or with "det"/"den"
 * standing for such a subject in the clause or sentence before ("Överenskommelsen reglerar … . Den är en samverkan
 * mellan två offentliga huvudmän och är inte ett IOP."; "Beslutet innebär inte …; det är varken en upphandling eller en
 * överenskommelse om IOP"), or states that no non-profit is a party (NO_CIVIL_PARTY). One pass over the sentences; each
 * looked at alone and with the one before it.
 * @example deniesItself([{ text: 'Avtalet reglerar finansieringen.' }, { text: 'Det är inte ett IOP.' }]) // true
 */
export function deniesItself(all: readonly { text: string }[]): boolean {
  return all.some((s, k) => {
    if (NO_CIVIL_PARTY.test(s.text)) return true;
    if (BY_THIS.test(s.text) && NONE_ENTERED.test(s.text)) return true;
    const m = DENIES_SELF.exec(s.text) ?? NO_CIVIL_COUNTERPART.exec(s.text);
    if (!m) return false;
    const before = s.text.slice(0, m.index);
    const starts = [...before.matchAll(CLAUSE_START)].map((c) => (c.index ?? 0) + c[0].length);
    const clause = before.slice(starts.at(-1) ?? 0);
    if (begins(SELF_SUBJECT, clause)) return true;
    if (!begins(PRONOUN_SUBJECT, clause)) return false;
    // The pronoun's antecedent: the sentence's first clause when the denial stands in a later one, else the sentence before.
    return begins(SELF_SUBJECT, starts.length ? before.slice(0, starts[0]) : (all[k - 1]?.text ?? ''));
  });
}

/**
 * A contract awarded by procurement (LOU/LUF/LOV, also one reserved for non-profits under 19 a kap. LOU): it names
 * a supplier, tender documents, options and penalties, and says so in plain statements. Three of the mark families
 * above (the parties' roles as buyer and supplier count as one), or two where the document says it is no IOP, make it
 * a procurement contract — unless some sentence calls the document an IOP (an IOP may explain that it is no
 * procurement: that sentence denies, so it counts for nothing).
 *
 * @example procurementContract(buildSource('Beställare: X kommun … Leverantör: Föreningen Y … tilldelats efter upphandling enligt LOU … option …')) // true
 */
export function procurementContract(doc: SourceDoc): boolean {
  const stated = sentences(doc).filter((s) => !NOT_STATED.test(s.text) && !NOT_CHOSEN.test(s.text) && !DENIES_IOP.test(s.text));
  if (stated.some((s) => STRICT_IOP.test(s.text))) return false;
  let families = PROCUREMENT_MARKS.filter((re) => stated.some((s) => re.test(s.text))).length;
  if (PROCUREMENT_ROLES.test(doc.text)) families++;
  const denies = sentences(doc).some((s) => DENIES_IOP.test(s.text));
  return families >= 3 || (denies && families >= 2);
}

/**
 * A decision memo proposes to enter the partnerships its table lists ("föreslås besluta att ingå idéburna
 * offentliga partnerskap med de tre organisationer … i tabell 1"); a follow-up of the committee's partnerships
 * proposes to note or approve a report ("lägger uppföljningen till handlingarna", "godkänner redovisningen").
 */
export const PROPOSES_TO_ENTER =
  /(?<!\p{L})(?:(?:ingå|ingås|teckna|tecknas|träffa|sluta)(?!\p{L})[^.;\n]{0,80}?(?:partnerskap|överenskommelse|(?<!\p{L})IOP(?!\p{L}))|(?:ingår|tecknar|sluter)\s+(?:(?:ett|en|nya?)\s+)?(?:idéburet\s+offentligt\s+partnerskap|partnerskap|överenskommelse|IOP)(?!\p{L}))/iu;

/**
 * Words that put a non-profit in the document as a party or a counterpart, not in passing ("lokala föreningar",
 * "civilsamhället", "ideella krafter" name none): "idéburen/idéburna/idéburet", "en ideell förening", a definite
 * singular of its kind ("föreningen", "stiftelsen", "jouren", "församlingen", "kåren"), a named one ("Föreningen X",
 * "Stiftelsen X", "Hovhults idrottsförening", "Kvinnojouren X", "Norrtälje Sjöscoutkår"), a club's abbreviation after
 * its name ("Nora IF"), or an org number whose first digit is 7–9 (associations, foundations, communities).
 */
const CIVIL_WORDS =
  /(?<!\p{L})(?:idéburen|idéburna|idéburet|ideell\s+förening(?!ar)|\p{L}*föreningen|\p{L}*stiftelsen|\p{L}*jouren|\p{L}*församlingen|\p{L}*kåren|studieförbundet)(?!\p{L})|(?<![\d-])(?:[7-9]\d{5}|25\d{4})\s?[-–]\s?\d{4}(?!\d)/iu;
/** An organisation named as a non-profit: a capitalised name ending in its kind ("Morö Backe Seniorförening", "Röda Korset"). */
const CIVIL_NAME =
  /(?<!\p{L})\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,4}?(?:förening|stiftelse|församling|kår|jour|sällskap)(?!\p{L})|(?<!\p{L})(?:Röda\s+Korsets?|Svenska\s+kyrkan|Rädda\s+Barnen|Stadsmissionen|Frälsningsarmén|Bris|Studiefrämjandet|Hela\s+Människan)(?!\p{L})|(?<=\p{Lu}\p{L}+\s)(?:IF|IK|BK|FF|SK|GoIF|AIK|FK)(?!\p{L})/u;

/**
 * A document whose parties are all public bodies (kommun, region, polis, åklagare, samordningsförbund: a
 * "samverkansöverenskommelse" between public principals) is not an IOP: no party was read as civil, no sentence names
 * the partnership as an IOP, and nothing in it speaks of a non-profit at all, so not even a memo's prose counterpart
 * can have been missed.
 *
 * @example publicOnly(doc, [{ parties: [{ sector: 'public' }, { sector: 'public' }] }]) // true for a Barnahus agreement between a region and three kommuner
 */
export function publicOnly(doc: SourceDoc, agreements: { parties: { sector: string }[] }[]): boolean {
  if (agreements.some((a) => a.parties.some((p) => p.sector === 'civil'))) return false;
  if (sentences(doc).some((s) => STRICT_IOP.test(s.text) && !NOT_CHOSEN.test(s.text))) return false;
  return !CIVIL_WORDS.test(doc.text) && !CIVIL_NAME.test(doc.text);
}

/** A compilation's own words for itself, in its title or first lines. */
const COMPILATION = /sammanställning|översikt|förteckning|(?:uppföljning|redovisning)\s+av\s+(?:nämndens|samtliga|alla)/iu;
/** Several partnerships: "sex överenskommelser om idéburet offentligt partnerskap", "nämndens idéburna offentliga partnerskap". */
const SEVERAL =
  /(?<!\p{L})(?:\d{1,2}|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|samtliga|alla)\s+(?:(?:pågående|aktiva|gällande)\s+)?(?:idéburna\s+offentliga\s+partnerskap|överenskommelser|partnerskap|IOP:?er|IOP)(?!\p{L})|idéburna\s+offentliga\s+partnerskap/iu;
const CIVIL_NUMBER = /(?<![\d-])((?:[7-9]\d{5}|25\d{4}))\s?[-–]\s?(\d{4})(?!\d)/g;
const DATE_RANGE = /(?<!\d)(20\d{2}-\d{2}-\d{2})\s*[–-]{1,2}\s*(20\d{2}-\d{2}-\d{2})(?!\d)/g;

/**
 * A document that calls itself a compilation of several partnerships and names several of them (three or more
 * non-profits' org numbers or periods): an overview, whether or not its table could be read. Read as one agreement it
 * would be silently wrong, so a document like this without a readable table is refused.
 *
 * @example looksLikeOverview(doc) // true for "Socialnämndens idéburna offentliga partnerskap – sammanställning" with six rows
 */
export function looksLikeOverview(doc: SourceDoc): boolean {
  const head = doc.prose.slice(0, 1500);
  if (!COMPILATION.test(head) || !SEVERAL.test(head)) return false;
  const numbers = new Set([...doc.text.matchAll(CIVIL_NUMBER)].map((m) => `${m[1]}-${m[2]}`));
  const periods = new Set([...doc.text.matchAll(DATE_RANGE)].map((m) => `${m[1]}/${m[2]}`));
  return numbers.size >= 3 || periods.size >= 3;
}

export interface Kind {
  kind: DocumentKind;
  overview: OverviewTable | null;
}

/** Overview (a table of agreements), decision memo (proposal for a committee decision) or the agreement itself. */
export function detectKind(doc: SourceDoc): Kind {
  if (!IOP.test(doc.text)) {
    throw new ImportError('NOT_IOP', 'Dokumentet verkar inte vara en IOP-överenskommelse, ett beslutsunderlag eller en översikt över IOP.');
  }
  const refused = notAnIop(doc);
  if (refused) throw new ImportError('NOT_IOP', refused);
  const overview = findOverviewTable(doc);
  const head = doc.text.slice(0, 5000);
  if (overview && overview.rows.length >= 2) {
    // A memo proposing several partnerships at once in one table: a decision, read row by row like an overview.
    const proposes = decisionHead(head) && PROPOSES_TO_ENTER.test(doc.prose.slice(0, overview.header.start));
    return { kind: proposes ? 'decision' : 'overview', overview };
  }
  if (looksLikeOverview(doc)) {
    throw new ImportError(
      'UNREADABLE',
      'Dokumentet ser ut som en översikt över flera partnerskap, men tabellens rader kunde inte läsas; inget avtal lästes in. Spara översikten som Word-fil eller text och försök igen.',
    );
  }
  if (decisionHead(head) && !/tecknar härmed/i.test(head)) return { kind: 'decision', overview: null };
  if (AGREEMENT.test(doc.text) || findAmounts(doc.text).length > 0) return { kind: 'agreement', overview: null };
  throw new ImportError('NOT_IOP', 'Dokumentet nämner partnerskap men saknar parter, belopp och giltighet; det kan inte läsas som en IOP.');
}

/**
 * A title that names the document as another instrument: a nämnd's rules, guidelines, policy, program, strategy or
 * plan ("Regler för bidrag till föreningar", "Riktlinjer för föreningsstöd", "Bidragsregler", "Kulturpolicy",
 * "Program för samverkan med civilsamhället", "Handlingsplan …"). Such a title stands on a line of its own near the
 * top, perhaps under a letterhead.
 */
const RULES_TITLE =
  /^\s*(?:[#*_]+\s*)*(?:(?:\p{L}+s|kommunens|nämndens|stadens|regionens)\s+)?\p{L}*(?:regler|riktlinjer|policy|program|strategi|handlingsplan|reglemente|normer|anvisningar|föreskrifter|bestämmelser|vägledning)(?!\p{L})/iu;

/**
 * A nämnd's rules, a policy or a program that mentions IOP in passing ("Kommunen kan även samverka … genom
 * idéburet offentligt partnerskap … omfattas inte av dessa regler") is none of the three kinds: its title says what it
 * is, its first lines do not speak of an agreement, and nothing in it was read as a civil counterpart. Amounts do not
 * save it: rules have their own (a table of grant sizes). A real agreement, memo or overview names a counterpart or
 * calls itself an agreement at the top, so it is never refused here.
 *
 * @example rulesNotAgreement(buildSource('# Regler för bidrag till föreningar\n…'), [{ parties: [{ sector: 'public' }] }]) // true
 */
export function rulesNotAgreement(doc: SourceDoc, agreements: { parties: { sector: string }[] }[]): boolean {
  if (agreements.some((a) => a.parties.some((p) => p.sector === 'civil'))) return false;
  const head = doc.text.slice(0, 800).split('\n').filter((l) => l.trim()).slice(0, 4);
  const title = head.findIndex((l) => l.length <= 120 && RULES_TITLE.test(l));
  // The letterhead and the title itself: "Riktlinjer för idéburet offentligt partnerskap" is a policy too.
  return title >= 0 && !head.slice(0, title + 1).some((l) => AGREEMENT_TITLE.test(l));
}
/**
 * A title that names the document as the non-profit's own paperwork: an application ("Ansökan om verksamhetsbidrag
 * 2029", "Bidragsansökan", "Föreningens ansökan om projektmedel", "Ansökningsblankett"), or its own plan, budget or
 * report ("Verksamhetsplan med budget 2029", "Styrelsens verksamhetsberättelse", "Årsplan", "Budget 2028",
 * "Årsredovisning"). Such a title stands on a line of its own near the top, perhaps under the förening's letterhead.
 */
const OWN_PAPER_TITLE =
  /^\s*(?:[#*_]+\s*)*(?:(?:\p{L}+s|föreningens|styrelsens|vår|vårt)\s+)?(?:(?<application>\p{L}*ansökan|ansökningsblankett)|(?:verksamhetsplan|verksamhetsberättelse|verksamhets-\s+och\s+\p{L}+|årsplan|årsberättelse|årsredovisning|förvaltningsberättelse|budget|aktivitetsplan)\p{L}*)(?!\p{L})/iu;
/**
 * An application's own labels and words, in the applicant's voice, one family each: the applicant ("Sökande:",
 * "Sökande förening"), the sum applied for ("Sökt belopp", "Summa sökt bidrag", "sökta medel"), what it is for
 * ("Ansökan avser"), the applying itself ("Vi ansöker om", "Föreningen ansöker härmed om"). A memo's account of an
 * application ("Föreningen har ansökt om …", "efter ansökan från föreningen") is none of them.
 */
const APPLICATION_MARKS: readonly RegExp[] = [
  /^[\t ]*(?:[#*_\d.)]+[\t ]*)?sökande(?:\s+(?:förening|organisation|part))?[\t ]*(?::|\t|$)/imu,
  /(?<!\p{L})(?:sökt(?:a)?\s+(?:belopp|bidrag|medel)|summa\s+sökt)(?!\p{L})/iu,
  /(?<!\p{L})ansökan\s+avser(?!\p{L})/iu,
  /(?<!\p{L})(?:vi|föreningen|organisationen|stiftelsen)\s+ansöker\s+(?:härmed\s+)?om(?!\p{L})/iu,
];
/**
 * A document that is an agreement or a decision after all: it speaks of itself as an agreement in force ("denna
 * överenskommelse", "parterna är överens", "överenskommelsen gäller"), or a public body decides in it ("Nämnden
 * beslutar", "att godkänna", "Beslut:", a memo's or minutes' title words, DECISION above). A decision only foreseen
 * ("Om nämnden beslutar att gå vidare …", "när nämnden beslutat", in a receipt for an application) decides nothing.
 */
const AGREES_OR_DECIDES =
  /(?<!\p{L})(?:(?:denna|den\s+här|föreliggande|detta)\s+(?:överenskommelse|avtal|partnerskapsavtal)|parterna\s+(?:är\s+överens|har\s+kommit\s+överens|förbinder\s+sig|åtar\s+sig)|tecknar\s+(?:härmed\s+)?(?:följande|denna|detta)|(?:överenskommelsen|avtalet)\s+gäller|(?<!(?:om|när|ifall|innan|sedan)\s+)(?:nämnd|kommunstyrelse|regionstyrelse|utskott|direktion)\p{L}*\s+(?:beslutar|beslutade|har\s+beslutat|godkänner|godkände|har\s+godkänt|beviljar|beviljade)|att\s+godkänna)(?!\p{L})|^[\t ]*(?:[#*_]+[\t ]*)?beslut[\t ]*(?::|$)/imu;

/**
 * The non-profit's own paperwork, not an agreement: an application for a grant (verksamhetsbidrag, föreningsstöd,
 * projektmedel) or the förening's own plan, budget or report. Its title says so (one of the first five lines, perhaps
 * under a letterhead, with no agreement's or memo's words up to it and no IOP or partnership in it) — or, for an
 * application without such a title, two of an application's labels stand in it ("Sökande:", "Sökt belopp") — and it
 * neither speaks of itself as an agreement nor holds a public body's decision. Such a document may wish for an IOP
 * ("På sikt skulle vi gärna diskutera ett partnerskap") and carry a budget of its own; no counterpart commits to it.
 * A memo that tells of a förening's application ("Föreningen har ansökt om …"), a decision approving a förening's
 * "Förslag till överenskommelse", or an agreement with the förening's plan attached is never refused here.
 *
 * @example ownPaperworkNotAgreement(buildSource('ANSÖKAN OM VERKSAMHETSBIDRAG 2029\nSökande förening: …')) // 'application'
 */
export function ownPaperworkNotAgreement(doc: SourceDoc): 'application' | 'plan' | null {
  if (DECISION.test(doc.text.slice(0, 5000)) || AGREES_OR_DECIDES.test(doc.text)) return null;
  const head = doc.text.slice(0, 1200).split('\n').filter((l) => l.trim()).slice(0, 5);
  const title = head.findIndex((l) => l.length <= 120 && OWN_PAPER_TITLE.test(l));
  const titled = title >= 0 && !head.slice(0, title + 1).some((l) => AGREEMENT_TITLE.test(l) || /partnerskap|(?<!\p{L})IOP(?!\p{L})/iu.test(l));
  if (titled) return OWN_PAPER_TITLE.exec(head[title])?.groups?.application ? 'application' : 'plan';
  return APPLICATION_MARKS.filter((re) => re.test(doc.text)).length >= 2 ? 'application' : null;
}
/** An agreement's or a memo's own words for itself, which a rules document's first lines do not use. */
const AGREEMENT_TITLE = /överenskommelse|avtal|tjänsteskrivelse|förslag till beslut|beslutsunderlag|protokoll|översikt|sammanställning|uppföljning/iu;
