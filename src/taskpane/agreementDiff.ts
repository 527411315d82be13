import type { Agreement } from '../domain/agreement';
import { formatKr, formatPercent } from './format';

/** One field that differs between the stored agreement and the one about to replace it, in the form's words. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const SECTOR = { public: 'offentlig', civil: 'idéburen' } as const;
const orNone = (v: string | null | undefined) => (v === null || v === undefined || v.trim() === '' ? '–' : v.trim());
const kr = (v: number | null | undefined) => (v === null || v === undefined ? '–' : formatKr(v));

/** The agreement as labelled lines, one per field the form shows. */
export function agreementFields(a: Agreement): [string, string][] {
  const ext = a.validity.extension;
  const out: [string, string][] = [
    ['Överenskommelsens namn', a.name],
    ['Målgrupp', orNone(a.targetGroup)],
    ['Syfte', orNone(a.purpose)],
    ['Antal platser', a.places === null ? '–' : String(a.places)],
    ['Gäller från och med', orNone(a.validity.start)],
    ['Gäller till och med', orNone(a.validity.end)],
    ['Förlängning', ext && ext.years > 0 ? `${ext.years} år per gång, ${ext.times === null ? 'obegränsat antal gånger' : `högst ${ext.times} gånger`}` : 'ingen'],
    ['Beslutad förlängning till och med', orNone(a.validity.extendedEnd)],
    ['Indexering', a.indexation ? `${formatPercent(a.indexation.rate)} per år från ${a.indexation.baseYear ?? 'startåret'}` : 'ingen'],
    ['Totalt per år enligt avtalet', kr(a.annualTotal)],
  ];
  a.parties.forEach((p, i) => out.push([`Part ${i + 1}`, [p.name, SECTOR[p.sector], p.orgNumber, p.unit].filter(Boolean).join(', ')]));
  a.costItems.forEach((c, i) => out.push([`Kostnadspost ${i + 1}`, `${c.party}: ${c.label}, ${kr(c.annualAmount)} per år`]));
  a.contributions.forEach((c, i) => out.push([`Bidrag ${i + 1}`, `${c.party}: ${kr(c.annualAmount)} per år`]));
  return out;
}

/** The fields whose text differs, in the form's order; a field only one side has shows "–" on the other. */
export function agreementChanges(before: Agreement, after: Agreement): FieldChange[] {
  const b = new Map(agreementFields(before));
  const a = new Map(agreementFields(after));
  const order = [...new Set([...a.keys(), ...b.keys()])];
  return order.filter((f) => (b.get(f) ?? '–') !== (a.get(f) ?? '–')).map((field) => ({ field, before: b.get(field) ?? '–', after: a.get(field) ?? '–' }));
}
