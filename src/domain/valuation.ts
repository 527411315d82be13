import { DomainError } from './errors';
import { Kronor, multiply, ratioOf, requireAmount, roundHalfUp } from './money';

/**
 * Salary cost as the seeds value staff: monthly salary × FTE share × months × (1 + social-fee rate),
 * rounded once to whole kronor. FTE is a fraction (20 % = 0.2).
 */
export function salaryCost(monthlySalary: number, fte: number, months = 12, socialFeeRate = 0): Kronor {
  requireAmount(monthlySalary, 'Månadslönen');
  requireAmount(fte, 'Omfattningen');
  requireAmount(months, 'Antalet månader');
  requireAmount(socialFeeRate, 'Påslaget');
  if (fte > 10) throw new DomainError('OUT_OF_RANGE', 'Omfattningen anges som andel av heltid, t.ex. 0,2 för 20 %.');
  if (months > 12 * 100) throw new DomainError('OUT_OF_RANGE', 'Antalet månader är orimligt stort.');
  if (socialFeeRate >= 5) throw new DomainError('OUT_OF_RANGE', 'Påslaget anges i procent, t.ex. 31,42 % eller 0,3142.');
  const exact = multiply(
    multiply(ratioOf(monthlySalary), ratioOf(fte)),
    multiply(ratioOf(months), ratioOf(1 + socialFeeRate)),
  );
  return requireAmount(roundHalfUp(exact), 'Lönekostnaden');
}

/** Hours × hourly rate, rounded once to whole kronor. */
export function hoursCost(hours: number, hourlyRate: number): Kronor {
  requireAmount(hours, 'Antalet timmar');
  requireAmount(hourlyRate, 'Timpriset');
  // "1 800 timmar à 99 999 999 999 999 999 999 kr": each factor may be in range and the product not.
  return requireAmount(roundHalfUp(multiply(ratioOf(hours), ratioOf(hourlyRate))), 'Kostnaden');
}
