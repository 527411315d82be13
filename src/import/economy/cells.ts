import { parseSwedishNumber } from '../../domain/swedishNumbers';
import { findAmounts, trailingAmount } from '../fields/amounts';
import { decimal } from '../fields/numbers';
import { initials, mentionedParties, PartyInfo } from '../fields/parties';
import { squash } from '../text/normalize';
import type { RawItem } from './model';
import { amountPeriod, type AmountPeriod } from './period';
import { COMMITTEE_NAME, MUNICIPAL_COMMITTEE, MUNICIPALITY_NAME, PUBLIC_BODY_NAME, REGION_COMMITTEE, REGION_NAME, ROLE_WORDS, SCALE_WORDS, UNIT_PRICE } from './vocabulary';

/** A party's committee: its unit, or the part of its name after a comma ("Luleå kommun, socialnämnden"). */
function committeeOf(p: PartyInfo): string | null {
  const committee = p.unit ?? (p.name.includes(', ') ? p.name.split(', ').slice(1).join(', ') : null);
  return committee && committee.length >= 5 ? committee : null;
}

/**
 * The parties a text names, each once, in order of first mention: by name or alias, or by committee
 * ("Socialnämnden Nordost"); a part of a name ("Nordost") counts only when nothing fuller names a party.
 */
export function partiesIn(text: string, parties: PartyInfo[]): PartyInfo[] {
  const lower = text.toLowerCase();
  // Most lines name no party: a substring test of every name first spares building the name patterns.
  if (!needlesOf(parties).some((n) => lower.includes(n))) return [];
  const byUnit = parties.filter((p) => {
    const committee = committeeOf(p);
    return committee !== null && lower.includes(committee.toLowerCase());
  });
  const any = mentionedParties(text, parties).map((h) => h.party);
  if (!any.length) return byUnit;
  // Only when a name is found at all: which of them are fuller than a part of a name.
  const strong = parties.some((p) => p.shortNames?.length) ? mentionedParties(text, fullNames(parties)).map((h) => parties[fullNames(parties).indexOf(h.party)]) : any;
  const named = [...new Set([...strong, ...byUnit])];
  return named.length ? named : [...new Set(any)];
}

const needles = new WeakMap<PartyInfo[], string[]>();
/** Every name, alias, short name and committee of the parties, in lower case (one list per list of parties). */
function needlesOf(parties: PartyInfo[]): string[] {
  let list = needles.get(parties);
  if (!list) {
    list = parties.flatMap((p) => [p.name, ...p.aliases, ...(p.shortNames ?? []), committeeOf(p) ?? '']).filter((n) => n.length >= 2).map((n) => n.toLowerCase());
    needles.set(parties, list);
  }
  return list;
}

const withoutShortNames = new WeakMap<PartyInfo[], PartyInfo[]>();
/** The parties without their short names (one list per list of parties). */
function fullNames(parties: PartyInfo[]): PartyInfo[] {
  let full = withoutShortNames.get(parties);
  if (!full) {
    full = parties.map((p) => ({ ...p, shortNames: [] }));
    withoutShortNames.set(parties, full);
  }
  return full;
}

/**
 * The one party a cell or label names, by name or alias, by a role word for the only party of a sector, or by a
 * committee of the only municipality or region that can have it (committeeParty).
 */
export function onePartyIn(text: string, parties: PartyInfo[]): PartyInfo | null {
  const named = partiesIn(text, parties);
  if (named.length) return named.length === 1 ? named[0] : null;
  const word = squash(text.replace(/^(?:summa|totalt?)\s+/i, ''));
  // "Västerås stad" for "Västerås stad, individ- och familjenämnden".
  const byBase = parties.filter((p) => p.name.includes(', ') && p.name.split(', ')[0].toLowerCase() === word.toLowerCase());
  if (byBase.length === 1) return byBase[0];
  const role = ROLE_WORDS.find((r) => r.word.test(word));
  if (!role) return committeeParty(word, parties);
  const ofSector = parties.filter((p) => p.sector === role.sector && role.fits.test(p.name));
  if (ofSector.length === 1) return ofSector[0];
  // "Stiftelsen" beside "Stiftelsen Barnens Hamn" and "Kvinnoföreningen Solrosen": the one non-profit whose name has
  // the form the word names (stiftelse, förening, förbund, jour); two of that form stay unknown.
  const form = role.sector === 'civil' ? word.toLowerCase().replace(/s$/u, '').replace(/(?:en|et)$/u, '') : '';
  const ofForm = form.length >= 4 && !form.includes(' ') ? ofSector.filter((p) => p.name.toLowerCase().includes(form)) : [];
  return ofForm.length === 1 ? ofForm[0] : null;
}

/**
 * A committee's name in a Part column or heading ("Socialnämnden", "Kultur- och fritidsnämnden", "Nämnden för
 * arbete och välfärd", "Kommunstyrelsen") that is no party's name, unit or alias: a committee acts for its
 * municipality or region, so it names the one public party that can have it. A committee of a region's kind
 * ("Hälso- och sjukvårdsnämnden", "Regionala utvecklingsnämnden") is the only region's; one of a municipality's
 * kind ("Socialnämnden", "Utbildningsnämnden") the only municipality's (kommun or stad); another the only
 * municipality or region. Two candidates (two municipalities, or a municipality and a region for a committee
 * either can have) give null: the row's party stays unknown, never a guess.
 * @example committeeParty('Utbildningsnämnden', [växjöKommun, föreningen]) // växjöKommun
 */
export function committeeParty(text: string, parties: PartyInfo[]): PartyInfo | null {
  const name = squash(text.replace(/[:;.]$/, ''));
  // A committee's abbreviation ("ASN", "HSN", "RUN"): the initials of one public party's committee (its unit).
  if (COMMITTEE_ABBREVIATION.test(name)) {
    const owners = parties.filter((p) => p.sector === 'public' && p.unit && initials(p.unit) === name);
    return owners.length === 1 ? owners[0] : null;
  }
  if (name.length > 70 || !COMMITTEE_NAME.test(name)) return null;
  const publics = parties.filter((p) => p.sector === 'public');
  const kind = REGION_COMMITTEE.test(name) ? REGION_NAME : MUNICIPAL_COMMITTEE.test(name) ? MUNICIPALITY_NAME : PUBLIC_BODY_NAME;
  const owners = publics.filter((p) => kind.test(p.name));
  return owners.length === 1 ? owners[0] : null;
}

/** A committee's abbreviation as officials write it: two to five capitals ending in the N of nämnd ("ASN", "BUN"). */
const COMMITTEE_ABBREVIATION = /^\p{Lu}{1,4}N$/u;

export function stripParens(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

/** The scale a text names for its numbers (mnkr 1 000 000, tkr 1 000), or null. */
export function scaleOf(text: string): number | null {
  for (const [re, factor] of SCALE_WORDS) if (re.test(text)) return factor;
  return null;
}

/**
 * A footnote marker after a cell's number ("450 000[^1]", "450 000[1]", "216 000²", "450 000*", "300 000 1)") is no
 * part of it; nor is a ceiling word before it ("högst 1 200", "max 90 000", "upp till 50 000": the decided amount is
 * the ceiling). Both are cut off so that the number alone is read; the cell keeps its length up to the number.
 * @example withoutMarks('450 000[^1]') // '450 000'
 */
export function withoutMarks(cell: string): string {
  return cell.replace(FOOTNOTE_MARK, '').replace(CEILING_WORD, '');
}
const FOOTNOTE_MARK = /(?<=\d(?:\s*(?:kr|kronor|tkr|sek))?\.?)\s*(?:\[\^?[\w¹²³⁴⁵⁶⁷⁸⁹⁰]{1,6}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*{1,3}|[†‡]|\s\(?[1-9]\))\s*$/u;
const CEILING_WORD = /^\s*(?:högst|maximalt|max\.?|upp\s+till|som\s+mest|intill)\s+(?=\d)/iu;

/**
 * The amount a whole table cell holds: "620 000 kr", "1 750 000:-", "3 st à 250 000 kr", or a bare number in
 * a column of kronor, scaled ("825" in tkr, "2,40" in mnkr). Dashes and empty cells hold none.
 */
export function cellAmount(cell: string, offset: number, scale: number): number | null {
  cell = withoutMarks(cell);
  const hit = trailingAmount(cell, offset);
  if (hit) {
    const before = cell.slice(0, hit.start - offset);
    if (squash(before) === '') return hit.value;
    const each = UNIT_PRICE.exec(before);
    if (each && squash(before.slice(0, each.index)) === '') return hit.value * Number(each[1]);
    return null;
  }
  const n = parseSwedishNumber(cell.replace(/\s*(?:kr|kronor|sek|tkr|mnkr)\.?$/i, ''));
  if (n === null || n < 0) return null;
  const value = Math.round(n * scale);
  // A bare number is kronor only in thousands or more (or scaled): "12" in a kronor column is a count. One above
  // the range for money is still read, and refused with a warning on its line (ranges.ts).
  return Number.isFinite(value) && value >= 100 ? value : null;
}

/**
 * A cell whose one amount names its own period ("160 000 kr per kvartal", "12 500 kr/mån", "45 000 kr per termin"
 * in a Belopp column beside "84 000 kr per år"): the amount and its period made yearly (period.ts), or why the period
 * cannot be read ("per vecka"). Null when the cell holds no such amount (a plain or yearly amount is cellAmount's).
 * @example cellPeriod('160 000 kr per kvartal', 0) // { amount: 640 000, factor: 4, note: '… (× 4)' }
 */
export function cellPeriod(cell: string, offset: number): ({ amount: number } & AmountPeriod) | null {
  const text = withoutMarks(cell);
  const all = findAmounts(text, offset);
  if (all.length !== 1 || squash(text.slice(0, all[0].start - offset)) !== '') return null;
  const period = amountPeriod(text.slice(all[0].end - offset), text, true);
  if (!period || ('factor' in period && period.factor === 1)) return null;
  return 'unread' in period ? { amount: all[0].value, ...period } : { amount: all[0].value * period.factor, ...period };
}

/** "Yrkescoacher, 18 st á 20%" → label "Yrkescoacher", quantity 18, fte 0.2; "…, 20 h/v (800 h/ år)" → hours 800. */
export function describeItem(label: string): Pick<RawItem, 'label' | 'quantity' | 'fte' | 'hours'> {
  const out: Pick<RawItem, 'label' | 'quantity' | 'fte' | 'hours'> = { label };
  const qty = /(?<![\d,])(\d{1,4})\s*(?:st|stycken|personer|pers\.?)\b/i.exec(label);
  if (qty) out.quantity = Number(qty[1]);
  // A percentage in parentheses is a fee on the salary ("(månadslön 36 000 kr, PO 32 %)"), not the post's extent.
  const pct = [...stripParens(label).matchAll(/(?<![\d,])(\d{1,3}(?:,\d{1,2})?)\s*(?:%|procent)/gi)];
  if (pct.length === 1 && decimal(pct[0][1]) > 0 && decimal(pct[0][1]) <= 100) out.fte = Math.round(decimal(pct[0][1]) * 100) / 10000;
  const hours = /(\d{1,3}(?: ?\d{3})?)\s*(?:h|tim(?:mar)?)\s*(?:\/\s*|per\s+)år/i.exec(label);
  if (hours) out.hours = Number(hours[1].replace(/ /g, ''));
  let clean = label;
  // "Ideell tid: 1 400 timmar …": the cut falls before the whole number, not inside its groups of thousands.
  const cut = /(?<!\d),\s*(?=\d)|\s+(?=\d{1,3}(?:[ .]\d{3})*\s*(?:st|%|h\/|tim))|\s+[áà]\s+\d/.exec(clean);
  if (cut && (out.quantity || out.fte || out.hours) && cut.index > 1) clean = clean.slice(0, cut.index);
  out.label = squash(stripParens(clean)).replace(/[:;,]$/, '') || squash(clean);
  return out;
}

/** A committee's name in running text: "socialnämnden", "kultur- och fritidsnämnden" (bounded words: one pass). */
const COMMITTEE_IN_TEXT = /(?<!\p{L})(?:(?:\p{L}{1,40}-,?\s+){1,4}och\s+)?\p{L}{1,40}nämnd(?:en|ens)?(?!\p{L})/giu;

/**
 * The committee a text names a party by ("Socialnämnden bidrar …", "… och kultur- och fritidsnämnden med"), in lower
 * case, or null: two statements of one municipality's share by two of its committees are two parts of it, not one
 * share stated twice.
 * @example committeeNaming('och kultur- och fritidsnämnden med', kommun, parties) // 'kultur- och fritidsnämnden'
 */
export function committeeNaming(text: string, party: PartyInfo, parties: PartyInfo[]): string | null {
  if (party.sector !== 'public' || !text.toLowerCase().includes('nämnd')) return null;
  for (const m of text.matchAll(COMMITTEE_IN_TEXT)) {
    if (onePartyIn(m[0], parties) === party) return squash(m[0].toLowerCase()).replace(/nämnd(?:ens|en)?$/, 'nämnden');
  }
  return null;
}

/** A role word ("Föreningen", "Nämnden") that opens a text, whether or not it names one of the parties. */
export function roleWordOf(text: string): string | null {
  const subject = /^(\p{L}+(?:\s+\p{L}+)?)(?=\s+(?:bidrar|står|svarar|ersätter|finansierar|betalar|tillför)|\s*[:;]?\s*$)/u.exec(squash(text));
  if (!subject) return null;
  const word = subject[1];
  return ROLE_WORDS.some((r) => r.word.test(word)) ? word : null;
}

/**
 * Where a text names parties: by name, alias or short name (the parties module), by committee ("Socialnämnden"),
 * and by a role word for the only party of its kind ("nämnden", "föreningen"). Sorted by position.
 */
export function partyMentions(text: string, parties: PartyInfo[]): { party: PartyInfo; index: number }[] {
  const hits = mentionedParties(text, parties);
  const taken = new Set(hits.map((h) => h.index));
  const lower = text.toLowerCase();
  for (const p of parties) {
    const committee = committeeOf(p);
    if (!committee) continue;
    const unit = committee.toLowerCase();
    for (let at = lower.indexOf(unit); at >= 0; at = lower.indexOf(unit, at + unit.length)) {
      if (!taken.has(at)) hits.push({ party: p, index: at });
      taken.add(at);
    }
  }
  // A committee that is no party's unit ("kultur- och fritidsnämnden med 60 000 kr" beside "socialnämnden bidrar med
  // …") names the one municipality or region that can have it (committeeParty), as in a Part column.
  if (lower.includes('nämnd')) {
    for (const m of text.matchAll(COMMITTEE_IN_TEXT)) {
      if (hits.some((h) => h.index >= m.index && h.index < m.index + m[0].length)) continue;
      const owner = committeeParty(m[0], parties);
      if (owner) {
        hits.push({ party: owner, index: m.index });
        taken.add(m.index);
      }
    }
  }
  for (const m of text.matchAll(/\p{L}+/gu)) {
    if (taken.has(m.index)) continue;
    const role = ROLE_WORDS.find((r) => r.word.test(m[0]));
    if (!role) continue;
    const fits = parties.filter((p) => p.sector === role.sector && role.fits.test(p.name));
    if (fits.length === 1) hits.push({ party: fits[0], index: m.index });
  }
  return hits.sort((a, b) => a.index - b.index);
}
