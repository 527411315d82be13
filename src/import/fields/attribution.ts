import { formatKronor } from '../../domain/money';
import type { ImportWarning } from '../result';
import { warning } from './field';
import type { RawItem, StatedAmount } from './economy';
import { mentionedParties, PartyInfo } from './parties';
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

export function attributeItems(doc: SourceDoc, items: readonly RawItem[], totals: readonly StatedAmount[], parties: PartyInfo[]): Attributed {
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
