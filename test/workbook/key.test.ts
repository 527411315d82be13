import { keyFromName } from '../../src/workbook/key';
import { mergeSameAgreement } from '../../src/workbook/mergeDocuments';
import { hoppfullFramtid } from '../fixtures/workbook/agreements';

const PREFIX = 'Överenskommelse om idéburet offentligt partnerskap mellan Linköpings kommun och Föreningen Gemenskap avseende';

describe('agreement keys', () => {
  it('keeps short names readable and stable', () => {
    expect(keyFromName('Unga i sommarjobb')).toBe('iop-unga-i-sommarjobb');
    expect(keyFromName('Läslust i Ljura')).toBe(keyFromName('läslust  i ljura'));
  });

  it('never gives two long names with the same start the same key', () => {
    const a = keyFromName(`${PREFIX} seniorer`);
    const b = keyFromName(`${PREFIX} ungdomar`);
    expect(a).not.toBe(b);
    expect(a.length).toBeLessThanOrEqual(64);
    expect(a).toMatch(/^iop-[a-z0-9-]+$/);
    expect(keyFromName(`${PREFIX} seniorer`)).toBe(a);
  });
});

describe('merging documents about one agreement', () => {
  it('merges an agreement with its decision memo, but never two agreement documents', () => {
    const memo = { ...hoppfullFramtid, places: null, purpose: null, costItems: [], contributions: [] };
    expect(mergeSameAgreement([{ agreement: hoppfullFramtid, kind: 'agreement' }, { agreement: memo, kind: 'decision' }])).toHaveLength(1);
    const other = { ...hoppfullFramtid, annualTotal: 999_000 };
    expect(mergeSameAgreement([{ agreement: hoppfullFramtid, kind: 'agreement' }, { agreement: other, kind: 'agreement' }])).toHaveLength(2);
  });
});
