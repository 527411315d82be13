import type { ImportedAgreement } from '../import/result';

/** Characters of JSON per message: the page receives (structured-clones) each slice in a few milliseconds. */
export const SLICE_CHARS = 100_000;
/** Characters of JSON of a whole result: past this the source text (provenance) of the remaining agreements stays behind. */
export const RESULT_CHARS = 4_000_000;
/**
 * Source snippets per agreement: the review quotes a few per section and one per warning, never a long table
 * row by row. The snippets of fields a warning is about are kept first.
 */
export const PROVENANCE_PER_AGREEMENT = 300;

/** An agreement with at most PROVENANCE_PER_AGREEMENT snippets, those its warnings are about first. */
export function boundedProvenance(agreement: ImportedAgreement): ImportedAgreement {
  const all = agreement.provenance ?? [];
  if (all.length <= PROVENANCE_PER_AGREEMENT) return agreement;
  const warned = new Set(agreement.warnings.map((w) => w.field).filter(Boolean));
  const inside = (field: string) => [...warned].some((w) => field === w || field.startsWith(`${w}.`) || field.startsWith(`${w}[`));
  const first = all.filter((p) => inside(p.field));
  const rest = all.filter((p) => !inside(p.field));
  return { ...agreement, provenance: [...first, ...rest].slice(0, PROVENANCE_PER_AGREEMENT) };
}

/**
 * How the import worker sends a result: agreements in slices of at most SLICE_CHARS of JSON (one agreement larger
 * than that is a slice of its own), and within RESULT_CHARS in all, after which the agreements go without their
 * provenance (their values and warnings are kept: nothing to save is lost). `trimmed` counts those.
 * @example sendBudget(thousandsOfRows).slices.length // > 1
 */
export function sendBudget(agreements: readonly ImportedAgreement[]): { slices: ImportedAgreement[][]; trimmed: number } {
  const slices: ImportedAgreement[][] = [];
  let slice: ImportedAgreement[] = [];
  let sliceChars = 0;
  let total = 0;
  let trimmed = 0;
  for (const agreement of agreements) {
    let sent = boundedProvenance(agreement);
    let size = JSON.stringify(sent).length;
    if (total + size > RESULT_CHARS && sent.provenance?.length) {
      const { provenance: _p, ...rest } = sent;
      sent = rest;
      size = JSON.stringify(rest).length;
      trimmed++;
    }
    if (slice.length > 0 && sliceChars + size > SLICE_CHARS) {
      slices.push(slice);
      slice = [];
      sliceChars = 0;
    }
    slice.push(sent);
    sliceChars += size;
    total += size;
  }
  if (slice.length > 0) slices.push(slice);
  return { slices, trimmed };
}
