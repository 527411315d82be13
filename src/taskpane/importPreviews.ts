import type { Agreement } from '../domain/agreement';
import type { DocumentKind, ImportedAgreement } from '../import/result';
import type { ImportedFile } from './importer';
import type { MergeGroup, StoredRows } from './mergePreview';

/** One file of an import: what the worker read from it, or why it could not. */
export interface ImportItem {
  key: number;
  source: string;
  result?: ImportedFile;
  error?: string;
}

/** The workbook's agreements when the import was made, and what the pane knows of how each row was saved. */
export interface StoredSet extends StoredRows {
  workbookIndexed: readonly string[];
}

export const NOTHING_STORED: StoredSet = { agreements: [], documentKinds: {}, workbookIndexed: [] };

export const KIND_TEXT: Record<DocumentKind, string> = { agreement: 'överenskommelse', decision: 'beslut', overview: 'nämndens översikt' };

/** One preview to check and save: an agreement of one file, or one partnership several files (and the workbook) describe. */
export interface Preview {
  key: string;
  /** The file whose section shows it (the document whose values win). */
  item: number;
  /** Its place among all previews (file order, then row order), also its editor's id. */
  index: number;
  agreement: ImportedAgreement;
  /** For a merged preview: its documents, "fil (beslut)", and "arbetsboken". */
  from: string[];
  /** The workbook row this preview is (same partnership): saving it updates that row, under its key. */
  replaces: Agreement | null;
  /** True when that row is the user's own record (not saved unedited from a document): saving over it asks. */
  replacesUsersOwn: boolean;
  /**
   * The kind of document whose values the preview holds, kept with the row when it is saved unedited (so a
   * later document merges with it at that rank); null when the workbook's own values win (the user's record).
   */
  documentKind: DocumentKind | null;
  /** The kind of the file that shows it: an overview's partnerships review as compact rows. */
  hostKind: DocumentKind;
  /** Whether the row it replaces follows the workbook's Indexsats and Basår. */
  followsWorkbook: boolean;
}

/**
 * The previews of an import from its merge groups (mergeForPreview, made in the worker): the files merged as the
 * CLI merges them and with the agreements already in the workbook, so the order in which files are imported
 * does not change what is saved. A partnership is shown under the file whose values win; the other files say
 * where it went. Partnerships only the workbook holds are not shown.
 */
export function previewsOf(items: readonly ImportItem[], stored: StoredSet, groups: readonly MergeGroup[]): { previews: Preview[]; joined: Map<number, string[]> } {
  const docs = items.flatMap((item) =>
    (item.result?.agreements ?? []).map((agreement, i) => ({ agreement, kind: item.result!.documentKind, item, i })),
  );
  const rows = stored.agreements.map((a) => ({ stored: a, kind: (a.id && stored.documentKinds[a.id]) || ('workbook' as const) }));
  const kindOf = (m: number) => (m < docs.length ? docs[m].kind : rows[m - docs.length].kind);
  const previews: Preview[] = [];
  const joined = new Map<number, string[]>();
  for (const group of groups) {
    const { members } = group;
    const fromDocs = members.filter((m) => m < docs.length).map((m) => docs[m]);
    if (fromDocs.length === 0) continue;
    const row = members.filter((m) => m >= docs.length).map((m) => rows[m - docs.length])[0];
    const replacesUsersOwn = row?.kind === 'workbook';
    const [host, ...rest] = fromDocs;
    const winner = kindOf(members[0]);
    const agreement = group.agreement ?? host.agreement;
    const replaces = row?.stored ?? null;
    previews.push({
      key: members.map((m) => (m < docs.length ? `${docs[m].item.key}-${docs[m].i}` : `wb-${rows[m - docs.length].stored.id}`)).join('+'),
      item: host.item.key,
      index: host.item.key * 100_000 + host.i,
      agreement: replaces ? { ...agreement, id: replaces.id } : agreement,
      from:
        members.length > 1
          ? members.map((m) => (m < docs.length ? `${docs[m].item.source} (${KIND_TEXT[docs[m].kind]})` : `arbetsboken ("${rows[m - docs.length].stored.name}")`))
          : [],
      replaces,
      replacesUsersOwn,
      documentKind: winner === 'workbook' ? null : winner,
      hostKind: host.kind,
      followsWorkbook: !!replaces?.id && stored.workbookIndexed.includes(replaces.id),
    });
    for (const r of rest) {
      const same = r.agreement.name === agreement.name ? '' : ` "${agreement.name}"`;
      joined.set(r.item.key, [...(joined.get(r.item.key) ?? []), `"${r.agreement.name}" är samma partnerskap som${same} i ${host.item.source} och granskas där, sammanslaget.`]);
    }
  }
  previews.sort((a, b) => a.index - b.index);
  return { previews, joined };
}

