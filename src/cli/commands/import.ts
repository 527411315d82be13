import { resolve } from 'path';
import { parseCommandArgs } from '../args';
import { CliCommand, CliError } from '../io';
import { safeJson, safeText } from '../terminal';
import { ImportError, summarize, toContractJson } from '../../import/node';
import { importFileBounded } from '../boundedImport';
import { isWorkbookFile } from '../workbookFile';

/** `iop import FILE... [--json] [--provenance]`: documents to agreements, as a Swedish summary or the JSON contract. */
export const importCommand: CliCommand = {
  name: 'import',
  summary: 'läs överenskommelser, beslutsunderlag och översikter (.docx, .pdf, .txt, .md)',
  usage: [
    'Användning: iop import FIL... [--json] [--provenance]',
    '',
    'Läser IOP-dokument och visar vad som hittades: parter, giltighet, uppräkning, poster och bidrag.',
    '  --json        skriv resultatet som JSON (se docs/import.md); flera filer ger en JSON-lista',
    '  --provenance  ta med var i texten varje fält lästes (endast med --json)',
    '',
    'Slutkod 0 när alla filer lästes (varningar tillåtna), 2 om en fil inte kunde läsas.',
  ].join('\n'),
  async run(args, io) {
    const { files, bools } = parseCommandArgs(args, { booleans: ['--json', '--provenance'] });
    const json = bools.has('--json');
    const withProvenance = bools.has('--provenance');
    if (!files.length) throw new CliError('ange minst en fil att importera, t.ex. "iop import avtal.docx".');
    const results = [];
    const workbook = files.find(isWorkbookFile);
    if (workbook) throw new CliError(`${workbook}: en arbetsbok (.xlsx) läses av "iop oversikt", "iop promemoria" och "iop flerar"; "iop import" läser dokument (.docx, .pdf, .txt, .md).`);
    for (const file of files) {
      try {
        results.push(await importFileBounded(resolve(io.cwd, file)));
      } catch (e) {
        if (e instanceof ImportError) throw new CliError(`${file}: ${e.message}`);
        throw e;
      }
    }
    if (json) {
      const out = results.map((r) => toContractJson(r, { provenance: withProvenance }));
      io.stdout(`${safeJson(JSON.stringify(out.length === 1 ? out[0] : out, null, 2))}\n`);
    } else {
      io.stdout(safeText(results.map(summarize).join('\n')));
    }
    return 0;
  },
};
