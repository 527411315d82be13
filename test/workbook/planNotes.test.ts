import { planNote } from '../../src/workbook/planNotes';
import { STATUS, agreementStatus } from '../../src/workbook/status';
import { buildSchedule } from '../../src/domain/schedule';
import { hoppfullFramtid, inkludering, partial } from '../fixtures/workbook/agreements';

describe('what the plan assumes, said on the sheet', () => {
  it('names the extension periods it assumes per agreement and the agreements it cannot plan', () => {
    const memoRow = { ...inkludering, name: 'Vi ses!', validity: { start: null, end: '2023-12-31', extension: null } };
    const note = planNote([hoppfullFramtid, partial, memoRow]);
    expect(note).toContain('Hoppfull framtid: 2 × 2 år');
    expect(note).toMatch(new RegExp(`${partial.name}: 5 × 1 år \\(avtalet sätter ingen gräns; planen visar 5\\)`));
    expect(note).toContain('Inte i planen – Vi ses! (startdatum saknas)');
    expect(planNote([inkludering])).toBe('');
  });

  it('says "Kan förlängas" when the base period is over but an extension could still run, "Avslutat" after the last', () => {
    // Hoppfull framtid: 2018–2019, two extensions of two years: could run to 2023-12-31.
    expect(agreementStatus(hoppfullFramtid, '2021-06-01')).toBe(STATUS.extendable);
    expect(agreementStatus(hoppfullFramtid, '2024-01-01')).toBe(STATUS.ended);
    expect(agreementStatus(inkludering, '2023-06-01')).toBe(STATUS.ended);
  });

  it('counts a decided extension (Förlängt till) as the agreement period: status, plan and note', () => {
    const decided = { ...hoppfullFramtid, validity: { ...hoppfullFramtid.validity, extendedEnd: '2021-12-31' } };
    expect(agreementStatus(decided, '2021-03-01')).toBe(STATUS.active);
    expect(buildSchedule(decided).years.find((y) => y.year === 2021)).toMatchObject({ extension: false, baseMonths: 12 });
    expect(buildSchedule(decided).years.find((y) => y.year === 2022)).toMatchObject({ extension: true });
    expect(planNote([decided])).toContain('Hoppfull framtid: förlängt till 2021-12-31 (beslutat)');
  });

  it('marks a year that is partly extension and pro-rates it by month', () => {
    const midYear = { ...inkludering, validity: { start: '2021-07-01', end: '2022-06-30', extension: { years: 1, times: 1 } } };
    const y2022 = buildSchedule(midYear).years.find((y) => y.year === 2022)!;
    expect(y2022).toMatchObject({ extension: false, partlyExtension: true, baseMonths: 6, months: 12 });
    expect(y2022.basePublic * 2).toBeCloseTo(y2022.public, -1);
  });
});
