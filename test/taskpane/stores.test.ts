import type { Agreement } from '../../src/domain/agreement';
import { emptyDraft } from '../../src/taskpane/agreementDraft';
import { localDraftStore } from '../../src/taskpane/draftStore';
import { fieldLabel, groupNotes, groupOf, snippetsFor } from '../../src/taskpane/importGroups';
import { workbookApi } from '../../src/taskpane/workbookApi';
import { index } from '../../src/functions/functions';
import { initialFunctionSettings, setFunctionSettings } from '../../src/functions/settingsStore';
import { MemoryWorkbook } from '../../src/preview/memoryExcel';
import { chartYears, reportsByYear } from '../../src/taskpane/yearSeries';
import { columnName, displayValue } from '../../src/preview/grid';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  };
}

const agreement = (name: string, extra: Partial<Agreement> = {}): Agreement => ({
  name,
  parties: [
    { name: 'Kommunen', orgNumber: null, sector: 'public', unit: null },
    { name: 'Föreningen', orgNumber: null, sector: 'civil', unit: null },
  ],
  targetGroup: null,
  purpose: null,
  places: null,
  validity: { start: '2024-01-01', end: '2025-12-31', extension: { years: 1, times: 1 } },
  indexation: { rate: 0.02, baseYear: 2024 },
  costItems: [
    { party: 'Kommunen', label: 'Lön', annualAmount: 100000 },
    { party: 'Föreningen', label: 'Lokaler', annualAmount: 50000 },
  ],
  contributions: [],
  annualTotal: null,
  ...extra,
});

describe('wizard draft storage', () => {
  it('keeps a draft across a reload and forgets it on clear', () => {
    const storage = memoryStorage();
    const draft = { version: 1 as const, step: 2, draft: { ...emptyDraft(), name: 'Läxhjälp' }, savedAt: '2024-05-01T10:00:00Z' };
    localDraftStore(storage).save(draft);
    expect(localDraftStore(storage).load()).toEqual(draft);
    localDraftStore(storage).clear();
    expect(localDraftStore(storage).load()).toBeNull();
  });

  it('keeps what the draft was when last saved, so a reopened pane does not call a saved draft unsaved', () => {
    const storage = memoryStorage();
    const saved = { ...emptyDraft(), name: 'Läxhjälp', id: 'iop-laxhjalp' };
    localDraftStore(storage).save({ version: 1, step: 4, draft: saved, savedAt: '', baseline: JSON.stringify(saved) });
    expect(localDraftStore(storage).load()?.baseline).toBe(JSON.stringify(saved));
    // A baseline that is not text (a foreign entry) is dropped, not trusted.
    storage.setItem('iop.avtalsguide.utkast', JSON.stringify({ version: 1, step: 0, draft: saved, savedAt: '', baseline: 7 }));
    expect(localDraftStore(storage).load()).not.toHaveProperty('baseline');
  });

  it('ignores a corrupt or foreign entry instead of crashing', () => {
    const storage = memoryStorage();
    storage.setItem('iop.avtalsguide.utkast', '{inte json');
    expect(localDraftStore(storage).load()).toBeNull();
    storage.setItem('iop.avtalsguide.utkast', JSON.stringify({ version: 7 }));
    expect(localDraftStore(storage).load()).toBeNull();
  });

  it('survives a storage that throws (quota, privacy mode)', () => {
    const failing = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); }, removeItem: () => undefined };
    const store = localDraftStore(failing);
    expect(() => store.save({ version: 1, step: 0, draft: emptyDraft(), savedAt: '' })).not.toThrow();
    expect(store.load()).toBeNull();
  });
});

describe('saving agreements', () => {
  afterEach(() => setFunctionSettings(initialFunctionSettings()));
  const setup = () => {
    const workbook = new MemoryWorkbook();
    return { workbook, api: workbookApi({ kind: 'memory', run: (fn) => workbook.run(fn) }) };
  };

  // The writer's four syncs (three to read, one to write), two to read the pane's choices (the overview to rebuild) and two to record the
  // replaced rows for undo: every sync is a round trip to Excel, so the count is held.
  it('replaces by id, else by name, and appends new ones, in one writer call (≤ 8 syncs)', async () => {
    const { workbook, api } = setup();
    await api.saveAgreements([agreement('A'), agreement('B')]);
    const [a] = (await api.listAgreements()).agreements;
    const before = workbook.syncCount;
    await api.saveAgreements([{ ...a, name: 'A ändrad' }, agreement('B'), agreement('C')]);
    expect(workbook.syncCount - before).toBeLessThanOrEqual(8);
    expect((await api.listAgreements()).agreements.map((x) => [x.id, x.name])).toEqual([
      [a.id, 'A ändrad'],
      ['iop-b', 'B'],
      ['iop-c', 'C'],
    ]);
  });

  it('keeps the workbook settings when saving', async () => {
    const { api, workbook } = setup();
    await api.saveSettings({ committee: 'Socialnämnden', baseYear: 2023, indexRate: 0.03, socialFeeRate: 0.3 });
    expect(workbook.context.calculations).toBe(1);
    expect(index(1_000_000, 2024)).toBe(1_030_000); // the functions use the new base year and rate at once
    await api.saveAgreements([agreement('A')]);
    expect(await api.readSettings()).toEqual({ committee: 'Socialnämnden', baseYear: 2023, indexRate: 0.03, socialFeeRate: 0.3 });
  });
});

describe('overview series', () => {
  it('charts each year\'s counted sums from reportFor, keeping extension-only amounts apart', () => {
    const years = chartYears(reportsByYear([agreement('A'), agreement('B', { indexation: null })], ''));
    expect(years.map((y) => y.year)).toEqual([2024, 2025, 2026]);
    expect(years[0]).toEqual({ year: 2024, public: 200000, civil: 100000, extensionPublic: 0, extensionCivil: 0 });
    expect(years[1]).toMatchObject({ public: 102000 + 100000, civil: 51000 + 50000 });
    expect(years[2]).toMatchObject({ public: 0, civil: 0, extensionPublic: 104040 + 100000, extensionCivil: 52020 + 50000 });
  });

  it('reports every year the schedules cover, each with its counted and not-counted agreements', () => {
    const reports = reportsByYear([agreement('A'), agreement('Sen', { validity: { start: '2026-01-01', end: '2026-12-31', extension: null } })], '');
    const y2024 = reports.find((r) => r.year === 2024)!;
    expect(y2024.counted.map((r) => [r.agreement.name, r.inYear?.total])).toEqual([['A', 150000]]);
    expect(y2024.notCounted.map((r) => [r.agreement.name, r.standing, r.reason])).toEqual([['Sen', 'notRunning', 'Börjar 2026-01-01.']]);
  });
});

describe('import preview notes', () => {
  it('sorts provenance and warnings into the form groups by field path', () => {
    const notes = groupNotes({
      ...agreement('A'),
      warnings: [
        { code: 'INVALID_ORG_NUMBER', field: 'parties[1].orgNumber', message: 'Fel kontrollsiffra' },
        { code: 'TOTAL_MISMATCH', field: 'annualTotal', message: 'Summan stämmer inte' },
        { code: 'AMBIGUOUS', message: 'Oklart dokument' },
      ],
      provenance: [{ field: 'validity.start', snippet: 'från och med 2024-01-01', start: 10, end: 33 }],
    });
    expect(notes.warnings.parties.map((w) => w.message)).toEqual(['Fel kontrollsiffra']);
    expect(notes.warnings.economy.map((w) => w.message)).toEqual(['Summan stämmer inte']);
    expect(notes.general.map((w) => w.message)).toEqual(['Oklart dokument']);
    expect(notes.provenance.validity).toHaveLength(1);
    expect(groupOf('costItems[3].annualAmount')).toBe('economy');
    expect(groupOf('okänt')).toBeNull();
  });

  it('names fields in the form\'s own words', () => {
    expect(fieldLabel('parties[1].orgNumber')).toBe('Part 2 › organisationsnummer');
    expect(fieldLabel('parties[0].name')).toBe('Part 1 › namn');
    expect(fieldLabel('costItems[2].annualAmount')).toBe('Kostnadspost 3 › belopp per år');
    expect(fieldLabel('contributions')).toBe('Bidrag');
    expect(fieldLabel('validity.end')).toBe('Gäller till och med');
    expect(fieldLabel('indexation.rate')).toBe('Indexering › sats');
    expect(fieldLabel('name')).toBe('Överenskommelsens namn');
  });

  it('quotes the source text a warning is about: its field and anything inside it, at most three, no repeats', () => {
    const p = (field: string, snippet: string) => ({ field, snippet, start: 0, end: 0 });
    const provenance = [p('costItems[0]', 'Handledare 212 000 kr'), p('costItems[1]', 'Lokaler 50 000 kr'), p('costItemsExtra', 'x'), p('contributions', '339 200 kr')];
    expect(snippetsFor(provenance, 'costItems')).toEqual(['Handledare 212 000 kr', 'Lokaler 50 000 kr']);
    expect(snippetsFor(provenance, 'costItems', 1)).toEqual(['Handledare 212 000 kr']);
    expect(snippetsFor([...provenance, p('contributions', '339 200 kr')], 'contributions')).toEqual(['339 200 kr']);
    expect(snippetsFor(provenance, 'validity.end')).toEqual([]);
    expect(snippetsFor(provenance, undefined)).toEqual([]);
  });
});

describe('preview grid', () => {
  it('names columns like Excel', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('shows numbers the Swedish way', () => {
    expect(displayValue({ value: 4818600, numberFormat: '#,##0 "kr"' }).replace(/\u00a0/g, ' ')).toBe('4 818 600 kr');
    expect(displayValue({ value: 2025, numberFormat: '0' })).toBe('2025');
    expect(displayValue({ value: 2.5 })).toBe('2,5');
    expect(displayValue({ value: 0.3142, numberFormat: '0.00%' }).replace(/\u00a0/g, ' ')).toBe('31,42 %');
    expect(displayValue({ value: true })).toBe('SANT');
    expect(displayValue({ value: null })).toBe('');
  });
});
