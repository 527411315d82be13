import { isDomainError } from '../domain/errors';

/**
 * Errors the IOP functions give Excel. Inside Excel they are `CustomFunctions.Error`s; in Node (tests, tools)
 * that global does not exist, so the same code and message travel in a plain Error subclass.
 * Only #VALUE! and #N/A show their message in Excel, so every error with something to say uses one of them.
 */
// The values of CustomFunctions.ErrorCode.invalidValue, .notAvailable and .invalidNumber.
export type FunctionErrorCode = '#VALUE!' | '#N/A' | '#NUM!';

export class FunctionError extends Error {
  constructor(
    readonly code: FunctionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FunctionError';
  }
}

export function functionError(code: FunctionErrorCode, message: string): Error {
  if (typeof CustomFunctions !== 'undefined' && typeof CustomFunctions.Error === 'function') {
    return new CustomFunctions.Error(code as CustomFunctions.ErrorCode, message) as unknown as Error;
  }
  return new FunctionError(code, message);
}

function isFunctionError(e: unknown): boolean {
  return (
    e instanceof FunctionError ||
    (typeof CustomFunctions !== 'undefined' && typeof CustomFunctions.Error === 'function' && e instanceof CustomFunctions.Error)
  );
}

/** Runs a calculation and turns failures into Excel errors: a result is a finite number or an error, never NaN. */
export function guarded<T>(calculation: () => T): T {
  try {
    const result = calculation();
    // Beyond 2^53 a krona can no longer be told from the next: refuse rather than show a rounded number.
    if (typeof result === 'number' && !(Math.abs(result) <= Number.MAX_SAFE_INTEGER)) {
      throw functionError('#VALUE!', 'Resultatet blev för stort för att räknas exakt i hela kronor.');
    }
    return result;
  } catch (e) {
    if (isFunctionError(e)) throw e;
    if (isDomainError(e)) throw functionError('#VALUE!', e.message);
    throw functionError('#VALUE!', 'Oväntat fel i beräkningen.');
  }
}
