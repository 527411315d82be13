import type { CellValue } from '../../workbook/plan';
import { notModelled } from './errors';

/** Excel.FilterCriteria as far as the memory workbook models it: a list of values, or one or two custom conditions. */
export interface FilterCriteria {
  filterOn: string;
  values?: unknown[];
  criterion1?: string;
  criterion2?: string;
  operator?: string;
}

/** Refuses criteria the memory workbook cannot evaluate, rather than showing rows Excel would hide. */
export function checkCriteria(criteria: FilterCriteria): FilterCriteria {
  if (criteria.filterOn !== 'Values' && criteria.filterOn !== 'Custom') throw notModelled(`Filtret "${criteria.filterOn}"`);
  if (criteria.filterOn === 'Values' && !Array.isArray(criteria.values)) throw notModelled('Ett värdefilter utan values');
  if (criteria.filterOn === 'Custom' && typeof criteria.criterion1 !== 'string') throw notModelled('Ett anpassat filter utan criterion1');
  return JSON.parse(JSON.stringify(criteria)) as FilterCriteria;
}

function wildcard(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

function condition(criterion: string, value: CellValue): boolean {
  const m = /^(>=|<=|<>|>|<|=)?(.*)$/s.exec(criterion)!;
  const op = m[1] ?? '=';
  const operand = m[2];
  const n = Number(operand);
  if (operand !== '' && Number.isFinite(n) && typeof value === 'number') {
    return { '=': value === n, '<>': value !== n, '>': value > n, '<': value < n, '>=': value >= n, '<=': value <= n }[op]!;
  }
  const text = value === null ? '' : String(value);
  if (op === '=' || op === '<>') return wildcard(operand).test(text) === (op === '=');
  const cmp = text.localeCompare(operand, 'sv', { sensitivity: 'base' });
  return { '>': cmp > 0, '<': cmp < 0, '>=': cmp >= 0, '<=': cmp <= 0 }[op]!;
}

/** Whether a cell's displayed value passes a column's filter (the row stays visible). */
export function passes(criteria: FilterCriteria, value: CellValue): boolean {
  if (criteria.filterOn === 'Values') return (criteria.values ?? []).some((v) => String(v) === String(value ?? ''));
  const first = condition(criteria.criterion1!, value);
  if (criteria.criterion2 === undefined) return first;
  const second = condition(criteria.criterion2, value);
  return criteria.operator === 'Or' ? first || second : first && second;
}
