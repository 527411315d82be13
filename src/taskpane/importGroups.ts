import type { ImportWarning, ImportedAgreement, Provenance } from '../import/result';

/** The import preview shows fields in these groups; provenance and warnings are sorted into them by field path. */
export const FIELD_GROUPS = {
  general: { title: 'Namn, målgrupp och syfte', roots: ['name', 'targetGroup', 'purpose', 'places'] },
  parties: { title: 'Parter', roots: ['parties'] },
  validity: { title: 'Giltighet och förlängning', roots: ['validity'] },
  economy: { title: 'Ekonomi', roots: ['costItems', 'contributions', 'annualTotal'] },
  indexation: { title: 'Indexering', roots: ['indexation'] },
} as const;

export type GroupKey = keyof typeof FIELD_GROUPS;

/** Field paths in the form's own words: what the labels and legends of the review say. */
const ROOTS: Record<string, string> = {
  name: 'Överenskommelsens namn',
  targetGroup: 'Målgrupp',
  purpose: 'Syfte',
  places: 'Antal platser',
  parties: 'Parter',
  validity: 'Giltighet',
  costItems: 'Kostnadsposter',
  contributions: 'Bidrag',
  annualTotal: 'Totalt per år enligt avtalet',
  indexation: 'Indexering',
  followUp: 'Uppföljning',
};
const ROWS: Record<string, string> = { parties: 'Part', costItems: 'Kostnadspost', contributions: 'Bidrag' };
const VALIDITY: Record<string, string> = {
  start: 'Gäller från och med',
  end: 'Gäller till och med',
  extension: 'Förlängning',
  extendedEnd: 'Beslutad förlängning till och med',
  noticeMonths: 'Uppsägningstid',
};
const PARTS: Record<string, string> = {
  name: 'namn',
  orgNumber: 'organisationsnummer',
  sector: 'sektor',
  unit: 'enhet eller nämnd',
  party: 'part',
  label: 'benämning',
  annualAmount: 'belopp per år',
  yearAmounts: 'belopp per kalenderår',
  rate: 'sats',
  baseYear: 'basår',
  years: 'år per gång',
  times: 'antal gånger',
};

/** "parties[1].orgNumber" → "Part 2 › organisationsnummer"; "validity.end" → "Gäller till och med". */
export function fieldLabel(field: string): string {
  const parts = field.split(/[.[\]]+/).filter((p) => p !== '');
  const [root, ...rest] = parts;
  if (root === 'validity' && rest[0] && VALIDITY[rest[0]]) return [VALIDITY[rest[0]], ...rest.slice(1).map((p) => PARTS[p] ?? p)].join(' › ');
  const out: string[] = [];
  if (ROWS[root] && rest[0] !== undefined && /^\d+$/.test(rest[0])) {
    out.push(`${ROWS[root]} ${Number(rest[0]) + 1}`);
    rest.shift();
  } else out.push(ROOTS[root] ?? root);
  for (const p of rest) out.push(/^\d+$/.test(p) ? `rad ${Number(p) + 1}` : (PARTS[p] ?? p));
  return out.join(' › ');
}

export type FieldMethod = 'read' | 'computed' | 'inferred' | 'reconciled' | 'ocr' | 'missing';

export const METHOD_TEXT: Record<FieldMethod, string> = {
  read: 'läst ur texten',
  computed: 'uträknat ur uppgifter i texten',
  inferred: 'härlett',
  reconciled: 'avstämt mot summorna',
  ocr: 'läst med OCR ur en skannad bild',
  missing: 'hittades inte i texten',
};

/**
 * How a field was obtained: read from a scan when its source is OCR; else the import contract's own word
 * (`obtained`: read, computed, reconciled, inferred); else inferred when it warns INFERRED about the field, read
 * when there is source text for it, and not found otherwise.
 */
export function fieldMethod(agreement: ImportedAgreement, field: string): FieldMethod {
  const inside = (f: string | undefined) => !!f && (f === field || f.startsWith(`${field}.`) || f.startsWith(`${field}[`));
  const stated = (agreement.provenance ?? []).find((p) => p.field === field) as (Omit<Provenance, 'method'> & { method?: string }) | undefined;
  if (stated?.method === 'ocr') return 'ocr';
  const obtained = agreement.obtained?.[field];
  if (obtained) return obtained;
  if (stated?.method === 'read' || stated?.method === 'inferred' || stated?.method === 'reconciled') return stated.method;
  if (agreement.warnings.some((w) => w.code === 'INFERRED' && inside(w.field))) return 'inferred';
  if ((agreement.provenance ?? []).some((p) => inside(p.field))) return 'read';
  return 'missing';
}

export function groupOf(field: string | undefined): GroupKey | null {
  if (!field) return null;
  const root = field.split(/[.[]/)[0];
  for (const [key, group] of Object.entries(FIELD_GROUPS)) {
    if ((group.roots as readonly string[]).includes(root)) return key as GroupKey;
  }
  return null;
}

export interface GroupedNotes {
  provenance: Record<GroupKey, Provenance[]>;
  warnings: Record<GroupKey, ImportWarning[]>;
  /** Warnings that name no field, or one outside the groups: shown above the form. */
  general: ImportWarning[];
}

export function groupNotes(agreement: ImportedAgreement): GroupedNotes {
  const empty = <T,>(): Record<GroupKey, T[]> => ({ general: [], parties: [], validity: [], economy: [], indexation: [] });
  const out: GroupedNotes = { provenance: empty<Provenance>(), warnings: empty<ImportWarning>(), general: [] };
  for (const p of agreement.provenance ?? []) {
    const group = groupOf(p.field);
    if (group) out.provenance[group].push(p);
  }
  for (const w of agreement.warnings) {
    const group = groupOf(w.field);
    if (group) out.warnings[group].push(w);
    else out.general.push(w);
  }
  return out;
}


/**
 * The source snippets a warning is about: provenance of its field or of anything inside it
 * ("costItems" matches "costItems[2].annualAmount"). At most `max`, so a warning stays readable.
 */
export function snippetsFor(provenance: readonly Provenance[] | undefined, field: string | undefined, max = 3): string[] {
  if (!field) return [];
  const inside = (f: string) => f === field || f.startsWith(`${field}.`) || f.startsWith(`${field}[`);
  return [...new Set((provenance ?? []).filter((p) => inside(p.field)).map((p) => p.snippet))].slice(0, max);
}
