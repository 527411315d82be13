import { hoursCost, salaryCost } from '../../src/domain/valuation';

describe('valuation helpers the seeds use', () => {
  it('values staff as monthly salary × FTE × months × (1 + social fees)', () => {
    expect(salaryCost(27_000, 0.2, 12, 0) * 5).toBe(324_000); // seed 001: 5 coaches á 27 000/month, 20 %, 12 months
    expect(salaryCost(35_000, 0.3)).toBe(126_000);
    expect(salaryCost(30_000, 1, 12, 0.3142)).toBe(473_112);
    expect(salaryCost(25_000, 0.5, 1, 0.3142)).toBe(16_428); // 16 427,5 → 16 428, half up
  });

  it('values hours × rate (seed 003: 800 h á 265 kr)', () => {
    expect(hoursCost(800, 265)).toBe(212_000);
    expect(hoursCost(480, 265)).toBe(127_200);
    expect(hoursCost(0.5, 3)).toBe(2); // 1,5 → 2, half up
  });

  it('refuses negative and absurd input', () => {
    expect(() => salaryCost(-1, 1)).toThrow(/negativt/);
    expect(() => salaryCost(30_000, 20)).toThrow(/andel av heltid/);
    expect(() => hoursCost(Number.NaN, 10)).toThrow(/tal/);
  });
});
