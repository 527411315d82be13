/**
 * A domain error carries a stable code for programs and a Swedish message for people.
 * The code decides which Excel error a custom function returns; the message is what the user reads.
 */
export type DomainErrorCode =
  | 'INVALID_NUMBER'
  | 'NEGATIVE_AMOUNT'
  | 'INVALID_YEAR'
  | 'INVALID_RATE'
  | 'INVALID_DATE'
  | 'END_BEFORE_START'
  | 'INVALID_ORG_NUMBER'
  | 'INVALID_AGREEMENT'
  | 'OUT_OF_RANGE';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
