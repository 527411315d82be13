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
} as const;

export type ChoiceKey = keyof typeof CHOICE_NAMES;

/** Zero-based rows on Inställningar (column A label, B value, C the name); the settings use rows 3–6. */
export const CHOICE_ROWS: Record<ChoiceKey, number> = { overviewYear: 7, overviewCommittee: 8, workbookIndexed: 9 };

export const CHOICE_LABELS: Record<ChoiceKey, string> = {
  overviewYear: 'Översiktens år (senast ifyllt)',
  overviewCommittee: 'Översiktens nämnd (senast ifylld)',
  workbookIndexed: 'Avtal som följer arbetsbokens indexsats och basår (Avtals-id)',
};

export const CHOICE_SHEET = SHEETS.settings;

export interface PaneChoices {
  /** The year of the overview the user last filled; null when she has not filled one. */
  overviewYear: number | null;
  overviewCommittee: string | null;
  /** Keys (Avtals-id) of agreements indexed by the workbook's Indexsats and Basår rather than a rate of their own. */
  workbookIndexed: string[];
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
  };
}
