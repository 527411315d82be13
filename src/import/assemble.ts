import { formatKronor } from '../domain/money';
import { parseAgreement } from '../domain/agreement';
import type { ImportedAgreement, ImportWarning, Obtained, Provenance, DocumentKind } from './result';
import { attributeItems } from './economy/attribution';
import { readEconomy, RawItem } from './economy/read';
import { contributionYears } from './economy/model';
import { agreementYearRows, checkAgreementYears } from './economy/agreementYears';
import { Extension, extractExtension } from './fields/extension';
import { extractFollowUp, extractNoticeMonths } from './fields/followUp';
import { Extracted, found, provenance, warning } from './fields/field';
import { extractIndexation, Indexation } from './fields/indexation';
import { extractInvoicing } from './fields/invoicing';
import { extractName } from './fields/name';
import { OverviewAgreement } from './fields/overview';
import { checkOrgNumbers, extractAgreementParties, extractDecisionParties, PartyInfo } from './fields/parties';
import { extractPlaces } from './fields/places';
import { extractPurpose, extractTargetGroup } from './fields/prose';
import { extractValidity } from './fields/validity';
import { titleParagraph } from './fields/name';
import { SourceDoc, sentences } from './text/source';
import { dropOutOfRange, economyWithinRange } from './ranges';
import { decidedChanges } from './economy/decided';
import { confirmAmounts, fieldsObtained, withMethods } from './confirm';
import { decidedInMinutes } from './economy/minutes';

/** push(...many) puts every element on the stack: a table of 100 000 rows overflows it. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const it of items) target.push(it);
}

function collect<T>(e: Extracted<T>, warnings: ImportWarning[], prov: Provenance[]): T {
  append(warnings, e.warnings);
  append(prov, e.provenance);
  return e.value;
}

function costItem(it: RawItem & { party: PartyInfo }) {
  return {
    party: it.party.name,
    label: it.label,
    annualAmount: it.amount,
    ...(it.yearAmounts ? { yearAmounts: it.yearAmounts } : {}),
    ...(it.quantity !== undefined ? { quantity: it.quantity } : {}),
    ...(it.fte !== undefined ? { fte: it.fte } : {}),
    ...(it.hours !== undefined ? { hours: it.hours } : {}),
  };
}

/** Contributions per party: stated shares, else the sum of the party's items; one missing share may be the rest of the total. */
function contributionsOf(
  parties: PartyInfo[],
  items: (RawItem & { party: PartyInfo })[],
  stated: Map<PartyInfo, number>,
  total: number | null,
  warnings: ImportWarning[],
): { party: string; annualAmount: number; source: ContributionSource }[] {
  const amounts = new Map<PartyInfo, number>();
  const sources = new Map<PartyInfo, ContributionSource>();
  for (const p of parties) {
    const own = items.filter((it) => it.party === p);
    if (stated.has(p)) {
      amounts.set(p, stated.get(p) as number);
      sources.set(p, 'stated');
    } else if (own.length) {
      amounts.set(p, own.reduce((s, it) => s + it.amount, 0));
      sources.set(p, 'items');
    }
  }
  const without = parties.filter((p) => !amounts.has(p));
  if (total !== null && without.length === 1 && amounts.size > 0) {
    const rest = total - [...amounts.values()].reduce((s, v) => s + v, 0);
    if (rest > 0) {
      amounts.set(without[0], rest);
      sources.set(without[0], 'rest');
      const at = parties.filter((p) => amounts.has(p)).indexOf(without[0]);
      warnings.push(warning('INFERRED', `contributions[${at}]`, `${without[0].name}s del anges inte; den beräknades som totalen minus övriga parters delar (${formatKronor(rest)}).`));
    }
  }
  return parties.filter((p) => amounts.has(p)).map((p) => ({ party: p.name, annualAmount: amounts.get(p) as number, source: sources.get(p) as ContributionSource }));
}

type ContributionSource = 'stated' | 'items' | 'rest';

function crossCheck(
  items: (RawItem & { party: PartyInfo })[],
  stated: Map<PartyInfo, number>,
  grand: number | null,
  allAttributed: boolean,
  warnings: ImportWarning[],
) {
  for (const [party, amount] of stated) {
    const own = items.filter((it) => it.party === party);
    const sum = own.reduce((s, it) => s + it.amount, 0);
    if (own.length && sum !== amount) {
      warnings.push(warning('TOTAL_MISMATCH', 'contributions', `${party.name}: posterna summerar till ${formatKronor(sum)} men dokumentet anger ${formatKronor(amount)}.`));
    }
  }
  if (grand !== null && items.length && allAttributed) {
    const sum = items.reduce((s, it) => s + it.amount, 0);
    if (sum !== grand) warnings.push(warning('TOTAL_MISMATCH', 'annualTotal', `Posterna summerar till ${formatKronor(sum)} men totalen anges till ${formatKronor(grand)}.`));
  }
}

/**
 * The parties' yearly amounts against a stated total: more than the total is always a mismatch; less is one
 * when every party has an amount (otherwise the rest may be an unnamed party's share, as in the overview).
 */
function checkContributionsAgainstTotal(
  contributions: { annualAmount: number }[],
  partyCount: number,
  grand: number | null,
  warnings: ImportWarning[],
) {
  if (grand === null || contributions.length === 0) return;
  if (warnings.some((w) => w.code === 'TOTAL_MISMATCH' && w.field === 'annualTotal')) return;
  const sum = contributions.reduce((s, c) => s + c.annualAmount, 0);
  if (sum > grand || (sum < grand && contributions.length === partyCount)) {
    warnings.push(warning('TOTAL_MISMATCH', 'annualTotal', `Parternas delar summerar till ${formatKronor(sum)} men totalen anges till ${formatKronor(grand)}.`));
  }
}

function finish(agreement: ImportedAgreement, doc?: SourceDoc): ImportedAgreement {
  const { warnings, provenance, obtained: amounts, ...model } = dropOutOfRange(agreement, doc);
  const parsed = parseAgreement(model);
  if (!parsed.ok) {
    warnings.push(...parsed.errors.map((e) => warning('AMBIGUOUS', undefined, `Avtalet är inte fullständigt: ${e}`)));
  }
  const computed = (provenance ?? []).filter((p) => p.how === 'computed').map((p) => p.field);
  const obtained = fieldsObtained(model, warnings, amounts ?? {}, computed);
  return { ...model, warnings, provenance: withMethods(provenance ?? [], obtained), obtained };
}

/**
 * An IOP has a public and a civil side. When the amounts found give one side nothing (its party was not found,
 * or none of its amounts could be read), that side's sum is unknown, not 0 kr: say so on the contributions.
 */
function warnSideWithout(parties: PartyInfo[], contributions: { party: string }[], warnings: ImportWarning[]) {
  const sectorOf = (name: string) => parties.find((p) => p.name === name)?.sector;
  for (const [sector, words] of [['public', 'den offentliga sidan (kommun, region eller nämnd)'], ['civil', 'den idéburna sidan']] as const) {
    if (contributions.some((c) => sectorOf(c.party) === sector)) continue;
    const found = parties.some((p) => p.sector === sector);
    warnings.push(
      warning('MISSING_FIELD', 'contributions', found ? `Inget belopp kunde läsas för ${words}; dess del är okänd, inte 0 kr.` : `Ingen part på ${words} hittades; dess del är okänd.`),
    );
  }
}

/** A partnership a decision about several names itself: its name (null when unnamed) and its non-profit. */
export interface OwnPartnership {
  name: { value: string; start: number } | null;
  civil: string;
}

/** The name of one of several partnerships of a decision: as written, else its non-profit's, said as inferred. */
function ownName(doc: SourceDoc, own: OwnPartnership): Extracted<string> {
  if (own.name) return found(own.name.value, [provenance('name', doc.text, own.name.start, own.name.start + own.name.value.length)]);
  return found(own.civil, [], [warning('INFERRED', 'name', 'Beslutet ger partnerskapet inget eget namn; den idéburna partens namn används.')]);
}

/**
 * An agreement or a decision memo: one agreement read from the whole document, or from one partnership's view of a
 * decision about several (`own` then gives its name: the view's title names them all).
 */
export function assembleSingle(doc: SourceDoc, kind: DocumentKind, own: OwnPartnership | null = null): ImportedAgreement {
  const warnings: ImportWarning[] = [];
  const prov: Provenance[] = [];
  const title = titleParagraph(doc);
  const partyResult = kind === 'decision' ? extractDecisionParties(doc, title ? { text: title.text, start: title.start } : null) : extractAgreementParties(doc);
  const parties = partyResult.parties;
  append(warnings, partyResult.warnings);
  append(prov, partyResult.provenance);
  const name = collect(
    own
      ? ownName(doc, own)
      : extractName(
          doc,
          parties.filter((p) => p.sector === 'civil').map((p) => p.name),
          parties.flatMap((p) => [p.name, ...(p.unit ? [p.unit] : [])]),
          parties.flatMap((p) => p.aliases),
        ),
    warnings,
    prov,
  );
  const purpose = collect(extractPurpose(doc), warnings, prov);
  const targetGroup = collect(extractTargetGroup(doc), warnings, prov);
  const places = collect(extractPlaces(doc), warnings, prov);
  const dates = extractValidity(doc);
  const start = collect(dates.start, warnings, prov);
  const end = collect(dates.end, warnings, prov);
  const extension = collect(extractExtension(doc, end, start), warnings, prov);
  const indexation = collect(extractIndexation(doc, start), warnings, prov);
  const all = sentences(doc);
  const noticeMonths = collect(extractNoticeMonths(doc, all), warnings, prov);
  const followUp = collect(extractFollowUp(doc, all), warnings, prov);
  const invoicing = collect(extractInvoicing(doc, parties, all), warnings, prov);

  // A decision's changed figures and decided total on the proposal's items; then, of minutes, the decision's amounts,
  // not the proposal's and the motions' besides them (the proposal's items that make up a decided share stay).
  const economy = decidedInMinutes(doc, decidedChanges(doc, economyWithinRange(readEconomy(doc, parties, start ? Number(start.slice(0, 4)) : null), doc), parties));
  append(warnings, economy.warnings);
  append(prov, economy.provenance);
  // A table per agreement year: later years the agreement's indexation does not give are said on costItems.
  append(warnings, checkAgreementYears(agreementYearRows(economy), indexation?.rate ?? null));
  const attributed = attributeItems(doc, economy.items, economy.partyTotals, parties);
  append(warnings, attributed.warnings);
  const items = attributed.items.filter((it): it is RawItem & { party: PartyInfo } => it.party !== null);
  const stated = new Map<PartyInfo, number>();
  for (const t of economy.partyTotals) if (t.party) stated.set(t.party, t.amount);
  const grand = economy.grandTotal?.amount ?? null;
  crossCheck(items, stated, grand, items.length === economy.items.length, warnings);
  const sourced = contributionsOf(parties, items, stated, grand, warnings);
  const contributions = sourced.map(({ source: _source, ...c }) => {
    const party = parties.find((p) => p.name === c.party) as PartyInfo;
    const years = stated.has(party) && !economy.partyTotals.some((t) => t.party === party && t.yearAmounts) ? undefined : contributionYears(party, items, economy.partyTotals);
    return years ? { ...c, yearAmounts: years } : c;
  });
  // An IOP has a civil side: when no civil party was found, one party is missing from the count, so the parties'
  // amounts are not all of the economy (a stated total's rest is the civil side's, and no total is their sum).
  const partyCount = parties.some((p) => p.sector === 'civil') ? parties.length : parties.length + 1;
  checkContributionsAgainstTotal(contributions, partyCount, grand, warnings);
  let annualTotal = grand;
  if (annualTotal === null && contributions.length && contributions.length === partyCount) {
    annualTotal = contributions.reduce((s, c) => s + c.annualAmount, 0);
  }
  const partyIndex = (p: PartyInfo | null) => (p ? parties.indexOf(p) : -1);
  const checked = confirmAmounts({
    items: items.map((it) => ({ party: partyIndex(it.party), amount: it.amount, computed: it.computed === true, start: it.start })),
    partyReadings: economy.partyReadings.filter((r) => r.party).map((r) => ({ party: partyIndex(r.party), amount: r.amount, start: r.start, ...(r.derived ? { derived: true } : {}) })),
    totalReadings: economy.totalReadings.map((r) => ({ amount: r.amount, start: r.start })),
    contributions: sourced.map((c) => {
      const party = parties.find((p) => p.name === c.party) as PartyInfo;
      // The statements the contribution came from: its share's (also a derived one's source) or its items'.
      const shares = economy.partyTotals.filter((t) => t.party === party && t.amount === c.annualAmount);
      const origins = c.source === 'stated' ? shares.map((t) => t.start) : c.source === 'items' ? items.filter((it) => it.party === party).map((it) => it.start) : [];
      const derived = c.source === 'stated' && shares.length > 0 && shares.every((t) => t.derived);
      return { party: parties.indexOf(party), name: c.party, amount: c.annualAmount, source: c.source, origins, ...(derived ? { derived } : {}) };
    }),
    annualTotal: annualTotal === null ? null : { amount: annualTotal, source: grand !== null ? 'stated' : 'sum' },
    partyCount,
    itemsComplete: items.length === economy.items.length,
  });
  append(warnings, checked.warnings);
  if (annualTotal === null) warnings.push(warning('MISSING_FIELD', 'annualTotal', 'Dokumentet anger inget totalbelopp per år.'));
  if (!items.length) warnings.push(warning('MISSING_FIELD', 'costItems', 'Dokumentet anger inga kostnadsposter.'));
  else {
    // Items for some parties and none for another: the list is likely incomplete (a table cut by a page break).
    // Not when the items make up the stated total, nor for a second committee of a municipality that has items.
    const complete = grand !== null && items.reduce((t, it) => t + it.amount, 0) === grand;
    const without = parties.filter((p) => !items.some((it) => it.party === p || (p.orgNumber !== null && it.party.orgNumber === p.orgNumber)));
    if (without.length && !complete) {
      warnings.push(warning('MISSING_FIELD', 'costItems', `Inga kostnadsposter lästes för ${without.map((p) => p.name).join(', ')}; listan kan vara ofullständig.`));
    }
    // A side with no party found at all: its items cannot have been read, whatever total the others make up.
    const sideMissing = (['public', 'civil'] as const).filter((sector) => !parties.some((p) => p.sector === sector));
    if (sideMissing.length) {
      warnings.push(warning('MISSING_FIELD', 'costItems', `Ingen ${sideMissing[0] === 'public' ? 'offentlig' : 'idéburen'} part hittades; dess kostnadsposter saknas i listan.`));
    }
  }
  if (!contributions.length) warnings.push(warning('MISSING_FIELD', 'contributions', 'Dokumentet anger inte parternas bidrag.'));
  else warnSideWithout(parties, contributions, warnings);

  return finish({
    name,
    parties: parties.map(({ name: n, orgNumber, sector, unit }) => ({ name: n, orgNumber, sector, unit })),
    targetGroup,
    purpose,
    places,
    // The validity rule's notice period first ("tills vidare med tre månaders uppsägningstid"), else the follow-up rule's.
    validity: { start, end, extension, ...((dates.noticeMonths ?? noticeMonths) !== null ? { noticeMonths: (dates.noticeMonths ?? noticeMonths)! } : {}) },
    indexation,
    costItems: items.map(costItem),
    contributions,
    annualTotal,
    ...(followUp ? { followUp } : {}),
    ...(invoicing ? { invoicing } : {}),
    warnings,
    provenance: prov,
    obtained: checked.obtained,
  }, doc);
}

/** Terms a memo proposing several partnerships states once for all of them: period, extension, indexation. */
export interface SharedTerms {
  start: Extracted<string | null>;
  end: Extracted<string | null>;
  extension: Extracted<Extension | null>;
  indexation: Extracted<Indexation | null>;
}

/**
 * The terms a decision memo's prose states once for every partnership in its table ("Samtliga tre överenskommelser
 * föreslås gälla från och med …", "Varje överenskommelse kan förlängas …"): read once from the whole document by
 * the same rules as for one agreement, with their warnings and provenance.
 */
export function sharedTerms(doc: SourceDoc): SharedTerms {
  const dates = extractValidity(doc);
  const extension = extractExtension(doc, dates.end.value, dates.start.value);
  return { start: dates.start, end: dates.end, extension, indexation: extractIndexation(doc, dates.start.value) };
}

/** One agreement per overview row: the committee's cost is its contribution, the estimated value the total. */
export function assembleOverviewRow(
  row: OverviewAgreement,
  inForce: { year: number; provenance: Provenance } | null = null,
  doc?: SourceDoc,
  shared: SharedTerms | null = null,
): ImportedAgreement {
  const warnings: ImportWarning[] = [...row.warnings];
  const prov: Provenance[] = [...row.provenance];
  if (shared && row.start === null && row.end === null) {
    row = { ...row, start: collect(shared.start, warnings, prov), end: collect(shared.end, warnings, prov) };
  }
  // A row with an end but no start is a partnership in force in the year the overview describes (seed 004: "i
  // februari 2021 fem IOP"): it counts from that year, said as inferred, until a real start date is known.
  const inForceYear = row.start === null && row.end !== null && inForce && row.end >= `${inForce.year}-01-01` ? inForce.year : null;
  warnings.push(...checkOrgNumbers(row.parties));
  const stated = new Map<PartyInfo, number>();
  if (row.cost !== null) stated.set(row.committeeParty, row.cost);
  else warnings.push(warning('MISSING_FIELD', 'contributions', 'Nämndens kostnad anges inte.'));
  if (row.civil) stated.set(row.civil.party, row.civil.amount);
  // A public co-funder's amount from the overview's column of other funding ("300,0 (Region X)").
  for (const f of row.coFunders) stated.set(f.party, f.amount);
  // Money from a third funder in the row's value ("medfinansieras av ESF"): the civil share is not the value's rest.
  if (row.otherFunding && row.annualTotal !== null && row.civil === null) {
    warnings.push(warning('MISSING_FIELD', 'contributions', `Den idéburna partens del beräknas inte: värdet omfattar även annan finansiering ("${row.otherFunding}").`));
  }
  const sourced = contributionsOf(row.parties, [], stated, row.otherFunding ? null : row.annualTotal, warnings);
  // The committee's amounts per calendar year, from the overview's year columns.
  const contributions = sourced.map(({ source: _source, ...c }) => (row.costYears && c.party === row.committeeParty.name ? { ...c, yearAmounts: row.costYears } : c));
  const obtained: Record<string, Obtained> = {};
  // The row's own parts summing to its total is a second reading of each; so is the table's Summa row per column.
  const partsMakeTotal = row.annualTotal !== null && sourced.length === row.parties.length && sourced.every((c) => c.source === 'stated') &&
    sourced.reduce((t, c) => t + c.annualAmount, 0) === row.annualTotal;
  sourced.forEach((c, i) => {
    const column = c.party === row.committeeParty.name ? row.confirmed.cost : row.coFunders.some((f) => f.party.name === c.party) ? false : row.confirmed.civil;
    // The rest is worked out from the value and the cost: computed from confirmed columns, never itself confirmed.
    if (c.source === 'rest') obtained[`contributions[${i}]`] = row.confirmed.value && row.confirmed.cost ? 'computed' : 'inferred';
    else if (column || partsMakeTotal) obtained[`contributions[${i}]`] = 'reconciled';
    else warnings.push(warning('UNCONFIRMED', `contributions[${i}]`, `${c.party}: ${formatKronor(c.annualAmount)} står bara i raden; ingen summarad i översikten bekräftar beloppet.`));
  });
  if (row.annualTotal !== null) {
    if (row.confirmed.value || partsMakeTotal) obtained.annualTotal = 'reconciled';
    else warnings.push(warning('UNCONFIRMED', 'annualTotal', `Värdet per år (${formatKronor(row.annualTotal)}) står bara i raden; ingen summarad i översikten bekräftar det.`));
  }
  let indexation: ImportedAgreement['indexation'] = null;
  // A row's own rate (its index column, or its comment) before the terms a memo states once for all rows.
  if (!row.hasIndexColumn && !row.indexation && shared) indexation = collect(shared.indexation, warnings, prov);
  else if (row.indexation) {
    const baseYear = row.start ? Number(row.start.slice(0, 4)) : null;
    indexation = { rate: row.indexation.rate, baseYear, stepMonth: 1 };
    if (baseYear !== null) warnings.push(warning('INFERRED', 'indexation.baseYear', `Basåret anges inte; det första avtalsåret ${baseYear} antogs.`));
    else warnings.push(warning('MISSING_FIELD', 'indexation.baseYear', 'Översikten anger inget basår och inget startdatum.'));
    warnings.push(warning('INFERRED', 'indexation.stepMonth', 'Översikten säger inte när beloppen räknas upp; vid varje nytt kalenderår antogs.'));
  }
  if (row.annualTotal === null) warnings.push(warning('MISSING_FIELD', 'annualTotal', 'Beräknat värde per år anges inte.'));
  if (row.cost !== null && row.annualTotal !== null && row.cost > row.annualTotal) {
    warnings.push(warning('TOTAL_MISMATCH', 'annualTotal', `Nämndens kostnad ${formatKronor(row.cost)} är större än det beräknade värdet ${formatKronor(row.annualTotal)}.`));
  }
  if (row.targetGroup === null) warnings.push(warning('MISSING_FIELD', 'targetGroup', 'Målgrupp anges inte.'));
  if (row.purpose === null) warnings.push(warning('MISSING_FIELD', 'purpose', 'Syfte anges inte.'));
  if (row.places === null) warnings.push(warning('MISSING_FIELD', 'places', 'Antal platser anges inte.'));
  if (inForceYear !== null) {
    warnings.push(warning('INFERRED', 'validity.start', `Översikten anger inget startdatum; avtalet räknas från ${inForceYear}, det år översikten avser, tills ett startdatum anges.`));
  } else if (row.start === null && !warnings.some((w) => w.field === 'validity.start')) warnings.push(warning('MISSING_FIELD', 'validity.start', 'Översikten anger inget startdatum.'));
  if (row.end === null && !warnings.some((w) => w.field === 'validity.end')) warnings.push(warning('MISSING_FIELD', 'validity.end', 'Giltighet anges inte.'));
  const extension = shared ? collect(shared.extension, warnings, prov) : null;
  if (!shared) warnings.push(warning('MISSING_FIELD', 'validity.extension', 'Översikten anger ingen förlängning.'));
  if (!row.hasIndexColumn && !row.indexation && !shared) warnings.push(warning('MISSING_FIELD', 'indexation', 'Översikten anger ingen uppräkning.'));
  warnings.push(warning('MISSING_FIELD', 'costItems', 'Översikten anger inga kostnadsposter.'));
  return finish({
    name: row.name,
    parties: row.parties.map(({ name, orgNumber, sector, unit }) => ({ name, orgNumber, sector, unit })),
    targetGroup: row.targetGroup,
    purpose: row.purpose,
    places: row.places,
    validity: { start: row.start, end: row.end, extension, ...(inForceYear !== null ? { inForceYear } : {}) },
    indexation,
    costItems: [],
    contributions,
    annualTotal: row.annualTotal,
    warnings,
    provenance: inForceYear !== null ? [...prov, inForce!.provenance] : prov,
    obtained,
  }, doc);
}
