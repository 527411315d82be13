import { extractValidity } from '../../../src/import/fields/validity';
import { buildSource } from '../../../src/import/text/source';

/** A proposal approved with changes: the decided period replaces the proposed one (src/import/fields/validity.ts). */
const period = (text: string) => {
  const v = extractValidity(buildSource(text));
  return { start: v.start.value, end: v.end.value };
};

describe('a decision that changes a proposed period: the decided period counts', () => {
  test.each([
    [
      'Förslag till överenskommelse om IOP\n\nAvtalstid\n\nVi föreslår att överenskommelsen gäller från 2027-03-01 till 2030-02-28.\n\nBeslut\n\nNämnden beslutar att godkänna förslaget med följande ändringar:\n  1. Överenskommelsen gäller från och med 2027-04-01 till och med 2029-03-31 (i stället för den föreslagna perioden).\n',
      '2027-04-01',
      '2029-03-31',
    ],
    [
      'Förslag till IOP\n\n5. Period\n\nPartnerskapet föreslås gälla 2026-01-01 – 2028-12-31.\n\nProtokollsutdrag\n\nStyrelsen beslutar att godkänna förslaget med den ändringen att partnerskapet gäller 2026-07-01 – 2027-12-31.\n',
      '2026-07-01',
      '2027-12-31',
    ],
    [
      'Överenskommelse om IOP\n\nNämnden beslutar att överenskommelsen gäller från och med 2029-01-01 till och med 2030-12-31 i stället för 2028-09-01 – 2031-08-31 som föreslogs.\n',
      '2029-01-01',
      '2030-12-31',
    ],
  ])('%#', (text, start, end) => {
    expect(period(text)).toEqual({ start, end });
  });

  test('a proposal alone still gives its period', () => {
    expect(period('Förslag till överenskommelse\n\nVi föreslår att överenskommelsen gäller från 2027-03-01 till 2030-02-28.\n')).toEqual({ start: '2027-03-01', end: '2030-02-28' });
  });
});
