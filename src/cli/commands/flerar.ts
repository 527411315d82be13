import { resolve } from 'path';
import type { Agreement } from '../../domain/agreement';
import { formatKronor } from '../../domain/money';
import { buildSchedule } from '../../domain/schedule';
import { parseCommandArgs } from '../args';
import { importFiles, requireAgreements } from '../documents';
import { CliCommand } from '../io';
import { safeJson, safeLine } from '../terminal';

/** "startdatum saknas – planen räknas från 2021, …": the schedule's first day when no document states one. */
function inferredStart(a: Agreement): string {
  return `startdatum saknas – planen räknas från ${a.validity.inForceYear}, året då nämndens översikt anger avtalet som gällande.`;
}

export interface PlanJson {
  agreement: string;
  years: { year: number; public: number; civil: number; total: number; extension: boolean }[];
}

export const flerar: CliCommand = {
  name: 'flerar',
  summary: 'visa flerårsplanen per avtal och kalenderår (med --json som JSON)',
  usage: [
    'Användning: iop flerar FIL... [--json]',
    '',
    'FIL är dokument (.docx .pdf .txt .md) eller en IOP-arbetsbok (.xlsx).',
    'Belopp i hela kronor per kalenderår, indexerade per nytt kalenderår och proportionerade per hela månad,',
    'till och med sista möjliga år med alla förlängningar ("extension": true för år som bara finns vid förlängning).',
    'Ett avtal utan startdatum som nämndens översikt anger som gällande räknas från översiktens år (det sägs',
    'på stderr); belopp räknas upp från den månad avtalet anger ("inför varje nytt avtalsår").',
  ].join('\n'),
  async run(args, io) {
    const { files, bools } = parseCommandArgs(args, { booleans: ['--json'] });
    const imported = await importFiles(files.map((f) => resolve(io.cwd, f)));
    requireAgreements(imported, io);
    const { agreements, warnings } = imported;
    const schedules = agreements.map((a) => buildSchedule(a));
    const plans: PlanJson[] = schedules.map((s) => ({
      agreement: s.agreement,
      years: s.years.map((y) => ({ year: y.year, public: y.public, civil: y.civil, total: y.total, extension: y.extension })),
    }));
    // The JSON contract has no place for a reason: there an agreement without years says why on stderr.
    if (bools.has('--json')) schedules.forEach((s) => s.problem && warnings.push(`${s.agreement}: ingen flerårsplan – ${s.problem}`));
    // A start inferred from a committee's overview is not a stated fact: said on stderr in both forms.
    agreements.forEach((a, i) => schedules[i].inferredStart && warnings.push(`${a.name}: ${inferredStart(a)}`));
    for (const w of warnings) io.stderr(`varning: ${safeLine(w)}\n`);
    if (bools.has('--json')) {
      io.stdout(safeJson(JSON.stringify(plans, null, 2)) + '\n');
      return 0;
    }
    const lines: string[] = [];
    agreements.forEach((a, i) => {
      const problem = schedules[i].problem;
      lines.push(a.name + (problem ? ` – ${problem}` : ''));
      for (const y of plans[i].years) {
        lines.push(`  ${y.year}${y.extension ? ' (förlängning)' : ''}: offentlig ${formatKronor(y.public)}, idéburen ${formatKronor(y.civil)}, totalt ${formatKronor(y.total)}`);
      }
    });
    io.stdout(lines.map(safeLine).join('\n') + '\n');
    return 0;
  },
};
