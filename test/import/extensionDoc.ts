import { importText, toContractJson } from '../../src/import';

/**
 * An agreement of two parties with its validity, for the tests of extension clauses: the first agreement read, and
 * its warnings as "CODE:field". Shared by extensionCount.test.ts and fields/extensionLengthClauses.test.ts.
 */
export const agreement = (text: string) => toContractJson(importText(text, 'x.txt')).agreements[0];
export const codes = (a: { warnings: { code: string; field?: string }[] }) => a.warnings.map((w) => `${w.code}:${w.field ?? ''}`);

export const PARTIES = `Parter
Tranås kommun genom socialnämnden, organisationsnummer 212000-0571.
Föreningen Ljusglimten, organisationsnummer 802455-1114.`;
