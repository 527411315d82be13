import { requireRate, requireYear } from './indexation';
import { DomainError } from './errors';

/** The workbook's IOP settings (sheet "Inställningar"): defaults for functions and plans. */
export interface IopSettings {
  committee: string;
  baseYear: number;
  indexRate: number;
  socialFeeRate: number;
}

/** Documented defaults: the current calendar year, 2 % per new calendar year, 31,42 % employer's fees. */
export function defaultSettings(today: Date = new Date()): IopSettings {
  return { committee: 'Arbetsmarknadsnämnden', baseYear: today.getFullYear(), indexRate: 0.02, socialFeeRate: 0.3142 };
}

export function requireSettings(s: IopSettings): IopSettings {
  requireYear(s.baseYear, 'Basåret');
  requireRate(s.indexRate);
  if (!Number.isFinite(s.socialFeeRate) || s.socialFeeRate < 0 || s.socialFeeRate >= 5) {
    throw new DomainError('OUT_OF_RANGE', 'PO-pålägget anges i procent, t.ex. 31,42 %.');
  }
  return s;
}
