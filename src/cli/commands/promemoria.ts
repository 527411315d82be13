import { resolve } from 'path';
import { defaultSettings } from '../../domain/settings';
import { buildMemo, writeMemoDocx } from '../../writers/docx';
import { parseCommandArgs, parseYear } from '../args';
import { importFiles } from '../documents';
import { CliCommand, CliError } from '../io';
import { safeLine } from '../terminal';
import { writeWholeFile } from '../wholeFile';

export const promemoria: CliCommand = {
  name: 'promemoria',
  summary: 'skriv nämndens uppföljning av sina IOP som Word-dokument (.docx)',
  usage: [
    'Användning: iop promemoria FIL... -o uppfoljning.docx [--ar 2025] [--namnd Arbetsmarknadsnämnden]',
    '',
    'Läser överenskommelser, beslutsunderlag och översikter (.docx .pdf .txt .md) och skriver en',
    'tjänsteskrivelse: rubrik, förslag till beslut ("Informationen noteras"), ärende med antal partnerskap',
    'och aktörer, översiktstabellen (samma belopp som bladet Översikt) och en återrapport per partnerskap',
    'att fylla i. Med bara nämndens egna avtal: ange --namnd när filerna gäller flera nämnder.',
    '',
    '  -o, --ut FIL   filen som skrivs (standard IOP-uppfoljning.docx)',
    '  --ar ÅR        året uppföljningen gäller (standard innevarande år)',
    '  --namnd NAMN   nämnden vars partnerskap det är (standard Arbetsmarknadsnämnden)',
  ].join('\n'),
  async run(args, io) {
    const { files, flags } = parseCommandArgs(args, { values: { '--ut': 'out', '-o': 'out', '--out': 'out', '--ar': 'year', '--år': 'year', '--namnd': 'committee', '--nämnd': 'committee' } });
    const settings = defaultSettings();
    const year = parseYear(flags.year, settings.baseYear);
    const committee = flags.committee?.trim() || settings.committee;
    const { agreements, warnings } = await importFiles(files.map((f) => resolve(io.cwd, f)));
    if (agreements.length === 0) throw new CliError('filerna innehöll inga IOP-avtal.');
    const memo = buildMemo(agreements, { ...settings, committee, baseYear: year }, { year, committee });
    const out = resolve(io.cwd, flags.out ?? 'IOP-uppfoljning.docx');
    await writeWholeFile(out, await writeMemoDocx(memo));
    for (const w of warnings) io.stderr(`varning: ${safeLine(w)}\n`);
    const { partnerships, partners } = memo.counts;
    io.stdout(`Skrev ${safeLine(out)}\n${partnerships} partnerskap med ${partners} idéburna aktörer i ${safeLine(committee)}s uppföljning ${year}.\n`);
    return 0;
  },
};
