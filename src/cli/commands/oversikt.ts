import { reportFor } from '../../domain/yearReport';
import { buildWorkbookPlan } from '../../workbook';
import { writePlanXlsx } from '../../writers/xlsx';
import { readReportRequest } from '../documents';
import { CliCommand } from '../io';
import { safeLine } from '../terminal';
import { STANDARD_OUTPUT, reportTo, writeOutput } from '../wholeFile';

export const oversikt: CliCommand = {
  name: 'oversikt',
  summary: 'skriv nämndens IOP-översikt och flerårsplan som .xlsx',
  usage: [
    'Användning: iop oversikt FIL... -o IOP-oversikt.xlsx [--ar 2025] [--namnd Arbetsmarknadsnämnden]',
    '',
    'Läser överenskommelser och beslutsunderlag (.docx .pdf .txt .md) och skriver en arbetsbok med',
    'bladen Översikt, Flerårsplan, Förlängningar, Inställningar, Avtal, Parter, Poster, Belopp och',
    'Uppföljning. Rapporterna är formler över tabellerna: ändrar du en kostnadspost följer översikten',
    'och flerårsplanen med. Översikten summerar de avtal som räknas för året; de som inte räknas (inte',
    'börjat, avslutade eller med uppgifter som saknas) står under summan med skälet.',
    '',
    'En FIL kan vara en sådan arbetsbok (.xlsx): dess tabeller läses som tillägget läser dem, med dina',
    'ändringar och bladet Uppföljning. Dokument som anges bredvid fyller bara i det arbetsboken saknar.',
    'Utan --ar och --namnd gäller arbetsbokens år och nämnd. Filen som skrivs får inte vara en av dem som läses.',
    '',
    '  -o, --ut FIL   filen som skrivs (standard IOP-oversikt.xlsx); -o - skriver den till standard ut',
    '  --ar ÅR        året översikten gäller (standard arbetsbokens år, annars innevarande år)',
    '  --namnd NAMN   nämnden vars översikt det är (standard Arbetsmarknadsnämnden)',
  ].join('\n'),
  async run(args, io) {
    const { agreements, records, invoices, warnings, settings, year, committee, out } = await readReportRequest(args, io, 'IOP-oversikt.xlsx');
    const plan = buildWorkbookPlan(agreements, settings, { year, committee, followUpRecords: records, invoices });
    await writeOutput(out, await writePlanXlsx(plan), io);
    for (const w of warnings) io.stderr(`varning: ${safeLine(w)}\n`);
    // The Översikt's own rows: the domain's report for the committee and year.
    const report = reportFor(agreements, committee, year);
    const unknown = report.notCounted.filter((r) => r.standing === 'unknown').length;
    const notCounted = report.notCounted.length > 0 ? ` (${report.notCounted.length} räknas inte${unknown ? `, varav ${unknown} med uppgifter som saknas` : ''}; se under summan)` : '';
    reportTo(out, io)(`Skrev ${out === STANDARD_OUTPUT ? 'till standard ut' : safeLine(out)}\n${agreements.length} avtal, ${report.counted.length} räknas i ${safeLine(committee)}s översikt för ${year}${notCounted}.\n`);
    return 0;
  },
};
