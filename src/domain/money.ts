import { DomainError } from './errors';

/**
 * Money is whole kronor. The one rounding rule: compute exactly, then round half up (…,5 → up) once, at the end.
 *
 * Exactness comes from rational arithmetic on BigInt: amounts and rates enter as decimals with at most
 * `DECIMALS` fraction digits, so 1 750 000 × 1,02³ is computed without binary floating-point drift.
 */
export type Kronor = number;

/**
 * The one range for money: no yearly amount — stated in a document, typed in a workbook or the pane, or computed
 * (hours × rate, quantity × price, a party's sum, a year of the plan indexed) — is above 10^11 kr (100 miljarder).
 *
 * Why this figure: it is 20 000 times the largest yearly amount of the 74 agreements of the shared corpus
 * (4 852 600 kr, from more than 40 municipalities and regions), so no partnership's figure comes near it and an
 * amount above it is a misread, a typo or an attack, never an agreement. And below it every sum the faces make is
 * exact: a double holds whole kronor exactly up to 2^53 ≈ 9,007 · 10^15, room for 90 000 yearly figures (every
 * year 1900–9999 of one agreement, or the agreements of a committee's year), and a figure times (1 + rate) per
 * step stays in BigInt arithmetic until it is rounded once (roundHalfUp).
 */
export const MAX_KRONOR = 100_000_000_000;

const DECIMALS = 6;
const SCALE = 10n ** BigInt(DECIMALS);

/** An exact non-reduced fraction num/den with den > 0. */
export interface Ratio {
  num: bigint;
  den: bigint;
}

/** Whether a yearly amount is within the range for money: a finite number from 0 to MAX_KRONOR. */
export function isKronorInRange(value: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_KRONOR;
}

/**
 * An amount for a message, also one far outside the range: whole kronor with Swedish grouping up to 10^15,
 * beyond that in powers of ten ("ca 1,8 · 10^23 kr"), never with digits a double cannot hold.
 * @example describeKronor(1.8e23) // "ca 1,8 · 10^23 kr"
 */
export function describeKronor(value: number): string {
  if (!Number.isFinite(value)) return 'ett oändligt belopp';
  if (Math.abs(value) < 1e15) return formatKronor(Math.round(value));
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  const mantissa = (value / 10 ** exponent).toFixed(1).replace('.', ',');
  return `ca ${mantissa} · 10^${exponent} kr`;
}

/** Why an amount is refused: "ca 1,8 · 10^23 kr är mer än taket 100 000 000 000 kr per år". */
export function overCeiling(value: number): string {
  return `${describeKronor(value)} är mer än taket ${formatKronor(MAX_KRONOR)} per år`;
}

/**
 * The exact decimal value of a finite number, to `DECIMALS` fraction digits. Beyond 2^53 a double no longer
 * holds every whole number, so such a value has no exact value to give and is refused.
 */
export function ratioOf(value: number): Ratio {
  if (!Number.isFinite(value)) throw new DomainError('INVALID_NUMBER', 'Värdet är inte ett tal.');
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) throw new DomainError('OUT_OF_RANGE', `Talet ${describeKronor(value).replace(/ kr$/, '')} är för stort för att räknas exakt.`);
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

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Round half up to a whole number: floor(x + 1/2), exactly. A result beyond 2^53 could not be told from its
 * neighbours as a number: it is refused, never returned with its last digits lost.
 */
export function roundHalfUp(value: Ratio): Kronor {
  const twice = 2n * value.num + value.den;
  const divisor = 2n * value.den;
  let quotient = twice / divisor;
  if (twice % divisor !== 0n && twice < 0n) quotient -= 1n; // BigInt division truncates toward zero
  if (quotient > SAFE || quotient < -SAFE) {
    const approx = Number(quotient);
    const shown = Number.isFinite(approx) ? describeKronor(approx) : `ett belopp med ${(quotient < 0n ? -quotient : quotient).toString().length} siffror`;
    throw new DomainError('OUT_OF_RANGE', `Beloppet blev ${shown}, mer än taket ${formatKronor(MAX_KRONOR)} per år.`);
  }
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
  if (value > MAX_KRONOR) throw new DomainError('OUT_OF_RANGE', `${what} ${overCeiling(value)}.`);
  return value;
}

const KRONOR_FORMAT = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

/** "1 750 000 kr", Swedish grouping. */
export function formatKronor(value: Kronor): string {
  return `${KRONOR_FORMAT.format(value)} kr`;
}
