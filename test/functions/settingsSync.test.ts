import { startSettingsSync } from '../../src/functions/settingsSync';
import { functionSettings, initialFunctionSettings, setFunctionSettings } from '../../src/functions/settingsStore';
import { index } from '../../src/functions/functions';
import { SETTING_NAMES, SHEETS } from '../../src/workbook/names';

/** A recording stand-in for the few Excel APIs the settings sync uses. */
function fakeExcel(cells: Record<string, unknown>) {
  const handlers: ((event: { worksheetId: string }) => Promise<void>)[] = [];
  const log = { syncs: 0, calculations: 0 };
  const context = {
    workbook: {
      names: {
        getItemOrNullObject: (name: string) => {
          const item = {
            isNullObject: !(name in cells),
            load: () => item,
            getRange: () => {
              const range = {
                load: () => range,
                get values() {
                  return [[cells[name]]];
                },
              };
              return range;
            },
          };
          return item;
        },
      },
      worksheets: {
        onChanged: { add: (h: (event: { worksheetId: string }) => Promise<void>) => handlers.push(h) },
        getItemOrNullObject: (name: string) => ({ load: () => undefined, isNullObject: name !== SHEETS.settings, id: 'settings-sheet-id' }),
      },
      application: { calculate: () => log.calculations++ },
    },
    sync: async () => {
      log.syncs++;
    },
  };
  const excel = { run: async <T>(fn: (ctx: typeof context) => Promise<T>) => fn(context), CalculationType: { full: 'Full' } };
  return { excel, handlers, log };
}

describe('settings sync between the Inställningar sheet and the functions', () => {
  afterEach(() => {
    setFunctionSettings(initialFunctionSettings());
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  it('reads the named settings at start and recalculates when the settings sheet changes', async () => {
    const cells: Record<string, unknown> = {
      [SETTING_NAMES.committee]: 'Socialnämnden',
      [SETTING_NAMES.baseYear]: 2024,
      [SETTING_NAMES.indexRate]: 0.02,
      [SETTING_NAMES.socialFeeRate]: 0.3142,
    };
    const { excel, handlers, log } = fakeExcel(cells);
    (globalThis as { Excel?: unknown }).Excel = excel;
    await startSettingsSync();
    expect(functionSettings()).toEqual({ committee: 'Socialnämnden', baseYear: 2024, indexRate: 0.02, socialFeeRate: 0.3142 });
    expect(index(1_000_000, 2025)).toBe(1_020_000);

    cells[SETTING_NAMES.indexRate] = 0.03;
    await handlers[0]({ worksheetId: 'another-sheet' });
    expect(log.calculations).toBe(0);
    await handlers[0]({ worksheetId: 'settings-sheet-id' });
    expect(log.calculations).toBe(1);
    expect(index(1_000_000, 2025)).toBe(1_030_000);

    cells[SETTING_NAMES.indexRate] = 'tre procent'; // half-typed: keep the last good values
    await handlers[0]({ worksheetId: 'settings-sheet-id' });
    expect(functionSettings().indexRate).toBe(0.03);
    expect(log.calculations).toBe(1);
  });

  it('keeps the documented defaults when the workbook has no settings', async () => {
    const { excel } = fakeExcel({});
    (globalThis as { Excel?: unknown }).Excel = excel;
    await startSettingsSync();
    expect(functionSettings()).toEqual(initialFunctionSettings());
  });
});
