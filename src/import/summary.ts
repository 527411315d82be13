import { formatKronor } from '../domain/money';
import { ImportResult, WARNING_LABELS } from './result';

const KINDS = { agreement: 'överenskommelse', decision: 'beslutsunderlag', overview: 'nämndens översikt' } as const;

function orDash(v: string | number | null): string {
  return v === null || v === '' ? '–' : String(v);
}

/** A readable Swedish summary of one import, for the terminal. */
export function summarize(result: ImportResult): string {
  const lines = [`${result.source}: ${KINDS[result.documentKind]}, ${result.agreements.length} avtal`];
  for (const w of result.warnings) lines.push(`  ! ${w.message}`);
  for (const a of result.agreements) {
    lines.push('', `  ${a.name}`);
    for (const p of a.parties) {
      const sector = p.sector === 'public' ? 'offentlig' : 'idéburen';
      lines.push(`    Part: ${p.name}${p.unit && p.unit !== p.name ? ` (${p.unit})` : ''}, ${sector}, org.nr ${orDash(p.orgNumber)}`);
    }
    const ext = a.validity.extension;
    const extText = ext ? `, förlängning ${ext.years} år ${ext.times === null ? 'i taget utan gräns' : `× ${ext.times}`}` : '';
    lines.push(`    Giltighet: ${orDash(a.validity.start)} – ${orDash(a.validity.end)}${extText}`);
    if (a.indexation) {
      lines.push(`    Uppräkning: ${(a.indexation.rate * 100).toLocaleString('sv-SE')} % per år, basår ${orDash(a.indexation.baseYear)}`);
    } else lines.push('    Uppräkning: –');
    lines.push(`    Platser: ${orDash(a.places)}`);
    for (const c of a.costItems) lines.push(`    Post: ${c.label} (${c.party}) ${formatKronor(c.annualAmount)}`);
    for (const c of a.contributions) lines.push(`    Bidrag: ${c.party} ${formatKronor(c.annualAmount)}/år`);
    lines.push(`    Totalt per år: ${a.annualTotal === null ? '–' : formatKronor(a.annualTotal)}`);
    for (const w of a.warnings) lines.push(`    ! ${WARNING_LABELS[w.code]}: ${w.message}`);
  }
  return lines.join('\n') + '\n';
}
