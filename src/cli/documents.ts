import type { Agreement } from '../domain/agreement';
import { ImportError, type ImportResult } from '../import/result';
import { importFile } from '../import/node';
import { FoundAgreement, mergeSameAgreement } from '../workbook/mergeDocuments';
import { CliError } from './io';

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
      result = await importFile(file);
    } catch (e) {
      if (e instanceof ImportError) throw new CliError(e.message);
      throw e;
    }
    for (const w of result.warnings) warnings.push(`${result.source}: ${w.message}`);
    for (const a of result.agreements) {
      for (const w of a.warnings ?? []) warnings.push(`${result.source}: ${a.name}: ${w.message}`);
      found.push({ agreement: plain(a), kind: result.documentKind });
    }
  }
  const notes: string[] = [];
  const agreements = mergeSameAgreement(found, notes);
  return { agreements, warnings: [...warnings, ...notes] };
}
