import { formatKronor } from '../../domain/money';
import { warning } from '../fields/field';
import type { ImportedAgreement, ImportResult, ImportWarning, Provenance } from '../result';
import type { OcrNote } from './layout';

/**
 * Low trust, said on every field: in a document read by OCR, each value carries how it was obtained (its
 * provenance's `method: 'ocr'` and page) and an `OCR` warning of its own, listed before the agreement's other
 * warnings, so that the pane shows them first. What the page's layout left uncertain (an amount broken over two
 * lines, a word the engine was unsure of) is said on the fields read over it.
 */

/** One page of the document as it was read: its text, whether OCR read it, and what OCR noted on it. */
export interface ReadPage {
  text: string;
  ocr: boolean;
  notes: OcrNote[];
}

const squashed = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The page a snippet was read on: the page whose text holds it (the nearest by position when several do). */
function pageOf(p: Provenance, pages: readonly ReadPage[], total: number): number | null {
  const snippet = squashed(p.snippet);
  if (!snippet) return null;
  const holding = pages.map((page, i) => (squashed(page.text).includes(snippet) ? i : -1)).filter((i) => i >= 0);
  if (holding.length === 0) return null;
  const guess = Math.floor((p.start / Math.max(1, total)) * pages.length);
  return holding.reduce((best, i) => (Math.abs(i - guess) < Math.abs(best - guess) ? i : best), holding[0]);
}

/** A value as the warning names it, and the text it was read from when that can be told (to pick its snippet). */
type Value = { field: string; shown: string; token?: string };

/** An amount as the documents write it: "190 000" (formatKronor gives "190 000 kr" with plain spaces). */
const grouped = (n: number) => formatKronor(n).replace(/\s*kr$/, '');

/** Every value the agreement holds, with the field path its provenance and warnings use. */
export function valuesOf(a: ImportedAgreement): Value[] {
  const out: Value[] = [];
  const add = (field: string, shown: string | null, token?: string) => {
    if (shown !== null && shown !== '') out.push({ field, shown, ...(token ? { token } : {}) });
  };
  add('name', a.name ? `”${a.name}”` : null);
  a.parties.forEach((p, i) => {
    add(`parties[${i}].name`, `”${p.name}”`, p.name);
    add(`parties[${i}].orgNumber`, p.orgNumber, p.orgNumber ?? undefined);
    add(`parties[${i}].unit`, p.unit ? `”${p.unit}”` : null);
  });
  add('targetGroup', a.targetGroup ? 'målgruppen' : null);
  add('purpose', a.purpose ? 'syftet' : null);
  add('places', a.places != null ? `${a.places} platser` : null);
  add('validity.start', a.validity.start);
  add('validity.end', a.validity.end);
  const ext = a.validity.extension;
  add('validity.extension', ext ? `förlängningen (${ext.years} år${ext.times ? ` × ${ext.times}` : ' i taget'})` : null);
  add('validity.noticeMonths', a.validity.noticeMonths != null ? `${a.validity.noticeMonths} månaders uppsägningstid` : null);
  add('indexation.rate', a.indexation ? `${String(a.indexation.rate * 100).replace('.', ',')} %` : null);
  a.costItems.forEach((c, i) => add(`costItems[${i}].annualAmount`, `${formatKronor(c.annualAmount)} (”${c.label}”)`, grouped(c.annualAmount)));
  a.contributions.forEach((c, i) => add(`contributions[${i}].annualAmount`, `${formatKronor(c.annualAmount)} (${c.party})`, grouped(c.annualAmount)));
  add('annualTotal', a.annualTotal != null ? formatKronor(a.annualTotal) : null, a.annualTotal != null ? grouped(a.annualTotal) : undefined);
  add('followUp', a.followUp ? 'uppföljningen' : null);
  return out;
}

const inside = (field: string, f: string) => f === field || f.startsWith(`${field}.`) || f.startsWith(`${field}[`);

/** Whole-token containment: "190 000" is in "till 190 000 kronor", "000" is not in "2000". */
function holds(snippet: string, token: string): boolean {
  const at = snippet.indexOf(token);
  if (at < 0) return false;
  const before = snippet[at - 1];
  const after = snippet[at + token.length];
  return !(before && /[\p{L}\d]/u.test(before)) && !(after && /[\p{L}\d]/u.test(after));
}

function markAgreement(a: ImportedAgreement, pages: readonly ReadPage[], total: number): ImportedAgreement {
  const provenance = (a.provenance ?? []).map((p) => {
    const page = pageOf(p, pages, total);
    if (page === null) return p;
    return { ...p, ...(pages[page].ocr ? { method: 'ocr' as const } : {}), page: page + 1 };
  });
  const allOcr = pages.every((p) => p.ocr);
  const ocrWarnings: ImportWarning[] = [];
  const splitWarnings: ImportWarning[] = [];
  for (const v of valuesOf(a)) {
    // The field's own provenance, or its list's ("parties" for "parties[1].orgNumber"): those holding the value if any do.
    const related = provenance.filter((p) => inside(v.field, p.field) || inside(p.field, v.field));
    const holding = v.token ? related.filter((p) => holds(squashed(p.snippet), v.token!)) : [];
    const sources = holding.length ? holding : related;
    const read = sources.filter((p) => p.method === 'ocr');
    // A value with no source text in a partly scanned document may come from a scanned page: said too.
    if (!read.length && !(sources.length === 0 && pages.some((p) => p.ocr)) && !allOcr) continue;
    const onPages = [...new Set(read.map((p) => p.page))].sort();
    const where = onPages.length ? ` (${pagesText(onPages as number[])})` : '';
    const notes = read.flatMap((p) => (p.page ? pages[p.page - 1].notes.filter((n) => holds(squashed(p.snippet), n.text)) : []));
    const unsure = notes.filter((n) => n.kind === 'unsure').map((n) => n.message);
    ocrWarnings.push(warning('OCR', v.field, `Kontrollera ${v.shown} mot skanningen${where}: läst med OCR.${unsure.length ? ` ${[...new Set(unsure)].slice(0, 2).join(' ')}` : ''}`));
    for (const n of new Set(notes.filter((n) => n.kind === 'split').map((n) => n.message))) splitWarnings.push(warning('AMBIGUOUS', v.field, n));
  }
  return { ...a, provenance, warnings: [...ocrWarnings, ...splitWarnings, ...a.warnings] };
}

/** Pages as Swedish words: "sida 2", "sidorna 1–3", "sidorna 1, 3 och 4". */
function pagesText(numbers: number[]): string {
  if (numbers.length === 1) return `sida ${numbers[0]}`;
  const run = numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
  return run ? `sidorna ${numbers[0]}–${numbers[numbers.length - 1]}` : `sidorna ${numbers.slice(0, -1).join(', ')} och ${numbers[numbers.length - 1]}`;
}

/**
 * The result of a document some of whose pages were read by OCR, with its fields marked. `total` is the length of
 * the text the fields were read from (provenance offsets point into it).
 */
export function markOcr(result: ImportResult, pages: readonly ReadPage[], total: number): ImportResult {
  const scanned = pages.flatMap((p, i) => (p.ocr ? [i + 1] : []));
  if (scanned.length === 0) return result;
  const note = warning(
    'OCR',
    undefined,
    `${pages.length === scanned.length ? 'Dokumentet är skannat' : `Dokumentet har skannade sidor utan text (${pagesText(scanned)})`} och lästes med OCR (${pagesText(scanned)}): varje värde därifrån ska kontrolleras mot originalet.`,
  );
  return { ...result, agreements: result.agreements.map((a) => markAgreement(a, pages, total)), warnings: [note, ...result.warnings] };
}
