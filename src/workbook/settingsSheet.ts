import { defaultSettings, requireSettings, type IopSettings } from '../domain/settings';
import { SETTING_NAMES, SHEETS } from './names';
import { INTEGER_FORMAT, NamePlan, PERCENT_FORMAT, PlanCell, SheetPlan, num, text } from './plan';

/** Zero-based rows of the setting values in column B; the workbook names point at them. */
export const SETTING_ROWS = { committee: 2, baseYear: 3, indexRate: 4, socialFeeRate: 5 } as const;

export function buildSettingsSheet(settings: IopSettings): { sheet: SheetPlan; names: NamePlan[] } {
  const cells: (PlanCell | null)[][] = [
    [text('Inställningar för IOP', { bold: true })],
    [text('Funktionerna IOP.* och rapporterna läser värdena i kolumn B genom namnen i kolumn C.')],
    [text('Nämnd'), text(settings.committee), text(SETTING_NAMES.committee)],
    [text('Basår'), num(settings.baseYear, INTEGER_FORMAT), text(SETTING_NAMES.baseYear)],
    [text('Indexsats per nytt kalenderår'), num(settings.indexRate, PERCENT_FORMAT), text(SETTING_NAMES.indexRate)],
    [text('PO-pålägg (sociala avgifter)'), num(settings.socialFeeRate, PERCENT_FORMAT), text(SETTING_NAMES.socialFeeRate)],
  ];
  const names = (Object.keys(SETTING_ROWS) as (keyof typeof SETTING_ROWS)[]).map((k) => ({
    name: SETTING_NAMES[k],
    sheet: SHEETS.settings,
    address: `$B$${SETTING_ROWS[k] + 1}`,
  }));
  return { sheet: { name: SHEETS.settings, cells, tables: [], columnWidths: [32, 26, 16] }, names };
}

/**
 * The settings as the workbook names hold them (values read from their cells): a setting missing or out of
 * range is the documented default, so a workbook with a mistyped cell still opens. The pane and the CLI
 * read a workbook's settings through this one function.
 */
export function settingsFromValues(values: Partial<Record<keyof typeof SETTING_NAMES, unknown>>, defaults: IopSettings = defaultSettings()): IopSettings {
  const numberOr = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
  const candidate: IopSettings = {
    committee: typeof values.committee === 'string' && values.committee.trim() ? values.committee.trim() : defaults.committee,
    baseYear: numberOr(values.baseYear, defaults.baseYear),
    indexRate: numberOr(values.indexRate, defaults.indexRate),
    socialFeeRate: numberOr(values.socialFeeRate, defaults.socialFeeRate),
  };
  try {
    return requireSettings(candidate);
  } catch {
    return { ...defaults, committee: candidate.committee };
  }
}
