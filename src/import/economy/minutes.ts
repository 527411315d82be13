import { formatKronor } from '../../domain/money';
import type { ImportWarning } from '../result';
import { warning } from '../fields/field';
import { findAmounts } from '../fields/amounts';
import { amountPeriod } from './period';
import type { PartyInfo } from '../fields/parties';
import type { SourceDoc, Line } from '../text/source';
import type { Economy, RawItem, StatedAmount } from './model';

/**
 * Minutes (protokoll, protokollsutdrag) record a proposal, the motions made on it and the decision. Only the
 * decision counts: an amount the decision states for a party replaces every amount the proposal and the motions
 * state for that party (they are not added to it), and the proposal's total no longer holds once the decision
 * changed a share. Amounts said only in the debate (motions, the order of the vote, reservations) are no economy.
 * A decision that adopts a motion without restating its amounts leaves the amounts unsure: a warning says so. The
 * proposal's items of a party stay where they add up to the amount the decision states for it (the decision restates
 * their sum, after economy/decided.ts has put a changed figure on its item).
 */

/** Words only minutes use: "Protokollsutdrag", "Sammanträdesdatum", "Justerandes signatur", "§ 87". */
const MINUTES = /(?<!\p{L})(?:protokoll(?:sutdrag|et)?|sammanträdesprotokoll|sammanträdesdatum|justerandes?(?:\s+sign)?|utdragsbestyrkande)(?!\p{L})/iu;

export type MinutesPart = 'decision' | 'debate' | 'proposal' | 'other';
type Part = MinutesPart;

/** The heading of a part of the minutes, by what it holds ("Beslut", "Socialnämndens beslut", "Yrkanden"). */
function partOf(heading: string): Part {
  const h = heading.replace(/^§\s*\d+\s*/, '').replace(/:$/, '').trim();
  // "Beslut", "Socialnämndens beslut", and the decision's lead-in on a line of its own: "Kommunstyrelsen beslutar",
  // "Kultur- och fritidsnämnden beslutar".
  if (/^(?:\p{L}+s\s+)?beslut$|^(?:\p{L}+-,?\s+(?:och\s+)?)*\p{L}+(?:n|na|et)\s+beslutar(?:\s+att)?$/iu.test(h)) return 'decision';
  if (/^(?:yrkanden?|propositionsordning(?:ar)?|omröstning|votering|omröstningsresultat|reservation(?:er)?|protokollsanteckning(?:ar)?|särskil(?:t|da)\s+yttranden?)$/iu.test(h)) return 'debate';
  if (/^förslag\s+till\s+beslut/iu.test(h)) return 'proposal';
  return 'other';
}

/** A heading line of minutes: short, capitalised, without a sentence's end or an amount. */
const isHeading = (line: Line) => !line.cells && !line.blank && line.text.trim().length <= 60 && /^\s*(?:§\s*\d+\s+)?\p{Lu}/u.test(line.text) && !/[.,;!?]\s*$/.test(line.text) && !/\d{3}/.test(line.text);

/** The parts of the minutes as offset spans, each with what it holds. */
function parts(doc: SourceDoc): { from: number; to: number; part: Part; text: string }[] {
  const out: { from: number; to: number; part: Part; text: string }[] = [];
  let current: { from: number; part: Part } = { from: 0, part: 'other' };
  for (const [k, line] of doc.lines.entries()) {
    // A line that goes on from a wrapped line of text above, which ends mid-sentence ("… partnerskap för Strandlabbet" /
    // "Mellbystrand med följande ändringar:"), is the sentence's rest, no heading.
    const above = doc.lines[k - 1];
    if (!isHeading(line) || (above && !above.blank && !above.cells && !isHeading(above) && above.text.trim().length > 60 && /[\p{L},]\s*$/u.test(above.text))) continue;
    const part = partOf(line.text);
    // A heading the minutes do not name ("Ärendet", "Beslutet skickas till") ends a decision or a debate too.
    out.push({ from: current.from, to: line.start, part: current.part, text: doc.text.slice(current.from, line.start) });
    current = { from: line.start, part };
  }
  out.push({ from: current.from, to: doc.text.length, part: current.part, text: doc.text.slice(current.from) });
  return out.filter((p) => p.to > p.from);
}

/** A clause that turns down what it names: "att avslå ansökan", "avslås", "att inte bevilja", "att inte bifalla". */
const REJECTS = /(?<!\p{L})(?:avslå|avslås|avslog|avslogs|avslag|(?:inte|ej)\s+(?:bifalla|bevilja|tillstyrka))(?!\p{L})/iu;

/** The decision's clause up to an offset: from the last "att" that opens a line, or the last stop, before it. */
function clauseBefore(text: string, at: number): string {
  const head = text.slice(Math.max(0, at - 400), at);
  const opens = [...head.matchAll(/(?:^|\n)[ \t]*(?:\d+[.)][ \t]*)?att(?!\p{L})|[.;:](?=\s)/gu)].pop();
  return opens ? head.slice(opens.index) : head;
}

/**
 * The parts of minutes (decision, debate, proposal, other) as offset spans; none for a document that is not minutes.
 * The one reader of the minutes' parts: the economy here, a decision that changes a proposal (text/amendment.ts).
 */
export function minutesParts(doc: SourceDoc): { from: number; to: number; part: MinutesPart; text: string }[] {
  return isMinutes(doc) ? parts(doc) : [];
}

/** Whether this is minutes: its words, in its first lines or its last. */
export function isMinutes(doc: SourceDoc): boolean {
  return MINUTES.test(doc.text.slice(0, 600)) || MINUTES.test(doc.text.slice(-400));
}

/**
 * The economy of minutes as decided. Unchanged for any other document.
 * @example
 * // Proposal: nämnden 450 000 kr; motion: 520 000 kr; "Beslut … med den ändringen att nämndens bidrag ska vara
 * // 520 000 kronor": the committee's items are the decision's 520 000 kr only, the proposal's total is dropped.
 */
export function decidedInMinutes(doc: SourceDoc, economy: Economy): Economy {
  if (!isMinutes(doc)) return economy;
  const spans = parts(doc);
  if (!spans.some((s) => s.part === 'decision')) return economy;
  const spanAt = (start: number): Part => spans.find((s) => start >= s.from && start < s.to)?.part ?? 'other';
  const warnings: ImportWarning[] = [];
  const all: { party: PartyInfo | null; amount: number; start: number }[] = [...economy.items, ...economy.partyReadings];
  // A decision's clause that rejects ("att avslå föreningens ansökan om … 520 000 kr") decides no amount: its
  // amounts are the application's, read like the debate's, and so is the same amount where the case restates the
  // application ("Föreningen har ansökt om … 520 000 kr").
  const rejected = new Set(all.filter((a) => spanAt(a.start) === 'decision' && REJECTS.test(clauseBefore(doc.text, a.start))).map((a) => a.amount));
  const rejectedAt = new Set(all.filter((a) => rejected.has(a.amount)).map((a) => a.start));
  const partAt = (start: number): Part => (rejectedAt.has(start) ? 'debate' : spanAt(start));
  if (rejected.size) {
    const amounts = [...rejected].map(formatKronor).join(', ');
    warnings.push(warning('INFERRED', 'contributions', `Beslutet avslår det som ${amounts} gäller (en ansökan eller ett yrkande); beloppet är inget beslutat belopp och togs inte med.`));
  }
  const decided = new Set(all.filter((a) => a.party && partAt(a.start) === 'decision').map((a) => a.party as PartyInfo));
  /** Parties whose decided grant the case states inside a larger share: the case's share is read, not the grant too. */
  const partOfCaseShare = new Set<PartyInfo>();
  /** The amounts the case writes, read or not: outside the decision and the debate. */
  const caseAmounts = new Set(findAmounts(doc.text).filter((a) => partAt(a.start) !== 'decision' && partAt(a.start) !== 'debate').map((a) => a.value));
  // A decision that states the sum of the party's items the case lists ("nämndens kostnad om 780 000 kronor" over
  // 660 000 + 120 000) restates them: it changes nothing.
  for (const p of [...decided]) {
    const listed = economy.items.filter((it) => it.party === p && partAt(it.start) !== 'decision');
    const sum = listed.reduce((t, it) => t + it.amount, 0);
    if (listed.length > 1 && all.some((a) => a.party === p && partAt(a.start) === 'decision' && a.amount === sum)) decided.delete(p);
    // A decision that names one of the party's items ("ett kommunalt bidrag om 185 000 kronor" beside a computer the
    // kommun lends, valued 9 000 kr, "så att kommunens del blir 194 000 kronor") decides that item: the rest of the
    // party's share stands. So when the case states a share that is the decided amount and the party's other items
    // together (sumsUp), or writes the decided amount as a part of a larger share (partOfShare).
    const inCase = (a: { party: PartyInfo | null; start: number }) => a.party === p && partAt(a.start) !== 'decision' && partAt(a.start) !== 'debate';
    const caseShares = all.filter(inCase).map((a) => a.amount);
    const named = all.filter((a) => a.party === p && partAt(a.start) === 'decision').map((a) => a.amount);
    const otherItems = economy.items.filter(inCase).reduce((t, it) => t + it.amount, 0);
    const share = named.reduce((t, v) => t + v, 0) + otherItems;
    // The case writes the decided grant as a part of a larger share ("Utöver bidraget om 140 000 kronor … lånar
    // kommunen ut en båt …, så att kommunens del blir 152 000 kronor"): the grant is one item of the share it states.
    const partOfShare = named.every((v) => caseAmounts.has(v)) && caseShares.some((v) => v > Math.max(...named));
    const sumsUp = otherItems > 0 && economy.partyReadings.some((r) => inCase(r) && r.amount === share);
    if (partOfShare && !sumsUp) partOfCaseShare.add(p);
    if (partOfShare || sumsUp) decided.delete(p);
  }
  /** Amounts a party has outside the proposal and the debate (the case's own description). */
  const described = (p: PartyInfo | null) => all.some((a) => a.party === p && partAt(a.start) === 'other');
  // The proposal's items the decision keeps: a decided party's items outside the decision and the debate that add up
  // to the amount the decision states for it ("varav nämndens insatser 560 000 kr", the items after a changed one).
  const outside = (p: PartyInfo) => economy.items.filter((it) => it.party === p && partAt(it.start) !== 'decision' && partAt(it.start) !== 'debate');
  const confirmed = new Set(
    [...decided].filter((p) => {
      const own = outside(p);
      const sum = own.reduce((t, it) => t + it.amount, 0);
      const inDecision = economy.items.some((it) => it.party === p && partAt(it.start) === 'decision');
      return own.length > 0 && !inDecision && all.some((a) => a.party === p && partAt(a.start) === 'decision' && a.amount === sum);
    }),
  );
  const kept = (a: { party: PartyInfo | null; start: number }) => a.party !== null && confirmed.has(a.party) && (economy.items as { start: number }[]).includes(a) && partAt(a.start) !== 'debate';
  const keep = (a: { party: PartyInfo | null; start: number }) => {
    if (kept(a)) return true;
    const part = partAt(a.start);
    if (part === 'decision') return !(a.party && partOfCaseShare.has(a.party));
    if (a.party && decided.has(a.party)) return false;
    if (part === 'debate') return false;
    // The proposal for a decision restates the case's amounts: kept only for a party the case gives none.
    return !(part === 'proposal' && described(a.party));
  };
  const changed = [...decided].filter((p) => {
    const own = all.filter((a) => a.party === p);
    const now = new Set(own.filter((a) => partAt(a.start) === 'decision').map((a) => a.amount));
    // A payment's instalment of the decided amount ("kvartalsvis med 112 500 kr" of 450 000) changes nothing.
    const instalment = (amount: number) => [...now].some((n) => [2, 4, 12].some((k) => n === amount * k));
    // A motion's amount differs from the decision whether the motion fell or won (a won motion's amount is the
    // decision's own): only the proposal's and the case's amounts tell that the decision changed the party's share.
    return own.some((a) => partAt(a.start) !== 'decision' && partAt(a.start) !== 'debate' && !kept(a) && !now.has(a.amount) && !instalment(a.amount));
  });
  for (const p of changed) {
    const now = [...new Set(all.filter((a) => a.party === p && partAt(a.start) === 'decision').map((a) => formatKronor(a.amount)))].join(', ');
    warnings.push(warning('INFERRED', 'contributions', `Protokollets beslut anger ${now} för ${p.name}; förslagets och yrkandenas belopp för parten gäller inte och togs inte med.`));
  }
  const keepTotal = (t: StatedAmount) => partAt(t.start) === 'decision' || (!changed.length && partAt(t.start) !== 'debate');
  const dropped = economy.totalReadings.filter((t) => !keepTotal(t));
  if (changed.length && dropped.length) {
    warnings.push(warning('INFERRED', 'annualTotal', `Totalen i förslaget (${[...new Set(dropped.map((t) => formatKronor(t.amount)))].join(', ')}) gäller inte det beslutade, eftersom beslutet ändrade en parts belopp.`));
  }
  // A decision that states amounts the economy did not read (they stand outside its economy section: "fastställs
  // till 310 000 kr", "Partnerskapets värde blir därmed 647 000 kr"): the amounts read may not be the decided ones.
  const seen = new Set([...all.map((a) => a.amount), ...economy.totalReadings.map((t) => t.amount)]);
  // "bevilja … 150 000 kronor per halvår" beside the case's 300 000 kronor per år: the period's amount made yearly was read.
  const yearlyOf = (text: string, a: { value: number; end: number }) => {
    const period = amountPeriod(text.slice(a.end), text, true);
    return period && 'factor' in period ? a.value * period.factor : a.value;
  };
  const decisionAmounts = spans.filter((s) => s.part === 'decision').flatMap((s) => findAmounts(s.text).filter((a) => !seen.has(yearlyOf(s.text, a))).map((a) => a.value));
  const unread = [...new Set(decisionAmounts)].filter((v) => !seen.has(v));
  if (unread.length) {
    const message = `Beslutet anger belopp som inte lästes in (${unread.map(formatKronor).join(', ')}); kontrollera parternas belopp och totalen mot beslutet.`;
    warnings.push(warning('AMBIGUOUS', 'contributions', message), warning('AMBIGUOUS', 'annualTotal', message));
  }
  // A decision that adopts a motion but states no amount: what the motion changed is for the reader to check.
  const decisionText = spans.filter((s) => s.part === 'decision').map((s) => s.text).join(' ');
  const debateAmounts = all.some((a) => partAt(a.start) === 'debate');
  if (!decided.size && debateAmounts && /yrkande/i.test(decisionText)) {
    const message = 'Beslutet följer ett yrkande utan att ange beloppen; kontrollera parternas belopp och totalen mot yrkandet.';
    warnings.push(warning('AMBIGUOUS', 'contributions', message), warning('AMBIGUOUS', 'annualTotal', message));
  }
  const items: RawItem[] = economy.items.filter(keep);
  // One share per party, as the reading chose it (the first), among the statements that still hold.
  const partyReadings = economy.partyReadings.filter(keep);
  const partyTotals = partyReadings.filter((t, i) => partyReadings.findIndex((o) => o.party === t.party) === i);
  // The reading's "two different amounts" for a party whose amount the decision set no longer applies.
  const stale = (w: ImportWarning) => w.code === 'AMBIGUOUS' && changed.some((p) => w.message.startsWith(`${p.name}: två olika belopp`));
  const grandTotal = economy.grandTotal && keepTotal(economy.grandTotal) ? economy.grandTotal : (economy.totalReadings.filter(keepTotal).pop() ?? null);
  return {
    ...economy,
    items,
    partyTotals,
    grandTotal,
    partyReadings,
    totalReadings: economy.totalReadings.filter(keepTotal),
    warnings: [...economy.warnings.filter((w) => !stale(w)), ...warnings],
    provenance: economy.provenance.filter((p) => p.field !== 'costItems' || items.some((it) => it.start === p.start)),
  };
}
