import { formatKronor } from '../../domain/money';
import type { ImportWarning, Provenance } from '../result';
import { provenance, warning } from '../fields/field';
import { findAmounts } from '../fields/amounts';
import { mentionedParties, type PartyInfo } from '../fields/parties';
import { CHANGE_VERB, PROPOSAL, REPLACES, REPLACED_VALUE } from '../text/amendment';
import { sentences, type SourceDoc, type Sentence } from '../text/source';
import { overlapTest } from '../text/spans';
import type { Economy, RawItem, StatedAmount } from './model';
import { minutesParts } from './minutes';
import { readProseShares } from './prose';
import { GRAND_STRONG } from './vocabulary';

/**
 * A decision on a proposal that changes its figures (a förening's "Förslag till överenskommelse" followed by the
 * committee's protokollsutdrag, a tjänsteskrivelse's "med den ändringen att …"). Two statements outside what the
 * economy's readers read (the decision stands after the proposal's economy section):
 *
 * 1. A decided figure of one item or party: "Kommunens verksamhetsbidrag fastställs till 310 000 kr per år (i stället
 *    för föreslagna 340 000 kr)", "Bidraget höjs till 320 000 kr" (after a proposal), "med den ändringen att
 *    lokalbidraget ska vara 60 000 kr". The decided amount replaces the proposed one on the same item: the item of
 *    the replaced amount, else the one item whose label the clause names (of the party it names). A change that
 *    matches no item is warned on, never dropped silently.
 * 2. A total stated as decided: "Partnerskapets värde blir därmed 647 000 kr per år, varav kommunens insatser …":
 *    it replaces every other stated total, and its split the parties' stated shares. Without a decided total, a
 *    proposed total the changed items no longer add up to is dropped with a warning (the items' sum stands).
 *
 * The words of a replacement are the validity rule's (text/amendment.ts REPLACES, "i stället för"), and of a change
 * CHANGE_VERB (text/amendment.ts); a bare change verb counts only after the document has named a proposal.
 */
const CHANGED_TO = new RegExp(String.raw`${CHANGE_VERB.source}\s+till(?!\p{L})`, 'iu');
/** A total the decision states as the result of its changes: "blir därmed", "uppgår därmed till", "fastställs till". */
export const DECIDED_TOTAL =
  /(?<!\p{L})(?:(?:blir|uppgår|är)\s+(?:därmed|därefter|efter\s+ändring(?:en|arna))|därmed\s+(?:till|blir|uppgår)|fastställs\s+till)(?!\p{L})/iu;

interface Change {
  amount: number;
  replaced: number | null;
  subject: string;
  start: number;
  end: number;
  text: string;
}

/** "med den ändringen att …": the change follows; its subject starts after these words. */
const CHANGE_LEAD = /(?<!\p{L})med\s+(?:den|de)\s+ändring(?:en|arna)\s+att(?!\p{L})/iu;
const INSTEAD_OF = /(?<!\p{L})i\s*stället\s+för(?!\p{L})/iu;

/** The figure a clause decides, the one it replaces and the words that name what changes; null when it decides none. */
function changeIn(doc: SourceDoc, s: Sentence, proposalBefore: boolean): Change | null {
  const raw = doc.prose.slice(s.start, s.end);
  if (!REPLACES.test(raw) && !proposalBefore) return null;
  const replacedSpans = [...raw.matchAll(REPLACED_VALUE)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
  const inReplaced = (at: number) => replacedSpans.some((r) => at >= r.from && at < r.to);
  // The verb of the change: "fastställs till", "ändras till" (REPLACES), "höjs till", "sänks till" (CHANGE_VERB).
  const amounts = findAmounts(raw);
  // A verb no amount follows changes something else ("och att platserna utökas till 12"): it decides no amount.
  const verbs = [...raw.matchAll(new RegExp(REPLACES.source, 'giu')), ...raw.matchAll(new RegExp(CHANGED_TO.source, 'giu'))]
    .filter((m) => !INSTEAD_OF.test(m[0]) && !CHANGE_LEAD.test(m[0]) && amounts.some((a) => a.start >= m.index && !inReplaced(a.start)))
    .sort((a, b) => a.index - b.index);
  const verb = verbs[0];
  const lead = CHANGE_LEAD.exec(raw);
  if (!verb && !lead && !INSTEAD_OF.test(raw)) return null;
  const replaced = amounts.find((a) => inReplaced(a.start));
  const after = verb ? verb.index : lead ? lead.index : 0;
  // "fastställs till X", "med den ändringen att … ska vara X": the figure after the verb; "X i stället för Y": the one before.
  const decided = amounts.find((a) => !inReplaced(a.start) && a.start >= after);
  if (!decided) return null;
  const from = lead && lead.index < decided.start ? lead.index + lead[0].length : 0;
  const subject = raw.slice(from, verb && verb.index > from ? verb.index : decided.start);
  return { amount: decided.value, replaced: replaced?.value ?? null, subject, start: s.start + decided.start, end: s.start + decided.end, text: s.text };
}

/** Words of an item's label that name it: "Verksamhetsbidrag" names "Kommunens verksamhetsbidrag fastställs …". */
function labelWords(label: string): string[] {
  return label.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 5);
}

export function decidedChanges(doc: SourceDoc, economy: Economy, parties: PartyInfo[]): Economy {
  const overlapsRead = overlapTest([...economy.items, ...economy.partyReadings, ...economy.totalReadings]);
  const overlapsItem = overlapTest(economy.items);
  const firstProposal = PROPOSAL.exec(doc.prose)?.index ?? -1;
  // A total is decided only in answer to a proposal: an agreement's own summary ("värdet är därmed 662 000 kr") is none.
  const afterProposal = (at: number) => firstProposal >= 0 && firstProposal < at;
  const warnings: ImportWarning[] = [];
  const prov: Provenance[] = [];
  let items = economy.items;
  let partyReadings = economy.partyReadings;
  const changedParties = new Set<PartyInfo | null>();
  const decidedTotals: StatedAmount[] = [];
  const decidedShares: StatedAmount[] = [];
  const all = sentences(doc);
  // Minutes' motions and reservations ("X yrkar att bidraget höjs till …") propose; only the decision decides.
  const debate = minutesParts(doc).filter((p) => p.part === 'debate');
  const inDebate = (s: Sentence) => debate.some((p) => s.start >= p.from && s.start < p.to);
  // A clause that states a replaced amount ("… ska vara 240 000 kr, i stället för föreslagna 200 000 kr") is a change even
  // where a reader took its figures for a party's share: not where it holds an item of its own.
  const replacedAt: { from: number; to: number }[] = [];
  const restates = (s: Sentence) =>
    !overlapsItem(s) &&
    [...doc.prose.slice(s.start, s.end).matchAll(REPLACED_VALUE)].some((m) => findAmounts(m[0]).length > 0);
  for (const s of all) {
    if ((overlapsRead(s) && !restates(s)) || inDebate(s)) continue;
    const raw = doc.prose.slice(s.start, s.end);
    if (afterProposal(s.start) && DECIDED_TOTAL.test(raw) && GRAND_STRONG.test(raw) && findAmounts(raw).length) {
      const shares = readProseShares(doc, s.start, s.end, parties, () => false);
      if (shares.totals.length) {
        decidedTotals.push(...shares.totals);
        decidedShares.push(...shares.partyTotals.filter((t) => t.party));
        continue;
      }
    }
    const change = changeIn(doc, s, afterProposal(s.start));
    if (!change) continue;
    const named = mentionedParties(change.subject, parties).map((h) => h.party);
    const ofParty = (p: PartyInfo | null) => !named.length || (p !== null && named.includes(p));
    // A word of the clause that is a label's word or inflects it ("hallhyran" of "Hallhyra"), never a part of a compound.
    const subject = change.subject.toLowerCase().split(/[^\p{L}]+/u);
    const byAmount = change.replaced === null ? [] : items.filter((it) => it.amount === change.replaced && ofParty(it.party));
    const byLabel = items.filter((it) => ofParty(it.party) && labelWords(it.label).some((w) => subject.some((x) => x.startsWith(w) && x.length <= w.length + 3)));
    const target = byAmount.length === 1 ? byAmount[0] : byAmount.length === 0 && byLabel.length === 1 && change.replaced === null ? byLabel[0] : null;
    if (target) {
      const { yearAmounts: _y, agreementYears: _a, quantity: _q, hours: _h, fte: _f, computed: _c, ...rest } = target;
      const changed: RawItem = { ...rest, amount: change.amount };
      items = items.map((it) => (it === target ? changed : it));
      changedParties.add(target.party);
      for (const m of doc.prose.slice(s.start, s.end).matchAll(REPLACED_VALUE)) replacedAt.push({ from: s.start + m.index, to: s.start + m.index + m[0].length });
      prov.push(provenance('costItems', doc.text, change.start, change.end));
      warnings.push(warning('INFERRED', 'costItems', `Beslutet ändrar ${target.label} till ${formatKronor(change.amount)} (förslaget: ${formatKronor(target.amount)}); det beslutade beloppet används.`));
      continue;
    }
    // A party's stated share the decision changes ("Kommunens bidrag fastställs till X (i stället för Y)").
    const share = change.replaced === null ? undefined : partyReadings.find((t) => t.amount === change.replaced && t.party && ofParty(t.party));
    if (share) {
      partyReadings = partyReadings.map((t) => (t === share ? { ...t, amount: change.amount, start: change.start, end: change.end } : t));
      changedParties.add(share.party);
      continue;
    }
    // A decided figure of the partnership that no proposed item or share holds: said, never guessed where it goes.
    if (economy.items.length || economy.partyReadings.length) {
      const message = `Beslutet anger ${formatKronor(change.amount)} i stället för ett föreslaget belopp ("${change.text.slice(0, 120)}"), men posten det ändrar kunde inte avgöras; kontrollera beloppen.`;
      warnings.push(warning('AMBIGUOUS', 'contributions', message), warning('AMBIGUOUS', 'annualTotal', message));
    }
  }
  // A total stated in a sentence as decided, among the totals the readers read ("blir därmed …" after a "Totalt …").
  const sentenceOf = (at: number) => all.find((s) => at >= s.start && at < s.end);
  for (const t of economy.totalReadings) {
    const s = sentenceOf(t.start);
    if (s && afterProposal(s.start) && DECIDED_TOTAL.test(doc.prose.slice(s.start, s.end)) && t === economy.totalReadings[economy.totalReadings.length - 1]) decidedTotals.push(t);
  }
  if (!changedParties.size && !decidedTotals.length) return warnings.length ? { ...economy, warnings: [...economy.warnings, ...warnings] } : economy;
  let grandTotal = economy.grandTotal;
  let totalReadings = economy.totalReadings;
  if (decidedTotals.length) {
    const decided = decidedTotals[decidedTotals.length - 1];
    const superseded = [...new Set(economy.totalReadings.filter((t) => t.amount !== decided.amount).map((t) => formatKronor(t.amount)))];
    if (superseded.length) warnings.push(warning('INFERRED', 'annualTotal', `Beslutet anger totalen ${formatKronor(decided.amount)}; det föreslagna (${superseded.join(', ')}) gäller inte.`));
    grandTotal = decided;
    totalReadings = [...economy.totalReadings.filter((t) => t.amount === decided.amount), ...decidedTotals.filter((t) => !economy.totalReadings.includes(t))];
    prov.push(provenance('annualTotal', doc.text, decided.start, decided.end));
  } else if (grandTotal && grandTotal.amount !== items.reduce((sum, it) => sum + it.amount, 0) && items.length) {
    // The proposal's total no longer holds once the decision changed an item; the decided items' sum stands.
    warnings.push(warning('INFERRED', 'annualTotal', `Förslagets total ${formatKronor(grandTotal.amount)} gäller inte sedan beslutet ändrat en post; posternas summa används.`));
    totalReadings = [];
    grandTotal = null;
  }
  // The parties' shares: the decided split replaces the proposal's; a changed party's proposed share no longer holds.
  const decidedParties = new Set(decidedShares.map((t) => t.party));
  const itemSum = (p: PartyInfo | null) => items.filter((it) => it.party === p).reduce((sum, it) => sum + it.amount, 0);
  // The replaced figure a reader took for a statement ("i stället för föreslagna 200 000 kr") states nothing.
  const replaced = (t: StatedAmount) => replacedAt.some((r) => t.start >= r.from && t.start < r.to);
  totalReadings = totalReadings.filter((t) => !replaced(t));
  const stale = (t: StatedAmount) => replaced(t) || decidedParties.has(t.party) || (changedParties.has(t.party) && economy.partyReadings.includes(t) && t.amount !== itemSum(t.party));
  partyReadings = [...partyReadings.filter((t) => !stale(t)), ...decidedShares];
  const partyTotals = partyReadings.filter((t, i) => partyReadings.findIndex((o) => o.party === t.party) === i);
  // The reading's "two different amounts" for a party the decision left with one (the proposed one is stale).
  const oneLeft = [...changedParties, ...decidedParties].filter((p) => p && new Set(partyTotals.length ? partyReadings.filter((t) => t.party === p).map((t) => t.amount) : []).size === 1);
  const settled = (w: ImportWarning) => w.code === 'AMBIGUOUS' && oneLeft.some((p) => p && w.message.startsWith(`${p.name}: två olika belopp`));
  const changedItems = new Set(items.filter((it) => !economy.items.includes(it)).map((it) => it.start));
  return {
    ...economy,
    items,
    partyTotals,
    partyReadings,
    grandTotal,
    totalReadings,
    warnings: [...economy.warnings.filter((w) => !(decidedTotals.length && w.field === 'annualTotal' && w.code === 'AMBIGUOUS') && !settled(w)), ...warnings],
    provenance: [
      ...economy.provenance.filter((p) => !(p.field === 'annualTotal' && (decidedTotals.length || !grandTotal)) && !(p.field === 'costItems' && changedItems.has(p.start))),
      ...prov,
    ],
  };
}
