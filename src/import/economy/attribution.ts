import { formatKronor } from '../../domain/money';
import type { ImportWarning } from '../result';
import { warning } from '../fields/field';
import type { RawItem, StatedAmount } from './model';
import { mentionedParties, PartyInfo } from '../fields/parties';
import { SourceDoc, sentences } from '../text/source';

/**
 * Items listed without a party (a decision memo's "Resurser 2021" table) are given to parties whose stated
 * shares they add up to. When several subsets fit the numbers, the prose that says what each party pays
 * decides, and the result is marked AMBIGUOUS; a single fitting subset is marked INFERRED.
 */
const MAX_ITEMS = 16;
const GENERIC = new Set(['föreningen', 'organisationen', 'stiftelsen']);

function stems(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 4)
      .map((w) => w.slice(0, 6)),
  );
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/** The items with parties given (new objects; the input is not changed), or without those that could not be given. */
export interface Attributed {
  items: RawItem[];
  warnings: ImportWarning[];
}

/**
 * A line whose label opens with an organisation that is a non-profit ("Föreningen Ljusglimten, ideellt arbete",
 * "Stiftelsens lokal", "Idrottsföreningens ledare"): the organisation is the line's subject, so its payer.
 * "Bidrag till föreningen" does not open with it and is the paying party's line.
 */
const CIVIL_SUBJECT = /^\s*(?:[-–•*]\s*)?(?:\p{Lu}[\p{L}-]*)?(?:förening(?:en|ens)|stiftelse(?:n|ns)|förbund(?:et|ets)|organisation(?:en|ens)|idéburna\s+parten?s?|idéburen\s+parts?)(?!\p{L})/iu;

/** A line opening with another public body than the parties ("Region Halland, medfinansiering", "Ale kommuns del"). */
const PUBLIC_SUBJECT = /^\s*(?:[-–•*]\s*)?(?:[Rr]egion\s+\p{Lu}[\p{L}-]*|\p{Lu}[\p{L}-]*\s+(?:kommuns?|stads?))(?!\p{L})/u;

/**
 * Loose lines whose label names an organisation that is not one of the parties: a non-profit when the document
 * names none among the parties (its side is then unknown, never the public party's), or a public body that is
 * not a party. They are given to no party, with a warning on the contributions that names each.
 * @example
 * // Parties: Hallsbergs kommun only. "Föreningen Ljusglimten, ideellt arbete 100 000" → not the municipality's.
 */
export function foreignOrganisationLines(items: readonly RawItem[], parties: PartyInfo[]): { foreign: Set<RawItem>; warnings: ImportWarning[] } {
  const foreign = new Set<RawItem>();
  const noCivil = !parties.some((p) => p.sector === 'civil');
  for (const it of items) {
    if (it.party !== null || mentionedParties(it.label, parties).length) continue;
    if ((noCivil && CIVIL_SUBJECT.test(it.label)) || PUBLIC_SUBJECT.test(it.label)) foreign.add(it);
  }
  const warnings = [...foreign].map((it) =>
    warning(
      'AMBIGUOUS',
      'contributions',
      CIVIL_SUBJECT.test(it.label)
        ? `Posten ”${it.label}” (${formatKronor(it.amount)}) gäller en idéburen organisation som inte hittades bland parterna; den räknas inte till någon offentlig part. En angiven total tar med den som den idéburna sidans ej fördelade del.`
        : `Posten ”${it.label}” (${formatKronor(it.amount)}) gäller en organisation som inte är part; den togs inte med i någon parts bidrag.`,
    ),
  );
  return { foreign, warnings };
}

export function attributeItems(doc: SourceDoc, all: readonly RawItem[], totals: readonly StatedAmount[], parties: PartyInfo[]): Attributed {
  const { foreign, warnings: foreignWarnings } = foreignOrganisationLines(all, parties);
  if (foreign.size) {
    const rest = attributeItems(doc, all.filter((it) => !foreign.has(it)), totals, parties);
    return { items: rest.items, warnings: [...foreignWarnings, ...rest.warnings] };
  }
  const items = all;
  const loose = items.filter((it) => it.party === null);
  if (!loose.length) return { items: [...items], warnings: [] };
  const give = (to: (it: RawItem, i: number) => PartyInfo) => {
    const given = new Map(loose.map((it, i) => [it, to(it, i)]));
    return items.map((it) => (given.has(it) ? { ...it, party: given.get(it) as PartyInfo } : it));
  };
  const stated = totals.filter((t): t is StatedAmount & { party: PartyInfo } => t.party !== null);
  const fail = (): Attributed => {
    const kept = items.filter((it) => it.party !== null);
    const left = loose.map((it) => `${it.label} ${formatKronor(it.amount)}`).join('; ');
    const out = [warning('AMBIGUOUS', 'costItems', `Kostnadsposterna kunde inte knytas till en part och har utelämnats: ${left}.`)];
    // A party without a stated share then lacks these lines in its contribution: the shares are not the document's.
    if (parties.some((p) => !stated.some((t) => t.party === p))) {
      out.push(warning('AMBIGUOUS', 'contributions', `Parternas bidrag saknar poster som inte kunde knytas till en part: ${left}.`));
    }
    return { items: kept, warnings: out };
  };
  // An item whose party the document names with words that match none of the parties belongs to no one here.
  if (loose.some((it) => it.partyText !== undefined)) return fail();
  if (parties.length === 1) return { items: give(() => parties[0]), warnings: [] };
  if (stated.length === 0 || loose.length > MAX_ITEMS) return fail();
  const target = stated[0];
  const rest = stated.slice(1);
  const others = parties.filter((p) => p !== target.party);
  if (others.length !== 1) return fail();
  const other = others[0];
  const looseSum = loose.reduce((s, it) => s + it.amount, 0);
  const otherStated = rest.find((t) => t.party === other);
  if (otherStated && otherStated.amount + target.amount !== looseSum) return fail();

  const fits: number[] = [];
  for (let mask = 1; mask < 1 << loose.length; mask++) {
    let sum = 0;
    for (let i = 0; i < loose.length; i++) if (mask & (1 << i)) sum += loose[i].amount;
    if (sum === target.amount) fits.push(mask);
  }
  if (!fits.length) return fail();

  // Generic words ("föreningen") name whichever non-profit a sentence is about; only real names decide here.
  const named = (p: PartyInfo): PartyInfo => ({ ...p, aliases: p.aliases.filter((a) => !GENERIC.has(a)) });
  const says = (p: PartyInfo, q: PartyInfo) =>
    stems(
      sentences(doc)
        .filter((s) => {
          const hits = new Set(mentionedParties(s.text, [named(p), named(q)]).map((h) => h.party.name));
          return hits.has(p.name) && !hits.has(q.name);
        })
        .map((s) => s.text)
        .join(' '),
    );
  const targetWords = says(target.party, other);
  const otherWords = says(other, target.party);
  const score = (mask: number) =>
    loose.reduce((s, it, i) => {
      const w = stems(it.label);
      const toTarget = overlap(w, targetWords) - overlap(w, otherWords);
      return s + (mask & (1 << i) ? toTarget : -toTarget);
    }, 0);
  const best = fits.reduce((a, b) => (score(b) > score(a) ? b : a));
  const attributed = give((_, i) => (best & (1 << i) ? target.party : other));
  const given = loose.filter((_, i) => best & (1 << i)).map((it) => it.label);
  if (fits.length > 1) {
    return {
      items: attributed,
      warnings: [
        warning(
        'AMBIGUOUS',
        'costItems',
          `Posterna anges utan part. ${fits.length} olika urval av poster summerar till ${target.party.name}s del (${formatKronor(target.amount)}); texten om vad parterna bekostar pekar på: ${given.join(', ')}. Kontrollera fördelningen.`,
        ),
      ],
    };
  }
  return {
    items: attributed,
    warnings: [warning('INFERRED', 'costItems', `Posterna anges utan part; ${given.join(', ')} summerar till ${target.party.name}s del (${formatKronor(target.amount)}).`)],
  };
}
