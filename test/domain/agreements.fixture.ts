import type { Agreement } from '../../src/domain/agreement';

/** Seed 000 as the model holds it, written by hand from reading the agreement. */
export const seed000: Agreement = {
  name: 'Östergötlands Stadsmission',
  parties: [
    { name: 'Linköpings kommun', orgNumber: '212000-0449', sector: 'public', unit: 'Arbetsmarknadsnämnden' },
    { name: 'Östergötlands Stadsmission', orgNumber: '822001-0022', sector: 'civil', unit: null },
  ],
  targetGroup: 'Kommuninvånare som uppbär ekonomiskt bistånd',
  purpose: 'Stödja personer i socioekonomisk utsatthet att närma sig arbetsmarknaden',
  places: 70,
  validity: { start: '2024-01-01', end: '2025-12-31', extension: { years: 2, times: 2 } },
  indexation: { rate: 0.02, baseYear: 2024 },
  costItems: [
    { party: 'Linköpings kommun', label: 'Handläggare', annualAmount: 1_710_000, quantity: 3, fte: 1 },
    { party: 'Östergötlands Stadsmission', label: 'Yrkescoacher', annualAmount: 1_750_000, quantity: 18, fte: 0.2 },
    { party: 'Östergötlands Stadsmission', label: 'Verksamhetsledare', annualAmount: 681_600, fte: 1 },
    { party: 'Östergötlands Stadsmission', label: 'Lokaler', annualAmount: 180_000 },
    { party: 'Östergötlands Stadsmission', label: 'Utbildningsmaterial', annualAmount: 120_000 },
    { party: 'Östergötlands Stadsmission', label: 'Arbetskläder och -utrustning', annualAmount: 377_000 },
  ],
  contributions: [],
  annualTotal: 4_818_600,
};
