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

const LABELS: Record<string, string> = {
  name: 'Namn',
  targetGroup: 'Målgrupp',
  purpose: 'Syfte',
  places: 'Platser',
  parties: 'Parter',
  validity: 'Giltighet',
  costItems: 'Kostnadsposter',
  contributions: 'Bidrag',
  annualTotal: 'Totalt per år',
  indexation: 'Indexering',
  orgNumber: 'organisationsnummer',
  name_: 'namn',
  start: 'start',
  end: 'slut',
  extension: 'förlängning',
  rate: 'sats',
  baseYear: 'basår',
  annualAmount: 'belopp',
  sector: 'sektor',
  label: 'benämning',
};

/** "parties[1].orgNumber" → "Parter › rad 2 › organisationsnummer". */
export function fieldLabel(field: string): string {
  const parts = field.split(/[.[\]]+/).filter((p) => p !== '');
  return parts
    .map((p, i) => (/^\d+$/.test(p) ? `rad ${Number(p) + 1}` : i === 0 ? (LABELS[p] ?? p) : (LABELS[p === 'name' ? 'name_' : p] ?? p)))
    .join(' › ');
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
