import type { Agreement, Party } from '../domain/agreement';
import { formatKronor } from '../domain/money';
import type { ImportResult, ImportWarning, ImportedAgreement, Provenance } from '../import/result';
import { plannableEnd } from '../domain/validity';
import { committeesOf } from '../domain/committee';
import { keyFromName } from './key';
import { sameOrganisation } from '../domain/organisations';
import { parseOrgNumber } from '../domain/orgNumber';

export interface FoundAgreement {
  agreement: Agreement;
  /** A document's kind, or 'workbook' for an agreement read back from a workbook's tables (the user's own record). */
  kind: ImportResult['documentKind'] | 'workbook';
  /** The file (or pasted text) it was read from: the rows of one document are never the same partnership. */
  source?: string;
}

type Kind = FoundAgreement['kind'];

/**
 * Which document's value wins when two disagree. A workbook's tables hold what the user keeps and edits, so
 * they win over any document (which fills only what a row leaves empty). The agreement is what the parties
 * signed. Of the others, the committee's overview is its later record (it follows up partnerships already
 * decided, with the amounts and end dates in force), so it wins over the decision memo that proposed the partnership.
 */
const RANK: Record<Kind, number> = { workbook: -1, agreement: 0, overview: 1, decision: 2 };
const KIND_TEXT: Record<Kind, { noun: string; genitive: string }> = {
  workbook: { noun: 'arbetsboken', genitive: 'arbetsbokens' },
  agreement: { noun: 'överenskommelsen', genitive: 'överenskommelsens' },
  overview: { noun: 'nämndens översikt', genitive: 'översiktens' },
  decision: { noun: 'beslutsunderlaget', genitive: 'beslutsunderlagets' },
};

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (Array.isArray(v) && v.length === 0) || v === '';
}

/**
 * A later document (the committee's overview, a decision) that gives the agreement a later end within the
 * extensions the agreement allows is a record of an extension decided since: kept as `validity.extendedEnd`,
 * the base period stays as the agreement wrote it. `notes` says so in one Swedish line.
 */
function recordLaterEnd(merged: Agreement, other: Agreement, notes: string[]): boolean {
  const { end, extendedEnd } = merged.validity;
  const later = other.validity.extendedEnd ?? other.validity.end;
  if (!end || !later || later <= end || (extendedEnd && later <= extendedEnd)) return false;
  const last = plannableEnd(merged.validity);
  if (!last || later > last) return false;
  merged.validity.extendedEnd = later;
  notes.push(`${merged.name}: avtalsperioden slutar ${end}, ett senare dokument anger ${later}; registrerat som beslutad förlängning.`);
  return true;
}

/** The party of `parties` that is `party` in another document's words (same sector, same organisation). */
function counterpart(parties: readonly Party[], party: Party | undefined): Party | undefined {
  if (!party) return undefined;
  return parties.find((p) => p.sector === party.sector && sameOrganisation(p, party));
}

/** `other` with its parties named as `merged` names them, so its amounts belong to the same rows. */
function inMergedNames(merged: Agreement, other: Agreement): Agreement {
  const rename = new Map<string, string>();
  for (const p of other.parties) {
    const same = counterpart(merged.parties, p);
    if (same) rename.set(p.name, same.name);
  }
  const name = (party: string) => rename.get(party) ?? party;
  return {
    ...other,
    parties: other.parties.map((p) => ({ ...p, name: name(p.name) })),
    costItems: other.costItems.map((c) => ({ ...c, party: name(c.party) })),
    contributions: other.contributions.map((c) => ({ ...c, party: name(c.party) })),
  };
}

const amountByParty = (a: Agreement) => {
  const sums = new Map<string, number>();
  for (const c of a.contributions) sums.set(c.party, (sums.get(c.party) ?? 0) + c.annualAmount);
  return sums;
};

/** What the two documents state differently among the figures a committee reports: "värde per år 454 000 kr mot 664 800 kr". */
function differences(merged: Agreement, other: Agreement): string[] {
  const out: string[] = [];
  if (merged.annualTotal !== null && other.annualTotal !== null && merged.annualTotal !== other.annualTotal) {
    out.push(`värde per år ${formatKronor(merged.annualTotal)} mot ${formatKronor(other.annualTotal)}`);
  }
  const mine = amountByParty(merged);
  const theirs = amountByParty(other);
  for (const [party, amount] of mine) {
    const their = theirs.get(party);
    if (their !== undefined && their !== amount) out.push(`${party} ${formatKronor(amount)} mot ${formatKronor(their)}`);
  }
  if (merged.places !== null && other.places !== null && merged.places !== other.places) out.push(`platser ${merged.places} mot ${other.places}`);
  if (merged.validity.start && other.validity.start && merged.validity.start !== other.validity.start) {
    out.push(`start ${merged.validity.start} mot ${other.validity.start}`);
  }
  return out;
}

/**
 * One partnership from its documents, best first (RANK): the first document's fields win, the others fill
 * what it leaves empty, and every disagreement on the figures is one Swedish line in `notes`.
 */
function mergeGroup(group: readonly FoundAgreement[], notes: string[]): Agreement {
  const ordered = [...group].sort((a, b) => RANK[a.kind] - RANK[b.kind]);
  const first = ordered[0];
  const merged: Agreement = { ...first.agreement, parties: first.agreement.parties.map((p) => ({ ...p })), validity: { ...first.agreement.validity } };
  const filled = new Set<string>();
  for (const { agreement, kind } of ordered.slice(1)) {
    const other = inMergedNames(merged, agreement);
    const diffs = differences(merged, other);
    // Cost items and contributions make up their own document's total: when that total lost, they would
    // contradict the amounts kept, so they stay out (the note says so for cost items; contributions are in it).
    const overruled = merged.annualTotal !== null && other.annualTotal !== null && merged.annualTotal !== other.annualTotal;
    const dropsItems = overruled && isEmpty(merged.costItems) && !isEmpty(other.costItems);
    for (const field of ['targetGroup', 'purpose', 'places', 'indexation', 'annualTotal', 'costItems', 'contributions', 'followUp'] as const) {
      if (overruled && (field === 'costItems' || field === 'contributions')) continue;
      if (isEmpty(merged[field]) && !isEmpty(other[field])) {
        (merged as Record<string, unknown>)[field] = other[field];
        filled.add(FIELD_TEXT[field]);
      }
    }
    for (const field of ['start', 'end', 'extension', 'noticeMonths', 'inForceYear'] as const) {
      if (isEmpty(merged.validity[field]) && !isEmpty(other.validity[field])) {
        (merged.validity as Record<string, unknown>)[field] = other.validity[field];
        filled.add(FIELD_TEXT[field]);
      }
    }
    // The committee's overview words a partnership shortly ("arbetslik aktivitet (40 helårsplatser)"): kept beside
    // the agreement's longer texts for the committee's memo table.
    if (kind === 'overview' && first.kind !== 'overview' && !merged.overviewText && (other.targetGroup || other.purpose)) {
      merged.overviewText = { targetGroup: other.targetGroup, purpose: other.purpose };
    }
    // The overview's year stands in for an unknown start only: a start from any document replaces it.
    if (merged.validity.start && merged.validity.inForceYear != null) delete merged.validity.inForceYear;
    if (recordLaterEnd(merged, other, notes)) filled.add('förlängt till');
    else {
      const mine = merged.validity.extendedEnd ?? merged.validity.end;
      const theirs = other.validity.extendedEnd ?? other.validity.end;
      if (mine && theirs && theirs !== mine && theirs !== merged.validity.end) diffs.push(`slut ${mine} mot ${theirs}`);
    }
    for (const p of merged.parties) {
      const same = other.parties.find((q) => q.name === p.name && q.sector === p.sector);
      if (same && !p.orgNumber && same.orgNumber) p.orgNumber = same.orgNumber;
    }
    const names = new Set(merged.parties.map((p) => p.name));
    const needed = new Set([...merged.costItems, ...merged.contributions].map((c) => c.party));
    merged.parties = [...merged.parties, ...other.parties.filter((p) => !names.has(p.name) && needed.has(p.name))];
    if (diffs.length > 0 || dropsItems) {
      const [winner, loser] = [KIND_TEXT[first.kind], KIND_TEXT[kind]];
      const who = first.kind === kind ? `två dokument (${winner.noun})` : `${winner.noun} och ${loser.noun}`;
      const kept = first.kind === kind ? 'det först inlästa används' : `${winner.genitive} uppgifter används`;
      const items = dropsItems ? ` och ${first.kind === kind ? 'det andras' : loser.genitive} kostnadsposter, som hör till dess värde, tas inte med` : '';
      notes.push(`${merged.name}: ${who} anger olika uppgifter${diffs.length > 0 ? ` (${diffs.join('; ')})` : ''}; ${kept}${items}.`);
    }
  }
  if (first.kind === 'workbook' && ordered.some((f) => f.kind !== 'workbook')) {
    const fills = filled.size > 0 ? `; dokumenten fyllde i det raden saknade (${[...filled].join(', ')})` : '; dokumenten ändrade inget';
    notes.push(`${merged.name}: finns redan i arbetsboken, vars värden gäller (dina egna ändringar)${fills}.`);
  }
  return merged;
}

const FIELD_TEXT: Record<string, string> = {
  targetGroup: 'målgrupp',
  purpose: 'syfte',
  places: 'platser',
  indexation: 'uppräkning',
  annualTotal: 'värde per år',
  costItems: 'kostnadsposter',
  contributions: 'bidrag',
  followUp: 'uppföljningskrav',
  start: 'start',
  end: 'slut',
  extension: 'förlängning',
  noticeMonths: 'uppsägningstid',
  inForceYear: 'år i kraft enligt översikten',
};

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** The period a document speaks of, open where it states no date; with every extension the terms allow. */
function period(a: Agreement): { from: string; to: string } | null {
  const { start, end, extendedEnd } = a.validity;
  if (!start && !end && !extendedEnd) return null;
  return { from: start ?? '0000-01-01', to: plannableEnd(a.validity) ?? extendedEnd ?? end ?? '9999-12-31' };
}

interface Summary {
  agreement: Agreement;
  hasAgreement: boolean;
  sources: Set<string>;
}

/**
 * Documents of different names about one partnership: the same civil parties (by organisation number when
 * both state one, else by name), the same committee, periods that overlap, and at most one of them an
 * agreement document. Rows of one document are different partnerships. Without a date on both sides, a
 * civil party or a committee, nothing shows that they are the same, so they are not merged.
 */
function samePartnership(a: Summary, b: Summary): boolean {
  if (a.hasAgreement && b.hasAgreement) return false;
  if ([...a.sources].some((s) => b.sources.has(s))) return false;
  const civilA = a.agreement.parties.filter((p) => p.sector === 'civil');
  const civilB = b.agreement.parties.filter((p) => p.sector === 'civil');
  if (civilA.length === 0 || civilA.length !== civilB.length) return false;
  if (!civilA.every((p) => counterpart(civilB, p)) || !civilB.every((p) => counterpart(civilA, p))) return false;
  const committeeA = committeesOf(a.agreement)[0];
  const committeeB = committeesOf(b.agreement)[0];
  if (!committeeA || !committeeB || fold(committeeA) !== fold(committeeB)) return false;
  const pa = period(a.agreement);
  const pb = period(b.agreement);
  return !!pa && !!pb && pa.from <= pb.to && pb.from <= pa.to;
}

/** A civil party's keys that any party `sameOrganisation` accepts shares: its org number, and its name's first word. */
function partyKeys(p: Party): string[] {
  const parsed = p.orgNumber ? parseOrgNumber(p.orgNumber) : null;
  const first = p.name.toLowerCase().normalize('NFC').replace(/[^a-zåäöéü0-9]+/g, ' ').trim().split(' ')[0];
  return [...(parsed?.ok ? [`#${parsed.value}`] : []), ...(first ? [`n:${first}`] : [])];
}

/**
 * Which groups `samePartnership` joins, as a set of partners per group. Only groups whose first civil party
 * shares a key with a civil party of the other are compared (two names of one organisation share their first
 * word; two numbers are equal): an overview of thousands of rows is not compared row with row.
 */
function candidateMatches(summaries: readonly Summary[]): Set<number>[] {
  // By key, then by the groups' sources: groups of the same source (rows of one document) are never compared.
  const index = new Map<string, Map<string, number[]>>();
  const sourceOf = summaries.map((s) => [...s.sources].sort().join('\u0001'));
  summaries.forEach((s, i) => {
    for (const p of s.agreement.parties) {
      if (p.sector !== 'civil') continue;
      for (const k of partyKeys(p)) {
        const bySource = index.get(k) ?? new Map<string, number[]>();
        const list = bySource.get(sourceOf[i]) ?? [];
        if (list[list.length - 1] !== i) list.push(i);
        bySource.set(sourceOf[i], list);
        index.set(k, bySource);
      }
    }
  });
  return summaries.map((s, i) => {
    const first = s.agreement.parties.find((p) => p.sector === 'civil');
    const out = new Set<number>();
    if (!first) return out;
    for (const k of partyKeys(first)) {
      for (const [source, list] of index.get(k) ?? []) {
        if (source === sourceOf[i] && source !== '') continue;
        for (const j of list) if (j !== i && !out.has(j) && samePartnership(s, summaries[j])) out.add(j);
      }
    }
    return out;
  });
}

/**
 * Which documents are about one partnership, as groups of indices into `found`: first by id or name key
 * (two agreement documents of the same name stay two agreements), then groups of different names that
 * `samePartnership` joins (an ambiguous match merges nothing).
 */
export function groupSameAgreement(found: readonly FoundAgreement[]): number[][] {
  const byKey = new Map<string, number[]>();
  found.forEach((f, i) => {
    const key = f.agreement.id || keyFromName(f.agreement.name);
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  const groups = [...byKey.values()].flatMap((group) => (group.filter((i) => found[i].kind === 'agreement').length > 1 ? group.map((i) => [i]) : [group]));
  const summaries: Summary[] = groups.map((group) => ({
    agreement: mergeGroup(group.map((i) => found[i]), []),
    hasAgreement: group.some((i) => found[i].kind === 'agreement'),
    sources: new Set(group.flatMap((i) => (found[i].source === undefined ? [] : [found[i].source!]))),
  }));
  const matches = candidateMatches(summaries);
  // Groups linked by matches are taken whole or not at all: every two of them must match (an agreement, its
  // decision memo and its overview row, all under different names). A memo that fits two rows of one overview
  // (which never match each other) is ambiguous, and all three stay apart.
  const seen = new Set<number>();
  const out: number[][] = [];
  groups.forEach((_, i) => {
    if (seen.has(i)) return;
    const component = [i];
    seen.add(i);
    for (let k = 0; k < component.length; k++) {
      for (const j of matches[component[k]]) {
        if (!seen.has(j)) {
          seen.add(j);
          component.push(j);
        }
      }
    }
    // samePartnership already refuses two agreement documents and two groups of one document, pair by pair.
    const whole = component.length > 1 && component.every((a) => component.every((b) => a === b || matches[a].has(b)));
    if (whole) out.push(component.flatMap((c) => groups[c]).sort((x, y) => x - y));
    else for (const c of component.sort((x, y) => x - y)) out.push(groups[c]);
  });
  return out.sort((a, b) => a[0] - b[0]);
}

/** One partnership from its documents, with a line in `notes` for documents of another name that joined it. */
function mergeMembers(members: readonly FoundAgreement[], notes: string[]): Agreement {
  const winner = [...members].sort((a, b) => RANK[a.kind] - RANK[b.kind])[0].agreement.name;
  for (const m of members) {
    if (fold(m.agreement.name) === fold(winner)) continue;
    notes.push(`${winner}: ${KIND_TEXT[m.kind].noun} "${m.agreement.name}" gäller samma partnerskap (samma idéburna part, nämnd och period) och är sammanslaget med det.`);
  }
  return mergeGroup(members, notes);
}

/**
 * Documents about the same agreement (the agreement itself, the committee's decision on it, its row in the
 * committee's overview) are merged: the agreement document's fields win, then the overview's, then the
 * decision's, each filling what the ones before leave empty. Used by the CLI and the pane alike, so several
 * files give the same agreements wherever they are imported.
 */
export function mergeSameAgreement(found: readonly FoundAgreement[], notes: string[] = []): Agreement[] {
  return mergeSameAgreementGroups(found, notes).map((g) => g.agreement);
}

/** mergeSameAgreement with the indices into `found` that each merged agreement was made from. */
export function mergeSameAgreementGroups(found: readonly FoundAgreement[], notes: string[] = []): { members: number[]; agreement: Agreement }[] {
  return groupSameAgreement(found).map((members) => ({ members, agreement: mergeMembers(members.map((i) => found[i]), notes) }));
}

/** An imported agreement with its warnings and provenance; a workbook's row (kind 'workbook' or the kind of document it was saved from) has none. */
export interface FoundImported extends Omit<FoundAgreement, 'agreement'> {
  agreement: ImportedAgreement;
}

/** The value at a field path of the import contract ("validity.end", "parties[1].orgNumber"). */
function valueAt(agreement: Agreement, field: string): unknown {
  let value: unknown = agreement;
  for (const part of field.split(/[.[\]]+/).filter((p) => p !== '')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value ?? null;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The pane's previews for several files: one per partnership, as `mergeSameAgreement` merges them, with the
 * indices of the documents in it, the one whose values win first. A merged preview keeps the warnings and the source text of each field from
 * the document whose value it shows (a document's "no end date" is gone when another gave the end), the
 * warnings without a field from all, and the merge's own lines as warnings to check.
 */
export function mergeImported(found: readonly FoundImported[]): { members: number[]; agreement: ImportedAgreement }[] {
  const plain = found.map(({ agreement: { warnings: _w, provenance: _p, obtained: _o, ...agreement }, kind, source }) => ({ agreement, kind, source }));
  return groupSameAgreement(plain).map((members) => {
    if (members.length === 1) return { members, agreement: found[members[0]].agreement };
    const notes: string[] = [];
    const merged = mergeMembers(members.map((i) => plain[i]), notes);
    const ranked = [...members].sort((a, b) => RANK[found[a].kind] - RANK[found[b].kind]);
    const warnings: ImportWarning[] = [];
    const provenance: Provenance[] = [];
    const seen = new Set<string>();
    const shownFrom = new Map<string, number>();
    for (const i of ranked) {
      const own = plain[i].agreement;
      for (const w of found[i].agreement.warnings) {
        if (w.field && !sameValue(valueAt(merged, w.field), valueAt(own, w.field))) continue;
        // Two documents missing the same field say so in their own words: once is enough.
        const key = w.code === 'MISSING_FIELD' && w.field ? `${w.field}|missing` : `${w.field ?? ''}|${w.message}`;
        if (!seen.has(key)) warnings.push(w);
        seen.add(key);
      }
      for (const p of found[i].agreement.provenance ?? []) {
        if ((shownFrom.get(p.field) ?? i) !== i || !sameValue(valueAt(merged, p.field), valueAt(own, p.field))) continue;
        shownFrom.set(p.field, i);
        provenance.push(p);
      }
    }
    const lines: ImportWarning[] = notes.map((message) => ({ code: 'AMBIGUOUS', message }));
    return { members: ranked, agreement: { ...merged, warnings: [...lines, ...warnings], provenance } };
  });
}
