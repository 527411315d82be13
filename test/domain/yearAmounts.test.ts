import { buildSchedule } from '../../src/domain/schedule';
import { statedYears } from '../../src/domain/yearAmounts';
import { partyYearExact } from '../../src/domain/schedule';
import { roundHalfUp } from '../../src/domain/money';
import { yearPriced } from '../fixtures/workbook/agreements';

describe('amounts stated per calendar year', () => {
  it('replace the indexed amount of their item in their year only', () => {
    const stated = statedYears(yearPriced, 'Föreningen Samtal');
    expect(stated.get(2026)).toEqual({ stated: 321000, replaced: 300000 });
    expect(roundHalfUp(partyYearExact(360000, 2026, 2025, 0.02, stated))).toBe(321000 + 61200);
    expect(roundHalfUp(partyYearExact(360000, 2028, 2025, 0.02, stated))).toBe(Math.round(360000 * 1.02 ** 3));
  });

  it('are what the schedule shows for those years, pro rata in a partial year', () => {
    const years = new Map(buildSchedule(yearPriced).years.map((y) => [y.year, y]));
    expect(years.get(2026)!.public).toBe(1250000);
    expect(years.get(2027)!.public).toBe(Math.round(1213000 * 1.0404));
    expect(years.get(2028)!.public).toBe(1300000);
    expect(years.get(2028)!.extension).toBe(true);
    expect(years.get(2025)!.public).toBe(Math.round((1213000 * 10) / 12));
  });

  it('leave an agreement without them as before', () => {
    expect(statedYears(yearPriced, 'Linköpings kommun').size).toBe(2);
    expect(statedYears({ ...yearPriced, contributions: [] }, 'Linköpings kommun').size).toBe(0);
  });
});
