import { basename, resolve } from 'path';
import type { Agreement } from '../domain/agreement';
import type { FollowUpRecord } from '../domain/followUp';
import type { InvoiceRecord } from '../domain/invoiceCheck';
import { IopSettings, defaultSettings } from '../domain/settings';
import { ImportError, type ImportResult } from '../import/result';
import { importFileBounded } from './boundedImport';
import { agreementKeys } from '../workbook/key';
import { FoundAgreement, mergeSameAgreementGroups } from '../workbook/mergeDocuments';
import type { WorkbookContents } from '../workbook/xlsxWorkbook';
import { parseCommandArgs, parseYear } from './args';
import { CliError, CliIo } from './io';
import { safeLine } from './terminal';
import { STANDARD_OUTPUT } from './wholeFile';
import { isWorkbookFile, readWorkbookFile } from './workbookFile';

export interface ImportedSet {
  /** Each with its Avtals-id as `id`, unique in the set: what the follow-up records name. */
  agreements: Agreement[];
  /** One Swedish line per warning, prefixed with its file. */
  warnings: string[];
  /** The follow-up recorded in the workbooks given (table IOP_Uppfoljning), by the agreements' ids. */
  records: FollowUpRecord[];
  /**
   * The invoices received in the workbooks given (table IOP_Fakturor), every row: one naming a workbook agreement
   * names it by its id in the set; one naming no agreement is carried over as it stands (the user's row).
   */
  invoices: InvoiceRecord[];
  /** The first workbook's settings and pane choices, when a workbook was given. */
  workbook: Pick<WorkbookContents, 'settings' | 'choices'> | null;
}

function plain(a: Agreement): Agreement {
  const { warnings: _w, provenance: _p, obtained: _o, ...rest } = a as Agreement & { warnings?: unknown; provenance?: unknown; obtained?: unknown };
  return rest;
}

/**
 * Imports every file and merges what is about the same agreement; a file that cannot be read stops the command
 * with its Swedish message. A workbook (.xlsx) gives the agreements and follow-up of its tables, read as the
 * add-in reads them; a document about an agreement already in a workbook fills only what the workbook's row
 * leaves empty (the workbook holds the user's own edits), and a note line says so.
 */
export async function importFiles(files: string[]): Promise<ImportedSet> {
  if (files.length === 0) throw new CliError('ange minst en fil att läsa.');
  const found: FoundAgreement[] = [];
  /** The follow-up records of each workbook agreement, by its index in `found`. */
  const recorded = new Map<number, { records: FollowUpRecord[]; file: string }>();
  /** Each workbook's invoices, with the index in `found` of each agreement they may name (by its id, any case). */
  const invoiced: { invoices: InvoiceRecord[]; members: Map<string, number> }[] = [];
  const warnings: string[] = [];
  let workbook: ImportedSet['workbook'] = null;
  for (const file of files) {
    if (isWorkbookFile(file)) {
      const contents = await readWorkbookFile(file);
      workbook ??= { settings: contents.settings, choices: contents.choices };
      for (const p of contents.problems) warnings.push(`${basename(file)}: ${p}`);
      const members = new Map<string, number>();
      invoiced.push({ invoices: contents.invoices, members });
      for (const a of contents.agreements) {
        if (a.id) members.set(a.id.toLowerCase(), found.length);
        recorded.set(found.length, { records: contents.records.filter((r) => r.agreement === a.id), file: basename(file) });
        // A row saved unedited from a document merges at that document's rank, as the pane merges it; a row the
        // user saved herself is the workbook's and wins.
        found.push({ agreement: a, kind: (a.id && contents.choices.documentKinds[a.id]) || 'workbook', source: file });
      }
      continue;
    }
    let result: ImportResult;
    try {
      result = await importFileBounded(file);
    } catch (e) {
      if (e instanceof ImportError) throw new CliError(e.message);
      throw e;
    }
    for (const w of result.warnings) warnings.push(`${result.source}: ${w.message}`);
    for (const a of result.agreements) {
      for (const w of a.warnings ?? []) warnings.push(`${result.source}: ${a.name}: ${w.message}`);
      found.push({ agreement: plain(a), kind: result.documentKind, source: file });
    }
  }
  const notes: string[] = [];
  const groups = mergeSameAgreementGroups(found, notes);
  // The keys the workbook plan gives them, fixed here so the records name the agreements as the plan does.
  const keys = agreementKeys(groups.map((g) => g.agreement));
  const agreements = groups.map((g, i) => ({ ...g.agreement, id: keys[i] }));
  const records: FollowUpRecord[] = [];
  groups.forEach((g, i) => {
    for (const m of g.members) {
      for (const r of recorded.get(m)?.records ?? []) {
        if (records.some((x) => x.agreement === keys[i] && x.year === r.year)) {
          notes.push(`${agreements[i].name}: uppföljningen ${r.year} står i flera arbetsböcker; den först inlästa används, inte den i ${recorded.get(m)!.file}.`);
          continue;
        }
        records.push({ ...r, agreement: keys[i] });
      }
    }
  });
  const groupOf = new Map(groups.flatMap((g, i) => g.members.map((m) => [m, i] as const)));
  const invoices = invoiced.flatMap(({ invoices, members }) =>
    invoices.map((r) => {
      const m = members.get(r.agreement.toLowerCase());
      const i = m === undefined ? undefined : groupOf.get(m);
      return i === undefined ? r : { ...r, agreement: keys[i] };
    }),
  );
  return { agreements, warnings: [...warnings, ...notes], records, invoices, workbook };
}

/**
 * Stops a command whose files gave no agreement. The warnings go first, one line each: when every agreement of a
 * workbook is refused, the cells that refused them (sheet, row, column) are the answer, not only the one line.
 */
export function requireAgreements(set: Pick<ImportedSet, 'agreements' | 'warnings'>, io: CliIo): void {
  if (set.agreements.length > 0) return;
  for (const w of set.warnings) io.stderr(`varning: ${safeLine(w)}\n`);
  const n = set.warnings.length;
  throw new CliError(n ? `filerna innehöll inga IOP-avtal som kunde läsas (${n === 1 ? 'varningen' : `de ${n} varningarna`} ovan säger varför).` : 'filerna innehöll inga IOP-avtal.');
}

/** What a report command (oversikt, promemoria) is asked for: the documents, the year, the committee, the output. */
export interface ReportRequest extends ImportedSet {
  settings: IopSettings;
  year: number;
  committee: string;
  out: string;
}

/** Parses `FILE... -o OUT [--ar ÅR] [--namnd NAMN]` and imports the files; at least one agreement or a CliError. */
export async function readReportRequest(args: string[], io: CliIo, defaultOut: string): Promise<ReportRequest> {
  const { files, flags } = parseCommandArgs(args, { values: { '--ut': 'out', '-o': 'out', '--out': 'out', '--ar': 'year', '--år': 'year', '--namnd': 'committee', '--nämnd': 'committee' } });
  const given = parseYear(flags.year, 0);
  const paths = files.map((f) => resolve(io.cwd, f));
  // `-o -` is standard output (wholeFile.ts, writeOutput), never a file named "-".
  const out = flags.out === STANDARD_OUTPUT ? STANDARD_OUTPUT : resolve(io.cwd, flags.out ?? defaultOut);
  // The file written is a new workbook: written over an input, it would lose the user's own sheets, columns and notes.
  if (paths.includes(out)) throw new CliError(`${basename(out)} är en av filerna som läses och skrivs inte över; ange en annan fil med -o.`);
  const imported = await importFiles(paths);
  requireAgreements(imported, io);
  // Without --ar/--namnd, a workbook's own overview (the year and committee last filled, else its settings) as in the pane.
  const wb = imported.workbook;
  const defaults = wb?.settings ?? defaultSettings();
  const year = given || (wb?.choices.overviewYear ?? defaults.baseYear);
  const committee = flags.committee?.trim() || (wb?.choices.overviewCommittee ?? defaults.committee);
  const settings = { ...defaults, committee, baseYear: year };
  return { ...imported, settings, year, committee, out };
}
