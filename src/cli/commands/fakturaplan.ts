import { resolve } from 'path';
import type { Agreement } from '../../domain/agreement';
import { PERIOD_WORDS, TIMING_WORDS, invoicePlan, type InvoicePlan } from '../../domain/invoicePlan';
import { formatKronor } from '../../domain/money';
import { scheduleTerms } from '../../domain/schedule';
import { parseCommandArgs, parseYear } from '../args';
import { importFiles, requireAgreements } from '../documents';
import { CliCommand } from '../io';
import { safeJson, safeLine } from '../terminal';

/** The JSON contract of `iop fakturaplan --json`: one entry per agreement. */
export interface InvoicePlanJson {
  agreement: string;
  /** The civil party that invoices; null when the agreement does not make it known. */
  issuer: string | null;
  /** helår, halvår, kvartal or månad; `periodStated` false when the agreement states none (helår is then assumed). */
  period: string;
  periodStated: boolean;
  /** "i förskott", "i efterskott", or null when the agreement does not say. */
  timing: string | null;
  /** What the invoice must carry, as the agreement states it (absent terms are null). */
  reference: string | null;
  marking: string | null;
  /** Public parties whose amount no document states: they have no rows. */
  unknownParties: string[];
  /** Why there is no plan (a missing date, no public party), or null. */
  problem: string | null;
  rows: { party: string; issuer: string | null; period: string; year: number; amount: number; due: string }[];
}

function planJson(a: Agreement, plan: InvoicePlan): InvoicePlanJson {
  return {
    agreement: a.name,
    issuer: plan.issuer,
    period: PERIOD_WORDS[plan.kind],
    periodStated: plan.periodStated,
    timing: plan.timing ? TIMING_WORDS[plan.timing] : null,
    reference: a.invoicing?.reference ?? null,
    marking: a.invoicing?.marking ?? null,
    unknownParties: plan.unknownParties,
    problem: plan.problem,
    rows: plan.rows.map((r) => ({ party: r.party, issuer: r.issuer, period: r.period.label, year: r.period.year, amount: r.amount, due: r.due })),
  };
}

/** "Östergötlands Stadsmission fakturerar helår (perioden anges inte i avtalet – helår antas)". */
function headline(p: InvoicePlanJson): string {
  const who = p.issuer ?? 'den idéburna parten (avtalet säger inte vilken)';
  const how = p.periodStated ? `${p.period}${p.timing ? ` ${p.timing}` : ''}` : 'helår (avtalet anger ingen faktureringsperiod – helår antas)';
  const carry = [p.reference && `referens ${p.reference}`, p.marking && `märkning ${p.marking}`].filter(Boolean).join(', ');
  return `${who} fakturerar ${how}${carry ? `; fakturan ska ange ${carry}` : ''}`;
}

export const fakturaplan: CliCommand = {
  name: 'fakturaplan',
  summary: 'visa vad den idéburna parten ska fakturera varje offentlig part per period (med --json som JSON)',
  usage: [
    'Användning: iop fakturaplan FIL... [--ar ÅR] [--json]',
    '',
    'FIL är dokument (.docx .pdf .txt .md) eller en IOP-arbetsbok (.xlsx).',
    'En rad per avtal, offentlig part och faktureringsperiod (helår, halvår, kvartal eller månad, som avtalet',
    'anger; helår när det inte sägs) med beloppet i hela kronor och dagen fakturan väntas senast. Beloppen är',
    'partens bidrag enligt samma regler som flerårsplanen (uppräknade, per hel månad, belopp angivna per år),',
    'och årets perioder summerar exakt till årets belopp. En part vars belopp inget dokument anger får inga rader.',
    '',
    '  --ar ÅR   bara perioderna i det året',
    '  --json    skriv planen som JSON',
  ].join('\n'),
  async run(args, io) {
    const { files, flags, bools } = parseCommandArgs(args, { values: { '--ar': 'year', '--år': 'year' }, booleans: ['--json'] });
    const year = parseYear(flags.year, 0);
    const imported = await importFiles(files.map((f) => resolve(io.cwd, f)));
    requireAgreements(imported, io);
    const { agreements, warnings } = imported;
    const plans = agreements.map((a) => planJson(a, invoicePlan(a, year ? [year] : undefined)));
    plans.forEach((p) => p.unknownParties.length && warnings.push(`${p.agreement}: inget dokument anger beloppet för ${p.unknownParties.join(', ')} – ingen fakturaplan för ${p.unknownParties.length === 1 ? 'den parten' : 'de parterna'}.`));
    if (bools.has('--json')) plans.forEach((p) => p.problem && warnings.push(`${p.agreement}: ingen fakturaplan – ${p.problem}`));
    // A start inferred from a committee's overview is not a stated fact: said on stderr, as iop flerar says it.
    agreements.forEach((a) => scheduleTerms(a).inferredStart && warnings.push(`${a.name}: startdatum saknas – fakturaplanen räknas från ${a.validity.inForceYear}, året då nämndens översikt anger avtalet som gällande.`));
    for (const w of warnings) io.stderr(`varning: ${safeLine(w)}\n`);
    if (bools.has('--json')) {
      io.stdout(safeJson(JSON.stringify(plans, null, 2)) + '\n');
      return 0;
    }
    const lines: string[] = [];
    for (const p of plans) {
      lines.push(p.agreement + (p.problem ? ` – ingen fakturaplan: ${p.problem}` : ''));
      if (p.problem) continue;
      lines.push(`  ${headline(p)}`);
      if (p.rows.length === 0) lines.push(`  inga perioder${year ? ` ${year}` : ''}`);
      for (const r of p.rows) lines.push(`  ${r.period}: ${formatKronor(r.amount)} till ${r.party} (väntas senast ${r.due})`);
    }
    io.stdout(lines.map(safeLine).join('\n') + '\n');
    return 0;
  },
};
