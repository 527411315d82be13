import { startSettingsSync } from '../../src/functions/settingsSync';
import { functionSettings, initialFunctionSettings, setFunctionSettings } from '../../src/functions/settingsStore';
import { index } from '../../src/functions/functions';
import { MemoryWorkbook } from '../../src/preview/memoryExcel';
import { writeAgreements, writeSettings } from '../../src/writers/officejs';
import { cellAddress } from '../../src/workbook/plan';
import { SHEETS } from '../../src/workbook/names';
import { hoppfullFramtid } from '../fixtures/workbook/agreements';

const settings = { committee: 'Socialnämnden', baseYear: 2024, indexRate: 0.02, socialFeeRate: 0.3142 };

/** The memory workbook raises worksheets.onChanged for the add-in's writes (ThisLocalAddin) and the user's (Unknown). */
async function synced(options: { triggerSource: boolean }) {
  const wb = new MemoryWorkbook();
  await writeSettings(wb.excelContext, settings);
  let runs = 0;
  await startSettingsSync({
    run: (fn) => {
      runs++;
      return wb.run(fn);
    },
    isSetSupported: (name, version) => name === 'ExcelApi' && (options.triggerSource || Number(version) < 1.14),
  });
  const typeSetting = (name: string, value: number | string) => {
    const target = wb.context.names.get(name.toLowerCase())!;
    wb.setCell(SHEETS.settings, cellAddress(target.row, target.column), value);
  };
  return { wb, typeSetting, runs: () => runs };
}

describe('settings sync between the Inställningar sheet and the functions', () => {
  afterEach(() => setFunctionSettings(initialFunctionSettings()));

  it('reads the named settings at start and recalculates when the user changes Inställningar', async () => {
    const { wb, typeSetting } = await synced({ triggerSource: true });
    expect(functionSettings()).toEqual(settings);
    expect(index(1_000_000, 2025)).toBe(1_020_000);
    const before = wb.context.calculations;
    typeSetting('IOP_Indexsats', 0.03);
    await wb.eventsSettled();
    expect(wb.context.calculations).toBe(before + 1);
    expect(index(1_000_000, 2025)).toBe(1_030_000);

    typeSetting('IOP_Indexsats', 'tre procent'); // half-typed: keep the last good values
    await wb.eventsSettled();
    expect(functionSettings().indexRate).toBe(0.03);
    expect(wb.context.calculations).toBe(before + 1);
  });

  it('does not call Excel for the add-in’s own writes or for changes on other sheets', async () => {
    const { wb, runs } = await synced({ triggerSource: true });
    const start = { runs: runs(), syncs: wb.syncCount };
    await writeAgreements(wb.excelContext, [hoppfullFramtid], settings);
    await wb.eventsSettled();
    const afterOwn = { runs: runs(), syncs: wb.syncCount };
    expect(afterOwn.runs).toBe(start.runs);
    wb.setCell('Avtal', 'Z1', 'anteckning');
    wb.setCell('Avtal', 'Z2', 'anteckning');
    await wb.eventsSettled();
    // At most one look-up of which sheet is Inställningar after the add-in's write; none after that.
    expect(runs() - afterOwn.runs).toBeLessThanOrEqual(1);
    const settled = runs();
    wb.setCell('Poster', 'Z1', 'anteckning');
    await wb.eventsSettled();
    expect(runs()).toBe(settled);
  });

  it('without triggerSource (before ExcelApi 1.14) reads on the add-in’s own Inställningar writes but does not recalculate for nothing', async () => {
    const { wb } = await synced({ triggerSource: false });
    const before = wb.context.calculations;
    await writeSettings(wb.excelContext, settings);
    await wb.eventsSettled();
    // writeSettings recalculates once itself; the sync sees no change and adds none.
    expect(wb.context.calculations).toBe(before + 1);
  });

  it('keeps the documented defaults when the workbook has no settings', async () => {
    const wb = new MemoryWorkbook();
    await startSettingsSync({ run: (fn) => wb.run(fn), isSetSupported: () => true });
    expect(functionSettings()).toEqual(initialFunctionSettings());
  });
});
