import { DomainError } from './errors';

/**
 * Money is whole kronor. The one rounding rule: compute exactly, then round half up (…,5 → up) once, at the end.
 *
 * Exactness comes from rational arithmetic on BigInt: amounts and rates enter as decimals with at most
 * `DECIMALS` fraction digits, so 1 750 000 × 1,02³ is computed without binary floating-point drift.
 */
export type Kronor = number;

const DECIMALS = 6;
const SCALE = 10n ** BigInt(DECIMALS);

/** An exact non-reduced fraction num/den with den > 0. */
export interface Ratio {
  num: bigint;
  den: bigint;
}

/** The exact decimal value of a finite number, to `DECIMALS` fraction digits. */
export function ratioOf(value: number): Ratio {
  if (!Number.isFinite(value)) throw new DomainError('INVALID_NUMBER', 'Värdet är inte ett tal.');
  const [intPart, fracPart = ''] = Math.abs(value).toFixed(DECIMALS).split('.');
  const magnitude = BigInt(intPart) * SCALE + BigInt(fracPart.padEnd(DECIMALS, '0'));
  return { num: value < 0 ? -magnitude : magnitude, den: SCALE };
}

export function multiply(a: Ratio, b: Ratio): Ratio {
  return { num: a.num * b.num, den: a.den * b.den };
}

/** The exact sum of fractions (0 for none). */
export function addRatios(values: readonly Ratio[]): Ratio {
  // Terms of one year share their denominator (the same index factor and months): added without growing it.
  return values.reduce((acc, v) => (acc.den === v.den ? { num: acc.num + v.num, den: acc.den } : acc.num === 0n ? v : { num: acc.num * v.den + v.num * acc.den, den: acc.den * v.den }), { num: 0n, den: 1n });
}

export function power(base: Ratio, exponent: number): Ratio {
  if (exponent >= 0) return { num: base.num ** BigInt(exponent), den: base.den ** BigInt(exponent) };
  const inverse = base.num < 0n ? { num: -base.den, den: -base.num } : { num: base.den, den: base.num };
  return power(inverse, -exponent);
}

/** Round half up to a whole number: floor(x + 1/2), exactly. */
export function roundHalfUp(value: Ratio): Kronor {
  const twice = 2n * value.num + value.den;
  const divisor = 2n * value.den;
  let quotient = twice / divisor;
  if (twice % divisor !== 0n && twice < 0n) quotient -= 1n; // BigInt division truncates toward zero
  return Number(quotient);
}

/** Rounds an ordinary number to whole kronor with the same rule. */
export function toKronor(value: number): Kronor {
  return roundHalfUp(ratioOf(value));
}

/** Checks that a value is a usable non-negative amount and returns it. */
export function requireAmount(value: number, what = 'Beloppet'): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new DomainError('INVALID_NUMBER', `${what} måste vara ett tal.`);
  }
  if (value < 0) throw new DomainError('NEGATIVE_AMOUNT', `${what} får inte vara negativt.`);
  if (value > 1e13) throw new DomainError('OUT_OF_RANGE', `${what} är orimligt stort.`);
  return value;
}

const KRONOR_FORMAT = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

/** "1 750 000 kr", Swedish grouping. */
export function formatKronor(value: Kronor): string {
  return `${KRONOR_FORMAT.format(value)} kr`;
}
