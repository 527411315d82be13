/**
 * The memory workbook refuses what Excel refuses, one rule per test, each from Microsoft's documentation of the
 * Excel JavaScript API and of Excel's limits. Every writer test runs against it, so a writer that passes here
 * stays within what Excel accepts.
 */
import { LIMITS, MemoryExcelError, MemoryWorkbook } from '../../src/preview/memoryExcel';

async function withSheet(name = 'Blad1') {
  const wb = new MemoryWorkbook();
  const ctx = wb.excelContext;
  const ws = ctx.workbook.worksheets.add(name);
  await ctx.sync();
  return { wb, ctx, ws };
}

async function withTable() {
  const { wb, ctx, ws } = await withSheet();
  const range = ws.getRange('A1:C4');
  range.formulas = [
    ['Namn', 'Belopp', 'Typ'],
    ['a', 10, 'x'],
    ['b', 20, 'y'],
    ['c', 30, 'x'],
  ];
  const table = ws.tables.add(range, true);
  table.name = 'T';
  await ctx.sync();
  return { wb, ctx, ws, table };
}

function code(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof MemoryExcelError ? e.code : `not a RichApi error: ${String(e)}`;
  }
}

async function codeAsync(fn: () => Promise<unknown>): Promise<string | null> {
  try {
    await fn();
    return null;
  } catch (e) {
    return e instanceof MemoryExcelError ? e.code : `not a RichApi error: ${String(e)}`;
  }
}

describe('request size: Excel on the web takes at most 5 MB per sync', () => {
  it('refuses a sync whose request is over 5 MB and applies none of it', async () => {
    const { wb, ctx, ws } = await withSheet();
    ws.getRange('A1').formulas = [['before']];
    await ctx.sync();
    const big = Array.from({ length: 2_000 }, (_, i) => [`'${'x'.repeat(2_600)}${i}`]);
    ws.getRange('A1').formulas = [['changed']];
    ws.getRangeByIndexes(1, 0, 2_000, 1).formulas = big;
    expect(await codeAsync(() => ctx.sync())).toBe('RequestPayloadSizeLimitExceeded');
    expect(wb.cell('Blad1', 'A1').value).toBe('before');
    expect(wb.cell('Blad1', 'A2').value).toBe('');
  });

  it('counts the bytes of what each sync sends, in UTF-8', async () => {
    const { wb, ctx, ws } = await withSheet();
    ws.getRange('A1:B1').formulas = [['åäö', 1]];
    await ctx.sync();
    const last = wb.syncs[wb.syncs.length - 1];
    expect(last.request).toBeGreaterThanOrEqual(JSON.stringify([['åäö', 1]]).length + 3);
    expect(last.request).toBeLessThan(500);
  });

  it('refuses a response over 5 MB', async () => {
    const { ctx, ws } = await withSheet();
    for (let i = 0; i < 4; i++) {
      ws.getRangeByIndexes(i * 500, 0, 500, 1).formulas = Array.from({ length: 500 }, () => [`'${'y'.repeat(3_000)}`]);
      await ctx.sync();
    }
    ws.getRange('A1:A2000').load('values,formulas');
    expect(await codeAsync(() => ctx.sync())).toBe('ResponsePayloadSizeLimitExceeded');
  });
});

describe('cells', () => {
  it(`refuses text over ${LIMITS.cellCharacters} characters`, async () => {
    const { ws } = await withSheet();
    expect(code(() => (ws.getRange('A1').formulas = [[`'${'a'.repeat(LIMITS.cellCharacters + 1)}`]]))).toBe('InvalidArgument');
    expect(code(() => (ws.getRange('A1').values = [['a'.repeat(LIMITS.cellCharacters + 1)]]))).toBe('InvalidArgument');
    expect(code(() => (ws.getRange('A1').formulas = [[`'${'a'.repeat(LIMITS.cellCharacters)}`]]))).toBeNull();
  });

  it(`refuses a formula over ${LIMITS.formulaCharacters} characters`, async () => {
    const { ws } = await withSheet();
    expect(code(() => (ws.getRange('A1').formulas = [[`=${'1+'.repeat(LIMITS.formulaCharacters / 2)}1`]]))).toBe('InvalidArgument');
  });

  it('refuses an array whose shape is not the range’s, a 1×1 array over a larger range included', async () => {
    const { ws } = await withSheet();
    expect(code(() => (ws.getRange('A1:B2').values = [[1]]))).toBe('InvalidArgument');
    expect(code(() => (ws.getRange('A1:B2').values = [[1, 2]]))).toBe('InvalidArgument');
    expect(code(() => (ws.getRange('A1:B2').formulas = [[1, 2], [3]]))).toBe('InvalidArgument');
    expect(code(() => (ws.getRange('A1:B2').numberFormat = [['0'], ['0']]))).toBe('InvalidArgument');
    expect(code(() => (ws.getRange('A1:B2').values = [[1, 2], [3, 4]]))).toBeNull();
  });

  it('fills every cell from a single value that is not an array (office-js-docs-pr#2013)', async () => {
    const { wb, ws } = await withSheet();
    (ws.getRange('A1:B2') as unknown as { numberFormat: string }).numberFormat = '0.0';
    expect(wb.cell('Blad1', 'B2').format).toBe('0.0');
  });

  it('parses values like typed input: numbers, dates and formulas, unless quote-prefixed or text-formatted', async () => {
    const { wb, ws } = await withSheet();
    ws.getRange('A1:F1').values = [['3 maj 2024', '100 kr', '5%', '=1+1', "'=1+1", '-x']];
    const row = ['A1', 'B1', 'C1', 'D1', 'E1', 'F1'].map((a) => wb.cell('Blad1', a));
    expect(row[0].value).toBe(45415); // 2024-05-03 as a date serial
    expect(row[1].value).toBe(100);
    expect(row[2].value).toBe(0.05);
    expect(row[3].formula).toBe('=1+1');
    expect([row[4].value, row[4].formula]).toEqual(['=1+1', null]);
    expect(row[5].formula).toBe('=-x');
    ws.getRange('A2').numberFormat = [['@']];
    ws.getRange('A2').values = [['3 maj']];
    expect(wb.cell('Blad1', 'A2').value).toBe('3 maj');
  });

  it('needs load and sync before a property is read', async () => {
    const { ctx, ws } = await withSheet();
    const range = ws.getRange('A1');
    expect(code(() => range.values)).toBe('PropertyNotLoaded');
    range.load('values');
    await ctx.sync();
    expect(range.values).toEqual([['']]);
  });
});

describe('names', () => {
  it.each(['', '   ', 'a'.repeat(32), 'a:b', 'a\\b', 'a/b', 'a?b', 'a*b', 'a[b', 'a]b', "'a", "a'", 'History', 'history'])('refuses the sheet name %j', async (name) => {
    const wb = new MemoryWorkbook();
    expect(code(() => wb.excelContext.workbook.worksheets.add(name))).toBe('InvalidArgument');
  });

  it('accepts a 31-character sheet name with spaces and Swedish letters, refuses a duplicate in another case', async () => {
    const wb = new MemoryWorkbook();
    const sheets = wb.excelContext.workbook.worksheets;
    expect(code(() => sheets.add('Översikt för nämnden – år 2025 x'.slice(0, 31)))).toBeNull();
    expect(code(() => sheets.add('Poster'))).toBeNull();
    expect(code(() => sheets.add('POSTER'))).toBe('ItemAlreadyExists');
  });

  it.each(['1abc', 'a b', 'A1', 'xfd1048576', 'R1C1', 'R', 'c', 'R2', 'rc', 'a-b', 'a'.repeat(256), ''])('refuses the table name %j', async (name) => {
    const { table } = await withTable();
    expect(code(() => (table.name = name))).toBe('InvalidArgument');
  });

  it.each(['IOP_Avtal', '_x', '\\x', 'Tabell.2', 'Åtgärder', 'XFE1'])('accepts the table name %j', async (name) => {
    const { table } = await withTable();
    expect(code(() => (table.name = name))).toBeNull();
  });

  it('keeps tables and defined names in one namespace, without regard to case', async () => {
    const { ctx, ws, table } = await withTable();
    expect(code(() => ctx.workbook.names.add('t', ws.getRange('E1')))).toBe('ItemAlreadyExists');
    ctx.workbook.names.add('IOP_Basar', ws.getRange('E1'));
    expect(code(() => (table.name = 'iop_basar'))).toBe('ItemAlreadyExists');
    expect(code(() => ctx.workbook.names.add('IOP_BASAR', ws.getRange('E2')))).toBe('ItemAlreadyExists');
    expect(code(() => ctx.workbook.names.add('A1', ws.getRange('E2')))).toBe('InvalidArgument');
  });
});

describe('tables', () => {
  it('refuses a table that overlaps another', async () => {
    const { ws } = await withTable();
    expect(code(() => ws.tables.add('C3:E6', true))).toBe('InvalidArgument');
    expect(code(() => ws.tables.add('E1:F3', true))).toBeNull();
  });

  it('inserts rows at an index and moves what is below the table', async () => {
    const { wb, ws, table } = await withTable();
    ws.getRange('A7').values = [['under']];
    table.rows.add(1, [['ny', 15, 'z']]);
    expect(wb.grid('Blad1').map((r) => r[0].value)).toEqual(['Namn', 'a', 'ny', 'b', 'c', '', '', 'under']);
    expect(wb.table('T').rows).toBe(5);
  });

  it('deletes whole body rows, but not part of a table, its header or its last row', async () => {
    const { wb, ws } = await withTable();
    expect(code(() => ws.getRange('A2:B2').delete('Up'))).toBe('InvalidOperation');
    expect(code(() => ws.getRange('A1:C1').delete('Up'))).toBe('InvalidOperation');
    expect(code(() => ws.getRange('A2:C4').delete('Up'))).toBe('InvalidOperation');
    expect(code(() => ws.getRange('A3:C3').delete('Up'))).toBeNull();
    expect(wb.table('T').rows).toBe(3);
  });

  it('moves formulas that refer to moved cells with them, as Excel does', async () => {
    const { wb, ws, table } = await withTable();
    ws.getRange('E3').formulas = [['=B3*2']];
    table.rows.add(0, [['först', 1, 'x']]);
    expect(wb.cell('Blad1', 'E3').formula).toBe('=B4*2');
    ws.getRange('A2:C2').delete('Up');
    expect(wb.cell('Blad1', 'E3').formula).toBe('=B3*2');
  });

  it('fills a calculated column into added rows', async () => {
    const { wb, table } = await withTable();
    wb.fillTableColumn('T', 'Typ', '=B2*2');
    expect(wb.calculatedColumns('T')).toEqual(['Typ']);
    table.rows.add(undefined, [['d', 40, '']]);
    expect(wb.cell('Blad1', 'C5').formula).toBe('=B5*2');
  });
});

describe('filters', () => {
  it('hides the rows a table filter leaves out and refuses writes that reach them', async () => {
    const { wb, ws } = await withTable();
    wb.filterTable('T', 'Typ', { filterOn: 'Values', values: ['x'] });
    expect(wb.hiddenRows('T')).toEqual([3]);
    expect(code(() => (ws.getRange('A3').values = [['ändrad']]))).toBe('InvalidOperation');
    expect(code(() => (ws.getRange('A2').values = [['synlig']]))).toBeNull();
  });

  it('refuses to add or delete rows of a filtered table', async () => {
    const { wb, ws, table } = await withTable();
    wb.filterTable('T', 'Belopp', { filterOn: 'Custom', criterion1: '>15' });
    expect(wb.hiddenRows('T')).toEqual([2]);
    expect(code(() => table.rows.add(undefined, [['d', 1, 'x']]))).toBe('InvalidOperation');
    expect(code(() => ws.getRange('A2:C2').delete('Up'))).toBe('InvalidOperation');
  });

  it('reports its criteria through autoFilter, clears and restores them column by column', async () => {
    const { wb, ctx, table } = await withTable();
    wb.filterTable('T', 'Typ', { filterOn: 'Values', values: ['x'] });
    const filter = table.autoFilter.load('criteria,isDataFiltered');
    await ctx.sync();
    expect(filter.isDataFiltered).toBe(true);
    expect(filter.criteria[2]).toEqual({ filterOn: 'Values', values: ['x'] });
    table.clearFilters();
    expect(wb.hiddenRows('T')).toEqual([]);
    table.columns.getItemAt(2).filter.apply(filter.criteria[2]);
    expect(wb.filters('T')).toEqual({ Typ: { filterOn: 'Values', values: ['x'] } });
  });
});

describe('events', () => {
  it('raises worksheets.onChanged for the add-in’s own writes (ThisLocalAddin) and for the user’s (Unknown)', async () => {
    const { wb, ctx, ws } = await withSheet();
    ws.load('id');
    await ctx.sync();
    const seen: string[] = [];
    ctx.workbook.worksheets.onChanged.add(async (e: Excel.WorksheetChangedEventArgs) => {
      seen.push(`${e.worksheetId === ws.id ? 'Blad1' : '?'} ${e.address} ${e.triggerSource}`);
    });
    ws.getRange('B2:C3').values = [[1, 2], [3, 4]];
    await ctx.sync();
    await wb.eventsSettled();
    wb.setCell('Blad1', 'A1', 'typed');
    await wb.eventsSettled();
    expect(seen).toEqual(['Blad1 B2:C3 ThisLocalAddin', 'Blad1 A1 Unknown']);
  });
});

describe('sheets', () => {
  it('hides a sheet, but never the last visible one', async () => {
    const { ctx, ws } = await withSheet();
    const other = ctx.workbook.worksheets.add('Beräkning');
    other.visibility = 'Hidden' as Excel.SheetVisibility;
    expect(code(() => (ws.visibility = 'Hidden' as Excel.SheetVisibility))).toBe('InvalidOperation');
  });
});
