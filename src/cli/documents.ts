import { resolve } from 'path';
import type { Agreement } from '../domain/agreement';
import { IopSettings, defaultSettings } from '../domain/settings';
import { ImportError, type ImportResult } from '../import/result';
import { importFileBounded } from './boundedImport';
import { FoundAgreement, mergeSameAgreement } from '../workbook/mergeDocuments';
import { parseCommandArgs, parseYear } from './args';
import { CliError, CliIo } from './io';

export interface ImportedSet {
  agreements: Agreement[];
  /** One Swedish line per warning, prefixed with its file. */
  warnings: string[];
}

function plain(a: Agreement): Agreement {
  const { warnings: _w, provenance: _p, ...rest } = a as Agreement & { warnings?: unknown; provenance?: unknown };
  return rest;
}

/** Imports every file and merges documents about the same agreement; a file that cannot be imported stops the command with its Swedish message. */
export async function importFiles(files: string[]): Promise<ImportedSet> {
  if (files.length === 0) throw new CliError('ange minst en fil att läsa.');
  const found: FoundAgreement[] = [];
  const warnings: string[] = [];
  for (const file of files) {
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
  const agreements = mergeSameAgreement(found, notes);
  return { agreements, warnings: [...warnings, ...notes] };
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
  const defaults = defaultSettings();
  const year = parseYear(flags.year, defaults.baseYear);
  const committee = flags.committee?.trim() || defaults.committee;
  const { agreements, warnings } = await importFiles(files.map((f) => resolve(io.cwd, f)));
  if (agreements.length === 0) throw new CliError('filerna innehöll inga IOP-avtal.');
  const settings = { ...defaults, committee, baseYear: year };
  return { agreements, warnings, settings, year, committee, out: resolve(io.cwd, flags.out ?? defaultOut) };
}
