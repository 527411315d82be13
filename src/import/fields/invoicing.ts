import type { InvoicePeriodKind, InvoiceTiming, Invoicing } from '../../domain/agreement';
import { parseInvoicePeriod, PERIOD_WORDS } from '../../domain/invoicePlan';
import { parseOrgNumber } from '../../domain/orgNumber';
import type { ImportWarning, Provenance } from '../result';
import { Line, SourceDoc, sentences, type Sentence } from '../text/source';
import { Extracted, found, provenance, warning } from './field';
import type { PartyInfo } from './parties';

/*
 * The invoicing terms (issue 18), as agreements write them: a block under "Fakturan skickas till:" or "Elektronisk
 * faktura skickas till:" (recipient, address, GLN, PEPPOL-ID, org number, reference, marking, the text the invoice
 * must carry), and a sentence on how often and when ("faktureras kvartalsvis i förskott", "betalas ut månadsvis i
 * efterskott mot faktura från föreningen"). Each term is a declarative matcher; a term the document does not state
 * stays absent.
 */

/** The line that opens the block; what follows "till:" on it may already be the recipient. */
const BLOCK_CUE = /\b(?:e-?)?faktur\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:skickas|sänds|ställs|adresseras)\s+till\s*:?\s*|^\s*(?:faktura|fakturerings)(?:adress|mottagare)\s*:?\s*/iu;
const BLOCK_LINES = 16;
const BULLET = /^\s*(?:[-•▪◦●*–]\s+)/;

interface Term {
  field: keyof Invoicing;
  re: RegExp;
  /** The value from the match, or null when what was matched is no value (then the line is still a term line). */
  value: (m: RegExpExecArray) => string | null;
}

const upTo = (text: string, stop: RegExp) => text.split(stop)[0].trim();

/** The block's terms: one matcher per term, tried on each line of the block (the first hit of a term wins). */
const TERMS: Term[] = [
  { field: 'gln', re: /\bGLN\b[\s-]*(?:nr|nummer)?\.?\s*:?\s*(\d[\d ]{3,20})/i, value: (m) => (m[1].replace(/ /g, '').length === 13 ? m[1].replace(/ /g, '') : null) },
  { field: 'peppolId', re: /\bPEPPOL[\s-]*(?:ID)?\s*:?\s*(\d{4}\s*:\s*[0-9A-Za-z]+)/i, value: (m) => m[1].replace(/\s/g, '') },
  { field: 'orgNumber', re: /\b(?:organisationsnummer|org\.?\s*nr)\.?\s*:?\s*(\d{6}\s*-?\s*\d{4})\b/i, value: (m) => m[1].replace(/\s/g, '') },
  {
    field: 'reference',
    re: /\b(?:referens(?:kod|nummer|nr)?|ref\.?\s*(?:nr|kod))\s*:?\s*(?!saknas)([0-9A-Za-zÅÄÖåäö].*)$/i,
    value: (m) => upTo(m[1], /\s*[(,;]|\.(?:\s|$)/) || null,
  },
  { field: 'marking', re: /^(?:märkning|fakturan\s+(?:ska\s+)?märk(?:s|as)\s+med)\s*:?\s*(\S.*)$/i, value: (m) => m[1].trim().replace(/\.$/, '') },
  { field: 'text', re: /^(?:ange|uppge)\s*:?\s*(["“”].*)$/i, value: (m) => m[1].trim() },
];

function withoutBullet(text: string): string {
  return text.replace(BULLET, '').trim();
}

/** A line of the recipient's name or address: short, no sentence, no term of its own. */
function addressLike(text: string): boolean {
  return text.length > 0 && text.length <= 80 && !/[.!?:]$/.test(text) && !/\b(?:om|kan|ska|erbjuder|skickas)\b/i.test(text);
}

const POSTAL = /^(?:SE-?)?\d{3}\s?\d{2}\s+\p{L}/u;

interface Block {
  cue: Line;
  /** What follows the cue on its own line ("Fakturan skickas till: Linköpings kommun, Box 1, 581 81 Linköping"). */
  rest: { text: string; start: number } | null;
  lines: Line[];
}

/** The invoicing block: the cue line and the non-blank lines after it, to the next heading (at most BLOCK_LINES). */
function findBlock(doc: SourceDoc): Block | null {
  for (const line of doc.lines) {
    const m = BLOCK_CUE.exec(line.text);
    if (!m) continue;
    const section = doc.sections.find((s) => s.from <= line.index && line.index < s.to);
    const to = Math.min(section ? section.to : doc.lines.length, doc.lines.length);
    const lines = doc.lines.slice(line.index + 1, to).filter((l) => !l.blank && !l.cells).slice(0, BLOCK_LINES);
    const restText = line.text.slice(m.index + m[0].length);
    return { cue: line, rest: restText.trim() ? { text: restText, start: line.start + m.index + m[0].length } : null, lines };
  }
  return null;
}

/** How often and when, in a sentence about invoices: each kind's words. */
const PERIODS: [InvoicePeriodKind, RegExp][] = [
  ['quarter', /\b(?:kvartalsvis|(?:per|varje|en gång per|i slutet av varje)\s+kvartal)\b/iu],
  ['halfYear', /\b(?:halvårsvis|(?:per|varje|en gång per)\s+halvår|två gånger per år)\b/iu],
  ['month', /\b(?:månadsvis|månatligen|(?:per|varje|en gång per)\s+månad)\b/iu],
  ['year', /\b(?:årsvis|årligen|helårsvis|(?:per|varje|en gång per)\s+(?:kalender)?år|för helt år|per helår)\b/iu],
];
const TIMINGS: [InvoiceTiming, RegExp][] = [
  ['advance', /\b(?:i\s+förskott|förskottsvis)\b/iu],
  ['arrears', /\b(?:i\s+efterskott|efterskottsvis|i\s+efterhand)\b/iu],
];
const INVOICE_WORD = /faktur/iu;
const NEGATED = /\bfakturerar\s+inte\b|\binte\s+fakturera|\bingen\s+faktur/iu;
const EXAMPLE_PERIOD = /faktureringsperiod\p{L}*\s*,?\s*(?:t\.?\s*ex\.?|ex\.?|exempelvis|till exempel)\s*["“”]([^"“”]+)["“”]/iu;

/** The civil party a phrase names: its whole name, or two to four words of it in a row ("Röda Korset"). */
function partyNamed(phrase: string, civil: readonly PartyInfo[]): PartyInfo | null {
  const words = phrase.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 4);
  for (let k = words.length; k >= 2; k--) {
    const wanted = ` ${words.slice(0, k).join(' ')} `;
    const hits = civil.filter((p) => ` ${p.name.toLowerCase().replace(/[,.]/g, ' ').replace(/\s+/g, ' ')} `.includes(wanted));
    if (hits.length === 1) return hits[0];
  }
  return civil.find((p) => phrase.toLowerCase().startsWith(p.name.toLowerCase())) ?? null;
}

/** The civil party a sentence says invoices: "faktura från Röda Korset", "X fakturerar", "kommunen ersätter X". */
function issuerIn(text: string, parties: readonly PartyInfo[]): PartyInfo | null {
  const civil = parties.filter((p) => p.sector === 'civil');
  const after = /(?:faktura\s+från|\bersätter)\s+([^,.;:()]+)/iu.exec(text);
  if (after) {
    const party = partyNamed(after[1], civil);
    if (party) return party;
  }
  const before = /([^,.;:()]+?)\s+fakturerar\b(?!\s+inte)/iu.exec(text);
  if (before) {
    const words = before[1].trim().split(/\s+/);
    for (let k = Math.min(4, words.length); k >= 1; k--) {
      const party = partyNamed(words.slice(-k).join(' '), civil);
      if (party) return party;
    }
  }
  return null;
}

const TERM_LABELS: Record<string, string> = { gln: 'GLN', peppolId: 'PEPPOL-ID', orgNumber: 'organisationsnummer', reference: 'referens', marking: 'märkning', text: 'text på fakturan' };

/**
 * The invoicing terms with where each was read: the block's terms, the recipient and address lines, the period and
 * timing from a sentence about invoices (else, inferred, from the example period the block gives: 'ex "helår 2023"'),
 * and the civil party that invoices when a sentence names it. Null when the document states none.
 */
export function extractInvoicing(doc: SourceDoc, parties: readonly PartyInfo[], all: readonly Sentence[] = sentences(doc)): Extracted<Invoicing | null> {
  const prov: Provenance[] = [];
  const warnings: ImportWarning[] = [];
  const value: Invoicing = {};
  const set = <K extends keyof Invoicing>(field: K, v: Invoicing[K], start: number, end: number) => {
    if (v === null || v === undefined || value[field] !== undefined) return;
    value[field] = v;
    prov.push(provenance(`invoicing.${field}`, doc.text, start, end));
  };

  const block = findBlock(doc);
  if (block) {
    const candidates: { text: string; start: number; end: number }[] = [];
    if (block.rest) {
      // One line "till: Mottagare, Box 1, 581 81 Ort": its comma-separated parts are the recipient and address lines.
      let offset = block.rest.start;
      for (const part of block.rest.text.split(',')) {
        const lead = part.length - part.trimStart().length;
        candidates.push({ text: part.trim(), start: offset + lead, end: offset + lead + part.trim().length });
        offset += part.length + 1;
      }
    }
    for (const line of block.lines) {
      const text = withoutBullet(line.text);
      const start = line.start + (BULLET.exec(line.text)?.[0].length ?? line.text.length - line.text.trimStart().length);
      let term = false;
      for (const t of TERMS) {
        const m = t.re.exec(text);
        if (!m) continue;
        term = true;
        const v = t.value(m);
        if (v === null) {
          warnings.push(warning('AMBIGUOUS', `invoicing.${t.field}`, `"${text.slice(0, 80)}" kunde inte läsas som ${TERM_LABELS[t.field]}; ange det för hand.`));
          continue;
        }
        set(t.field, v, line.start, line.end);
      }
      if (!term) candidates.push({ text, start, end: line.end });
    }
    // The recipient and address: the first run of address-like lines (the recipient first), ending at a postal code.
    const run: typeof candidates = [];
    for (const c of candidates) {
      if (!addressLike(c.text)) {
        if (run.length) break;
        continue;
      }
      run.push(c);
      if (POSTAL.test(c.text)) break;
    }
    if (run.length) {
      set('recipient', run[0].text, run[0].start, run[0].end);
      if (run.length > 1) set('address', run.slice(1).map((c) => c.text).join(', '), run[1].start, run[run.length - 1].end);
    }
  }
  if (value.orgNumber) {
    const org = parseOrgNumber(value.orgNumber);
    if (org.ok) value.orgNumber = org.value;
    else {
      warnings.push(warning('INVALID_ORG_NUMBER', 'invoicing.orgNumber', `Fakturamottagarens organisationsnummer ${value.orgNumber} är ogiltigt; det lästes inte in.`));
      delete value.orgNumber;
    }
  }

  for (const s of all) {
    if (s.text.length >= 400 || !INVOICE_WORD.test(s.text) || NEGATED.test(s.text)) continue;
    const text = doc.prose.slice(s.start, s.end);
    for (const [kind, re] of PERIODS) if (re.test(text)) set('period', kind, s.start, s.end);
    for (const [timing, re] of TIMINGS) if (re.test(text)) set('timing', timing, s.start, s.end);
    const issuer = issuerIn(text, parties);
    if (issuer) set('issuer', issuer.name, s.start, s.end);
  }
  if (!value.issuer) {
    // "X ersätter Y för …" in the economy section says who is paid, hence who invoices, without the word "faktura".
    for (const s of all) {
      if (s.text.length >= 400 || !/\bersätter\b/iu.test(s.text)) continue;
      const issuer = issuerIn(doc.prose.slice(s.start, s.end), parties);
      if (issuer && block) set('issuer', issuer.name, s.start, s.end);
    }
  }
  if (!value.period && block) {
    const example = EXAMPLE_PERIOD.exec(doc.prose);
    const p = example ? parseInvoicePeriod(example[1]) : null;
    if (example && p) {
      set('period', p.kind, example.index, example.index + example[0].length);
      warnings.push(warning('INFERRED', 'invoicing.period', `Faktureringsperioden anges bara genom exemplet "${example[1]}"; ${PERIOD_WORDS[p.kind]} antogs – kontrollera.`));
    }
  }
  return found(Object.keys(value).length > 0 ? value : null, prov, warnings);
}
