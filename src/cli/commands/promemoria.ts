import { buildMemo, writeMemoDocx } from '../../writers/docx';
import { readReportRequest } from '../documents';
import { CliCommand } from '../io';
import { safeLine } from '../terminal';
import { STANDARD_OUTPUT, reportTo, writeOutput } from '../wholeFile';

export const promemoria: CliCommand = {
  name: 'promemoria',
  summary: 'skriv nämndens uppföljning av sina IOP som Word-dokument (.docx)',
  usage: [
    'Användning: iop promemoria FIL... -o uppfoljning.docx [--ar 2025] [--namnd Arbetsmarknadsnämnden]',
    '',
    'Läser överenskommelser, beslutsunderlag och översikter (.docx .pdf .txt .md) eller arbetsboken',
    '(.xlsx, skriven av iop oversikt eller tillägget) och skriver en tjänsteskrivelse: rubrik, förslag',
    'till beslut ("Informationen noteras"), ärende med antal partnerskap och aktörer, översiktstabellen',
    'med årets belopp (uppräknade och för de månader avtalen gäller; avtal vars giltighet inte kan',
    'avgöras räknas inte och står under tabellen med skälet) och en återrapport per partnerskap: ur',
    'arbetsbokens blad Uppföljning för året (deltagare, rapport, kommentar), annars att fylla i. Med',
    'bara nämndens egna avtal: ange --namnd när filerna gäller flera nämnder.',
    '',
    '  -o, --ut FIL   filen som skrivs (standard IOP-uppfoljning.docx); -o - skriver den till standard ut',
    '  --ar ÅR        året uppföljningen gäller (standard arbetsbokens år, annars innevarande år)',
    '  --namnd NAMN   nämnden vars partnerskap det är (standard Arbetsmarknadsnämnden)',
  ].join('\n'),
  async run(args, io) {
    const { agreements, records, invoices, workbook, warnings, settings, year, committee, out } = await readReportRequest(args, io, 'IOP-uppfoljning.docx');
    // Invoices are recorded in a workbook: from documents alone nothing is known of them, and nothing is said.
    const memo = buildMemo(agreements, settings, { year, committee, records, ...(workbook ? { invoices } : {}) });
    await writeOutput(out, await writeMemoDocx(memo), io);
    for (const w of warnings) io.stderr(`varning: ${safeLine(w)}\n`);
    const { partnerships, partners, unknown } = memo.counts;
    const notCounted = unknown > 0 ? ` ${unknown} partnerskap med okänd giltighet ${year} står under tabellen, utan belopp.` : '';
    reportTo(out, io)(`Skrev ${out === STANDARD_OUTPUT ? 'till standard ut' : safeLine(out)}\n${partnerships} partnerskap med ${partners} idéburna aktörer i ${safeLine(committee)}s uppföljning ${year}.${notCounted}\n`);
    return 0;
  },
};
