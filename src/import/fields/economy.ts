import type { ImportWarning, Provenance } from '../result';
import { bareAmount, findAmounts, trailingAmount } from './amounts';
import { provenance, warning } from './field';
import { decimal } from './numbers';
import { mentionedParties, PartyInfo } from './parties';
import { squash } from '../text/normalize';
import { Line, SourceDoc, findSection, sentences } from '../text/source';

/**
 * The economy section read line by line: party headers ("Insats; Linköpings kommun", "X bidrar med …"),
 * item lines or table rows ending in an amount, labels that run over several lines before their amount
 * (PDF text), "Totalt" rows, and sentences stating a party's share or the total.
 */
export interface RawItem {
  party: PartyInfo | null;
  label: string;
  amount: number;
  quantity?: number;
  fte?: number;
  hours?: number;
  start: number;
  end: number;
}

export interface StatedAmount {
  party: PartyInfo | null;
  amount: number;
  start: number;
  end: number;
}

export interface Economy {
  items: RawItem[];
  partyTotals: StatedAmount[];
  grandTotal: StatedAmount | null;
  warnings: ImportWarning[];
  provenance: Provenance[];
}

const TOTAL_LABEL = /^(totalt?|summa|sammanlagt|totalsumma|total kostnad|totalbelopp|sammanställning)\b/i;
const HEADER_CUE = /^(insats|insatser|kostnad(er)?|resurser|bidrag|finansiering)\b|:$|\b(bidrar|bidrag|insats|insatser|står för|del|kostnader|ersätter|finansierar|betalar)\b/i;
const PROSE_CUE = /\b(uppgår|uppgick|står för|varav|kostnad på|bidrar\s+(?:\p{L}+\s+)?med|motsvarar|beräknas till|till ett värde av)\b/iu;
const SHARE_CUE = /\b(del|andel|står för|bidrar|bidrag|finansierar|betalar|insats|bekostar|kostnad)\b/i;
const GRAND_CUE = /\b(total\p{L}*|sammanlagd\p{L}*|sammantaget|årlig\p{L}* kostnad|hela partnerskapet|värde|omslutning|budget)\b/iu;
const AMOUNT_HEADER = /^(kr|sek|kronor|belopp|kostnad|summa|tkr|värde)\b/i;

function stripParens(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

/** Label of an amount that stands alone: the lines before it, without their parenthesised explanations. */
function labelFromLines(lines: string[]): string {
  return stripParens(lines.join('\n'))
    .split('\n')
    .map((l) => squash(l).replace(/[:;,]$/, ''))
    .filter(Boolean)
    .join('; ');
}

/** "Yrkescoacher, 18 st á 20%" → label "Yrkescoacher", quantity 18, fte 0.2; "…, 20 h/v (800 h/ år)" → hours 800. */
export function describeItem(label: string): Pick<RawItem, 'label' | 'quantity' | 'fte' | 'hours'> {
  const out: Pick<RawItem, 'label' | 'quantity' | 'fte' | 'hours'> = { label };
  const qty = /(?<![\d,])(\d{1,4})\s*(?:st|stycken|personer|pers\.?)\b/i.exec(label);
  if (qty) out.quantity = Number(qty[1]);
  const pct = [...label.matchAll(/(?<![\d,])(\d{1,3}(?:,\d{1,2})?)\s*(?:%|procent)/gi)];
  if (pct.length === 1 && decimal(pct[0][1]) > 0 && decimal(pct[0][1]) <= 100) out.fte = Math.round(decimal(pct[0][1]) * 100) / 10000;
  const hours = /(\d{1,3}(?: ?\d{3})?)\s*(?:h|tim(?:mar)?)\s*(?:\/\s*|per\s+)år/i.exec(label);
  if (hours) out.hours = Number(hours[1].replace(/ /g, ''));
  let clean = label;
  const cut = /,\s*(?=\d)|\s+(?=\d+\s*(?:st|%|h\/|tim))|\s+[áà]\s+\d/.exec(clean);
  if (cut && (out.quantity || out.fte || out.hours) && cut.index > 1) clean = clean.slice(0, cut.index);
  out.label = squash(stripParens(clean)).replace(/[:;,]$/, '') || squash(clean);
  return out;
}

interface LineRead {
  label: string;
  amount: number | null;
  start: number;
  end: number;
}

function readLine(line: Line, amountColumn: { index: number; factor: number } | null): LineRead {
  if (line.cells) {
    const cells = line.cells;
    for (let i = cells.length - 1; i >= 0; i--) {
      if (!cells[i]) continue;
      const offset = line.start + line.text.indexOf(cells[i]);
      const hit = trailingAmount(cells[i], offset);
      const label = squash(cells.slice(0, i).join(' '));
      if (hit && squash(cells[i].slice(0, hit.start - offset)) === '') return { label, amount: hit.value, start: line.start, end: line.end };
      if (amountColumn && i === amountColumn.index) {
        const bare = bareAmount(cells[i]);
        if (bare !== null) return { label, amount: bare * amountColumn.factor, start: line.start, end: line.end };
      }
      break;
    }
    return { label: squash(cells.join(' ')), amount: null, start: line.start, end: line.end };
  }
  const hit = trailingAmount(line.text, line.start);
  if (!hit) return { label: squash(line.text), amount: null, start: line.start, end: line.end };
  return { label: squash(line.text.slice(0, hit.start - line.start)).replace(/[:–-]\s*$/, '').trim(), amount: hit.value, start: line.start, end: line.end };
}

function distinctParties(text: string, parties: PartyInfo[]): PartyInfo[] {
  return [...new Set(mentionedParties(text, parties).map((h) => h.party))];
}

export function economyRange(doc: SourceDoc): { from: number; to: number } {
  const section = findSection(doc, /^(ekonomi|ekonomiska konsekvenser|finansiering|kostnader|ersättning)/i);
  if (!section) return { from: 0, to: doc.lines.length };
  return { from: section.from, to: section.to };
}

export function readEconomy(doc: SourceDoc, parties: PartyInfo[]): Economy {
  const { from, to } = economyRange(doc);
  const items: RawItem[] = [];
  const partyTotals: StatedAmount[] = [];
  const totals: StatedAmount[] = [];
  let current: PartyInfo | null = null;
  let pending: string[] = [];
  let amountColumn: { index: number; factor: number } | null = null;
  let lastItem: RawItem | null = null;

  for (let i = from; i < to; i++) {
    const line = doc.lines[i];
    if (line.blank) continue;
    const read = readLine(line, amountColumn);
    if (read.amount === null) {
      if (line.cells) {
        const col = line.cells.findIndex((c) => AMOUNT_HEADER.test(c));
        if (col > 0) amountColumn = { index: col, factor: /tkr/i.test(line.cells[col]) ? 1000 : 1 };
      }
      const named = distinctParties(read.label, parties);
      if (named.length === 1 && read.label.length < 200 && HEADER_CUE.test(read.label)) {
        current = named[0];
        pending = [];
        lastItem = null;
      } else if (lastItem && /^\p{Ll}/u.test(read.label) && !doc.lines[i - 1].blank && !pending.length) {
        lastItem.label = squash(`${lastItem.label} ${read.label}`).replace(/(\p{L})- (\p{Ll})/gu, '$1$2');
      } else if (read.label.length <= 160 && !line.cells) {
        pending.push(read.label);
        lastItem = null;
      } else {
        pending = [];
        lastItem = null;
      }
      continue;
    }
    const words = read.label.split(' ').filter(Boolean).length;
    if (!line.cells && (PROSE_CUE.test(line.text) || words > 14 || (/^\p{Ll}/u.test(read.label) && !pending.length))) {
      pending = [];
      lastItem = null;
      continue;
    }
    if (TOTAL_LABEL.test(read.label)) {
      const named = distinctParties(read.label, parties);
      const stated = { party: named.length === 1 ? named[0] : null, amount: read.amount, start: read.start, end: read.end };
      (stated.party ? partyTotals : totals).push(stated);
      pending = [];
      lastItem = null;
      continue;
    }
    let label = read.label;
    const ownText = squash(stripParens(label));
    let multiLine = false;
    if ((!ownText || label.startsWith('(')) && pending.length) {
      label = labelFromLines(pending);
      multiLine = pending.length > 1;
    } else if (!ownText) {
      label = '';
    }
    pending = [];
    if (!label) continue;
    const described = multiLine ? { label } : describeItem(label);
    const named = distinctParties(described.label, parties);
    const item: RawItem = { party: current ?? (named.length === 1 ? named[0] : null), ...described, amount: read.amount, start: read.start, end: read.end };
    items.push(item);
    lastItem = item;
  }

  // Sentences stating shares and totals ("… en total årlig kostnad på 2 080 500 kr, varav Linköpings kommun står för 1 100 000 kr").
  const fromOffset = from < doc.lines.length ? doc.lines[from].start : doc.text.length;
  const toOffset = to < doc.lines.length ? doc.lines[to].start : doc.text.length;
  for (const s of sentences(doc, fromOffset, toOffset)) {
    const amounts = findAmounts(doc.prose.slice(s.start, s.end), s.start);
    if (!amounts.length) continue;
    const onItemLine = amounts.every((a) => items.some((it) => it.start <= a.start && a.end <= it.end) || [...partyTotals, ...totals].some((t) => t.start <= a.start && a.end <= t.end));
    if (onItemLine) continue;
    let prev = s.start;
    for (const a of amounts) {
      const before = doc.prose.slice(prev, a.start);
      const clause = before.split(/varav|;|, och |, medan /i).pop() ?? before;
      prev = a.end;
      const after = doc.prose.slice(a.end, Math.min(s.end, a.end + 25));
      if (/^\s*(per|\/)\s*(person|deltagare|månad|timme|h\b)/i.test(after)) continue;
      const named = distinctParties(clause, parties);
      if (named.length === 1 && SHARE_CUE.test(clause)) partyTotals.push({ party: named[0], amount: a.value, start: a.start, end: a.end });
      else if (!named.length && GRAND_CUE.test(clause)) totals.push({ party: null, amount: a.value, start: a.start, end: a.end });
    }
  }

  const warnings: ImportWarning[] = [];
  const grand = pickGrandTotal(totals, items, warnings);
  const prov: Provenance[] = [
    ...items.map((it) => provenance('costItems', doc.text, it.start, it.end)),
    ...partyTotals.map((t) => provenance('contributions', doc.text, t.start, t.end)),
    ...(grand ? [provenance('annualTotal', doc.text, grand.start, grand.end)] : []),
  ];
  return { items, partyTotals: dedupeTotals(partyTotals, warnings), grandTotal: grand, warnings, provenance: prov };
}

function dedupeTotals(totals: StatedAmount[], warnings: ImportWarning[]): StatedAmount[] {
  const out: StatedAmount[] = [];
  for (const t of totals) {
    const same = out.find((o) => o.party === t.party);
    if (!same) out.push(t);
    else if (same.amount !== t.amount) {
      warnings.push(warning('AMBIGUOUS', 'contributions', `${t.party?.name}: två olika belopp anges (${same.amount} och ${t.amount} kr); det första valdes.`));
    }
  }
  return out;
}

function pickGrandTotal(totals: StatedAmount[], items: RawItem[], warnings: ImportWarning[]): StatedAmount | null {
  if (!totals.length) return null;
  const sum = items.reduce((s, it) => s + it.amount, 0);
  const matching = totals.find((t) => t.amount === sum);
  const chosen = matching ?? totals[totals.length - 1];
  const values = new Set(totals.map((t) => t.amount));
  if (values.size > 1 && !matching) {
    warnings.push(warning('AMBIGUOUS', 'annualTotal', `Flera totalbelopp anges (${[...values].join(', ')} kr); ${chosen.amount} kr valdes.`));
  }
  return chosen;
}
