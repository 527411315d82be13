import type { Invoicing } from '../domain/agreement';
import type { ImportedAgreement, ImportResult, ImportWarning } from './result';

/** The `iop import --json` contract exactly: fixed keys in a fixed order, no id, provenance only on request. */
function warningJson(w: ImportWarning) {
  return { code: w.code, ...(w.field !== undefined ? { field: w.field } : {}), message: w.message };
}

/** The invoicing terms in fixed key order, every key present (null when the agreement does not state it). */
function invoicingJson(i: Invoicing) {
  const keys = ['recipient', 'address', 'gln', 'peppolId', 'orgNumber', 'reference', 'marking', 'text', 'period', 'timing', 'issuer'] as const;
  return Object.fromEntries(keys.map((k) => [k, i[k] ?? null]));
}

function agreementJson(a: ImportedAgreement, withProvenance: boolean) {
  return {
    name: a.name,
    parties: a.parties.map((p) => ({ name: p.name, orgNumber: p.orgNumber, sector: p.sector, unit: p.unit })),
    targetGroup: a.targetGroup,
    purpose: a.purpose,
    places: a.places,
    validity: {
      start: a.validity.start,
      end: a.validity.end,
      extension: a.validity.extension ? { years: a.validity.extension.years, times: a.validity.extension.times } : null,
      ...(a.validity.noticeMonths != null ? { noticeMonths: a.validity.noticeMonths } : {}),
      ...(a.validity.inForceYear != null ? { inForceYear: a.validity.inForceYear } : {}),
    },
    indexation: a.indexation
      ? { rate: a.indexation.rate, baseYear: a.indexation.baseYear, ...(a.indexation.stepMonth != null ? { stepMonth: a.indexation.stepMonth } : {}) }
      : null,
    costItems: a.costItems.map((c) => ({
      party: c.party,
      label: c.label,
      annualAmount: c.annualAmount,
      ...(c.yearAmounts ? { yearAmounts: c.yearAmounts } : {}),
      ...(c.quantity !== undefined ? { quantity: c.quantity } : {}),
      ...(c.fte !== undefined ? { fte: c.fte } : {}),
      ...(c.hours !== undefined ? { hours: c.hours } : {}),
    })),
    contributions: a.contributions.map((c) => ({ party: c.party, annualAmount: c.annualAmount, ...(c.yearAmounts ? { yearAmounts: c.yearAmounts } : {}) })),
    annualTotal: a.annualTotal,
    ...(a.followUp
      ? {
          followUp: {
            meetingsPerYear: a.followUp.meetingsPerYear ?? null,
            reportsPerYear: a.followUp.reportsPerYear ?? null,
            reportDue: a.followUp.reportDue ?? null,
            extensionDecisionMonths: a.followUp.extensionDecisionMonths ?? null,
          },
        }
      : {}),
    ...(a.invoicing ? { invoicing: invoicingJson(a.invoicing) } : {}),
    warnings: a.warnings.map(warningJson),
    obtained: { ...(a.obtained ?? {}) },
    ...(withProvenance ? { provenance: a.provenance ?? [] } : {}),
  };
}

export function toContractJson(result: ImportResult, options: { provenance?: boolean } = {}) {
  return {
    source: result.source,
    documentKind: result.documentKind,
    agreements: result.agreements.map((a) => agreementJson(a, options.provenance === true)),
    warnings: result.warnings.map(warningJson),
  };
}
