import type { ImportResult } from '../import/result';
import { SHEETS } from './names';

/**
 * Choices the user makes in the task pane that must outlive the pane (a save, a tab switch, closing and
 * reopening the workbook): kept on the settings sheet "Inställningar", below the settings proper, under
 * workbook names like the settings. Add, never rename: workbooks in use hold these names.
 */
export const CHOICE_NAMES = {
  overviewYear: 'IOP_OversiktAr',
  overviewCommittee: 'IOP_OversiktNamnd',
  workbookIndexed: 'IOP_FoljerIndexsats',
  documentKinds: 'IOP_SparatUrDokument',
} as const;

export type ChoiceKey = keyof typeof CHOICE_NAMES;

/** Zero-based rows on Inställningar (column A label, B value, C the name); the settings use rows 3–6. */
export const CHOICE_ROWS: Record<ChoiceKey, number> = { overviewYear: 7, overviewCommittee: 8, workbookIndexed: 9, documentKinds: 10 };

export const CHOICE_LABELS: Record<ChoiceKey, string> = {
  overviewYear: 'Översiktens år (senast ifyllt)',
  overviewCommittee: 'Översiktens nämnd (senast ifylld)',
  workbookIndexed: 'Avtal som följer arbetsbokens indexsats och basår (Avtals-id)',
  documentKinds: 'Avtal sparade oförändrade ur ett dokument (Avtals-id: dokumentets slag)',
};

export const CHOICE_SHEET = SHEETS.settings;

export interface PaneChoices {
  /** The year of the overview the user last filled; null when she has not filled one. */
  overviewYear: number | null;
  overviewCommittee: string | null;
  /** Keys (Avtals-id) of agreements indexed by the workbook's Indexsats and Basår rather than a rate of their own. */
  workbookIndexed: string[];
  /**
   * Agreements saved from an import just as the documents gave them, by key, with the kind of the document whose
   * values the row holds. A later document about the same partnership is merged with such a row at that
   * document's rank, as if both had been imported together, so the order of imports does not change the year.
   * A row the user saved herself (the wizard, an edited preview) is not listed: it is hers, and wins.
   */
  documentKinds: Record<string, DocumentKind>;
}

export type DocumentKind = ImportResult['documentKind'];

const KIND_WORDS: Record<DocumentKind, string> = { agreement: 'överenskommelse', overview: 'översikt', decision: 'beslut' };

/** "iop-a: översikt; iop-b: beslut" → { 'iop-a': 'overview', 'iop-b': 'decision' }; unknown words are left out. */
export function parseDocumentKinds(text: unknown): Record<string, DocumentKind> {
  if (typeof text !== 'string') return {};
  const out: Record<string, DocumentKind> = {};
  for (const part of text.split(';')) {
    const m = /^\s*([^:]+?)\s*:\s*(\S+)\s*$/.exec(part);
    const kind = m && (Object.keys(KIND_WORDS) as DocumentKind[]).find((k) => KIND_WORDS[k] === m[2].toLowerCase());
    if (m && kind) out[m[1]] = kind;
  }
  return out;
}

/** A cell holds 32 767 characters: past that the oldest entries go (those rows then win as the user's own). */
const MAX_CELL_TEXT = 32_000;

export function formatDocumentKinds(kinds: Readonly<Record<string, DocumentKind>>): string {
  const parts = Object.entries(kinds).map(([key, kind]) => `${key}: ${KIND_WORDS[kind]}`);
  while (parts.length > 0 && parts.join('; ').length > MAX_CELL_TEXT) parts.shift();
  return parts.join('; ');
}

/** A choice as its cell holds it: lists as readable text, a missing value as an empty cell. */
export function choiceCellValue(key: ChoiceKey, value: PaneChoices[ChoiceKey] | undefined): string | number {
  if (key === 'workbookIndexed') return formatKeyList((value as string[] | undefined) ?? []);
  if (key === 'documentKinds') return formatDocumentKinds((value as Record<string, DocumentKind> | undefined) ?? {});
  return value === null || value === undefined ? '' : (value as string | number);
}

/** "iop-a; iop-b" → ["iop-a", "iop-b"]; the cell is readable and editable by hand, so any separator of ; , or space works. */
export function parseKeyList(text: unknown): string[] {
  if (typeof text !== 'string') return [];
  return [...new Set(text.split(/[;,\s]+/).map((k) => k.trim()).filter((k) => k !== ''))];
}

export function formatKeyList(keys: readonly string[]): string {
  return [...new Set(keys)].join('; ');
}

/** The cell values read back, as choices: a year must be a whole year, anything else counts as not chosen. */
export function choicesFrom(values: Partial<Record<ChoiceKey, unknown>>): PaneChoices {
  const y = values.overviewYear;
  const year = typeof y === 'number' && Number.isInteger(y) && y >= 1900 && y <= 9999 ? y : typeof y === 'string' && /^\d{4}$/.test(y.trim()) ? Number(y.trim()) : null;
  const c = values.overviewCommittee;
  return {
    overviewYear: year,
    overviewCommittee: typeof c === 'string' && c.trim() !== '' ? c.trim() : null,
    workbookIndexed: parseKeyList(values.workbookIndexed),
    documentKinds: parseDocumentKinds(values.documentKinds),
  };
}
