/**
 * Swedish organisation numbers (and personal identity numbers used by sole traders):
 * 10 digits NNNNNN-NNNN whose last digit is a Luhn check digit, or 12 digits with a
 * century prefix (16 for legal entities, 19/20 for persons). Canonical form: NNNNNN-NNNN.
 */
export type OrgNumberResult =
  | { ok: true; value: string }
  | { ok: false; reason: 'FORMAT' | 'CHECKSUM' | 'PREFIX'; message: string };

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const ALLOWED_SEPARATORS = /[\s\u00a0\u2009\u202f-]/g;

export function parseOrgNumber(text: string): OrgNumberResult {
  const compact = String(text ?? '').trim().replace(ALLOWED_SEPARATORS, '').replace('+', '');
  if (!/^\d+$/.test(compact) || (compact.length !== 10 && compact.length !== 12)) {
    return {
      ok: false,
      reason: 'FORMAT',
      message: `"${String(text ?? '').trim()}" är inget organisationsnummer: ange 10 siffror (NNNNNN-NNNN) eller 12 siffror.`,
    };
  }
  if (compact.length === 12 && !/^(16|19|20)/.test(compact)) {
    return { ok: false, reason: 'PREFIX', message: `Ett 12-siffrigt organisationsnummer börjar med 16, 19 eller 20, inte ${compact.slice(0, 2)}.` };
  }
  const ten = compact.slice(-10);
  const canonical = `${ten.slice(0, 6)}-${ten.slice(6)}`;
  if (!luhnValid(ten)) {
    return { ok: false, reason: 'CHECKSUM', message: `Organisationsnumret ${canonical} har fel kontrollsiffra.` };
  }
  return { ok: true, value: canonical };
}
