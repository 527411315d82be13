/**
 * Nothing is dropped on read-back: any text a user or a document can give round-trips through the Office.js
 * writer and reader unchanged (issue 11): names that begin with "#", "'", "=", whitespace, full-width or
 * control characters, in every text column of every table. Unchanged means as the agreement model holds it,
 * which trims the whitespace around a name.
 */
import { readAgreements, writeAgreements } from '../../../src/writers/officejs';
import { Agreement, parseAgreement } from '../../../src/domain/agreement';
import { MemoryWorkbook } from '../../../src/preview/memoryExcel';
import { inkludering } from '../../fixtures/workbook/agreements';

const settings = { committee: 'Arbetsmarknadsnämnden', baseYear: 2025, indexRate: 0.02, socialFeeRate: 0.3142 };

const TEXTS: [string, string][] = [
  ['a hash', '#Ungdom 2025'],
  ['an error value as text', '#N/A'],
  ['a hash and an exclamation mark', '#REF!'],
  ['an apostrophe', "'Citat' förening"],
  ['two apostrophes', "''"],
  ['an equals sign', '=SUMMA(A1:A3)'],
  ['a plus', '+46 föreningen'],
  ['a minus', '-minus'],
  ['an at sign', '@föreningen'],
  ['a leading space', ' Föreningen'],
  ['a trailing space', 'Föreningen '],
  ['a tab and equals', '\t=1+1'],
  ['a carriage return', '\r=1'],
  ['a newline', '\nFöreningen'],
  ['a space before equals', ' =1'],
  ['a full-width equals', '\uff1d1+1'],
  ['full-width letters', 'Ｆöreningen'],
  ['a control character', 'Före\u0007ningen'],
  ['a date in words', '3 maj 2024'],
  ['a month and year', 'Jan 2024'],
  ['an amount', '100 kr'],
  ['a fraction', '1/2'],
  ['a percentage', '5%'],
  ['a number', '1 750 000'],
  ['a logical', 'SANT'],
];

function withText(text: string): Agreement {
  const civil = inkludering.parties[1].name;
  return {
    ...inkludering,
    name: `${text}`,
    targetGroup: text,
    purpose: text,
    parties: [inkludering.parties[0], { ...inkludering.parties[1], name: text }],
    costItems: inkludering.costItems.map((c) => (c.party === civil ? { ...c, party: text, label: `${text}` } : c)),
  };
}

describe('text round-trips through the Office.js writer and reader unchanged', () => {
  it.each(TEXTS)('%s: %j', async (_what, text) => {
    const wb = new MemoryWorkbook();
    const agreement = withText(text);
    await writeAgreements(wb.excelContext, [agreement], settings);
    const { agreements, problems } = await readAgreements(wb.excelContext);
    expect(problems).toEqual([]);
    expect(agreements).toHaveLength(1);
    const { id: _id, ...back } = agreements[0];
    // The model trims the whitespace around names (src/domain/agreement.ts); everything else stays as it was.
    const canonical = parseAgreement(agreement);
    if (!canonical.ok) throw new Error(canonical.errors.join('; '));
    expect(back).toEqual(canonical.value);
    expect(back.parties[1].name).toBe(canonical.value.parties[1].name);
  });
});
