import type { Agreement } from '../domain/agreement';
import type { DocumentKind, ImportResult, ImportedAgreement } from '../import/result';
import { FoundImported, mergeImported } from '../workbook/mergeDocuments';

/** The workbook's agreements, and the kind of document each row was saved unedited from (PaneChoices). */
export interface StoredRows {
  agreements: readonly Agreement[];
  documentKinds: Readonly<Record<string, DocumentKind>>;
}

/** One partnership: indices into the files' agreements (in order) followed by the workbook's rows; the merged agreement when several. */
export interface MergeGroup {
  members: number[];
  /** Null for one member: its own agreement is the preview. */
  agreement: ImportedAgreement | null;
}

/** Rows of the workbook share one source, like rows of one document: two of them are never one partnership. */
export const WORKBOOK_SOURCE = 'arbetsboken';

/**
 * The files of one import and the workbook's rows, merged as the CLI merges files (mergeImported): each row at
 * the rank of the document it was saved from, else as the user's own record (kind `workbook`, which wins), so the
 * order in which files are imported does not change the partnerships saved. Runs in the import worker.
 */
export function mergeForPreview(files: readonly ImportResult[], stored: StoredRows): MergeGroup[] {
  const docs: FoundImported[] = files.flatMap((r, f) => r.agreements.map((agreement) => ({ agreement, kind: r.documentKind, source: `fil-${f}` })));
  const rows: FoundImported[] = stored.agreements.map((a) => ({ agreement: { ...a, warnings: [] }, kind: (a.id && stored.documentKinds[a.id]) || 'workbook', source: WORKBOOK_SOURCE }));
  return mergeImported([...docs, ...rows]).map(({ members, agreement }) => ({ members, agreement: members.length > 1 ? agreement : null }));
}
