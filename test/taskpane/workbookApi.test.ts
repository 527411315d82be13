import { MemoryWorkbook } from '../../src/preview/memoryExcel';
import { workbookApi } from '../../src/taskpane/workbookApi';
import type { ExcelHost } from '../../src/taskpane/excelHost';
import { hoppfullFramtid, inkludering } from '../fixtures/workbook/agreements';
import { buildSchedule } from '../../src/domain/schedule';
import { PARTY_COLUMNS, columnLetter } from '../../src/workbook';

/** The pane's workbook API over the memory workbook: what the views rely on for "nothing lost without asking". */
function open() {
  const wb = new MemoryWorkbook();
  const host: ExcelHost = { kind: 'memory', run: (fn) => wb.run(fn) };
  return { wb, api: workbookApi(host) };
}

const rowsOf = (wb: MemoryWorkbook, sheet: string, text: string) =>
  wb.grid(sheet).filter((r) => r.some((c) => String(c.value).includes(text))).map((r) => r.map((c) => c.value));

describe('the pane workbook API', () => {
  it('undoes a save that replaced a stored agreement: its previous rows come back', async () => {
    const { wb, api } = open();
    await api.saveAgreements([hoppfullFramtid]);
    const before = rowsOf(wb, 'Poster', 'Hoppfull framtid');
    const changed = { ...hoppfullFramtid, costItems: hoppfullFramtid.costItems.slice(0, 2) };
    await api.saveAgreements([changed]);
    expect(rowsOf(wb, 'Poster', 'Hoppfull framtid')).toHaveLength(2);
    await expect(api.lastChange()).resolves.toEqual({ label: 'sparade "Hoppfull framtid"', action: 'save' });
    // The record is on a sheet the user does not see.
    expect(wb.visibleSheets()).not.toContain('IOP_Ångra');
    expect(wb.listSheets()).toContain('IOP_Ångra');

    await expect(api.undoLastChange()).resolves.toEqual({ label: 'sparade "Hoppfull framtid"', action: 'save' });
    expect(rowsOf(wb, 'Poster', 'Hoppfull framtid')).toEqual(before);
    const { agreements } = await api.listAgreements();
    expect(agreements.find((a) => a.name === 'Hoppfull framtid')?.costItems).toHaveLength(6);
    await expect(api.lastChange()).resolves.toBeNull();
  });

  it('changes only the rate and base year of following agreements: rows added by hand stay single', async () => {
    const { wb, api } = open();
    const settings = await api.readSettings();
    await api.saveAgreements([{ ...hoppfullFramtid, indexation: null }], { workbookIndexed: [true] });
    const t = wb.table('IOP_Poster');
    const header = wb.grid('Poster')[t.row].map((c) => c.value);
    const r = t.row + t.rows + 1;
    wb.extendTable('IOP_Poster', { rows: 1 });
    const hand: Record<string, string> = { 'Avtals-id': 'iop-hoppfull-framtid', Typ: 'Kostnadspost', Part: 'Linköpings kommun', Benämning: 'Extra handledning', 'Belopp/år': '10000' };
    for (const [h, v] of Object.entries(hand)) wb.setCell('Poster', `${String.fromCharCode(65 + header.indexOf(h))}${r}`, v);
    const before = rowsOf(wb, 'Poster', 'Hoppfull framtid').length;
    await api.saveSettings({ ...settings, indexRate: 0.03, baseYear: 2018 });
    expect(rowsOf(wb, 'Poster', 'Extra handledning')).toHaveLength(1);
    expect(rowsOf(wb, 'Poster', 'Hoppfull framtid').length + rowsOf(wb, 'Poster', 'Extra handledning').length).toBe(before + 1);
    expect((await api.listAgreements()).agreements[0].indexation).toEqual({ rate: 0.03, baseYear: 2018 });
  });

  it('keeps a recorded extension (Förlängt till) in the agreements table and reads it back', async () => {
    const { api } = open();
    await api.saveAgreements([{ ...hoppfullFramtid, validity: { ...hoppfullFramtid.validity, extendedEnd: '2021-12-31' } }]);
    const [stored] = (await api.listAgreements()).agreements;
    expect(stored.validity.extendedEnd).toBe('2021-12-31');
  });

  it('undoes the first save of an agreement by removing it again', async () => {
    const { api } = open();
    await api.saveAgreements([inkludering]);
    await api.saveAgreements([hoppfullFramtid]);
    await api.undoLastChange();
    const { agreements } = await api.listAgreements();
    expect(agreements.map((a) => a.name)).toEqual(['Inkludering på lika villkor']);
  });

  it('deletes an agreement from all three tables and the reports, and undo restores its rows', async () => {
    const { wb, api } = open();
    await api.saveAgreements([hoppfullFramtid, inkludering]);
    const key = (await api.listAgreements()).agreements.find((a) => a.name === 'Hoppfull framtid')!.id!;
    const parties = rowsOf(wb, 'Parter', 'Hoppfull framtid');
    const items = rowsOf(wb, 'Poster', 'Hoppfull framtid');
    await api.deleteAgreement(key, 'Hoppfull framtid');
    for (const sheet of ['Avtal', 'Parter', 'Poster', 'Översikt', 'Flerårsplan']) expect(rowsOf(wb, sheet, 'Hoppfull framtid')).toHaveLength(0);
    expect(rowsOf(wb, 'Avtal', 'Inkludering på lika villkor')).toHaveLength(1);
    await expect(api.lastChange()).resolves.toEqual({ label: 'tog bort "Hoppfull framtid"', action: 'delete' });

    await api.undoLastChange();
    // The data columns come back as they were; the calculated columns get their formulas again (the memory
    // workbook does not evaluate them, so their values are not compared).
    const data = (rows: unknown[][]) => rows.map((r) => r.slice(0, PARTY_COLUMNS.length));
    expect(data(rowsOf(wb, 'Parter', 'Hoppfull framtid'))).toEqual(data(parties));
    const belopp = `${columnLetter(PARTY_COLUMNS.length)}2`;
    expect(wb.cell('Parter', belopp).formula).toMatch(/^=IF\(COUNTIFS\(IOP_Poster/);
    expect(rowsOf(wb, 'Poster', 'Hoppfull framtid')).toEqual(items);
    expect(rowsOf(wb, 'Översikt', 'Hoppfull framtid').length).toBeGreaterThan(0);
  });

  it('keeps the overview year and committee in the workbook and rebuilds that overview on a save', async () => {
    const { wb, api } = open();
    await api.saveAgreements([inkludering]);
    await api.fillOverview(2022, 'Arbetsmarknadsnämnden');
    await expect(api.readChoices()).resolves.toMatchObject({ overviewYear: 2022, overviewCommittee: 'Arbetsmarknadsnämnden' });
    await api.saveAgreements([hoppfullFramtid]);
    expect(String(wb.cell('Översikt', 'A1').value)).toBe('IOP-översikt Arbetsmarknadsnämnden 2022');
    expect(rowsOf(wb, 'Inställningar', 'IOP_OversiktAr')[0]).toContain(2022);
  });

  it('re-indexes agreements that follow the workbook rate when the settings change, and rebuilds the plan', async () => {
    const { wb, api } = open();
    const settings = await api.readSettings();
    await api.saveAgreements([{ ...hoppfullFramtid, indexation: null }], { workbookIndexed: [true] });
    await api.saveSettings({ ...settings, indexRate: 0.02, baseYear: 2018 });
    const planRow = () => rowsOf(wb, 'Flerårsplan', 'Hoppfull framtid').find((r) => r.includes('Avtalsperiod') && r.includes('Totalt'))!;
    const at2 = planRow();
    await expect(api.saveSettings({ ...settings, indexRate: 0.035, baseYear: 2018 })).resolves.toEqual({ following: 1 });
    const at35 = planRow();
    const stored = (await api.listAgreements()).agreements[0];
    expect(stored.indexation).toEqual({ rate: 0.035, baseYear: 2018 });
    const expected = buildSchedule(stored).years.slice(0, 2).map((y) => y.baseTotal);
    expect(at35.filter((v) => typeof v === 'number').slice(0, 2)).toEqual(expected);
    expect(at35).not.toEqual(at2);
  });
});

describe('follow-up through the pane workbook API', () => {
  const entry = (participants: number) => ({ agreement: 'iop-hoppfull-framtid', year: 2025, participants, placesUsed: null, reportReceived: '2026-02-01', meetingsHeld: 2, comment: '' });

  it('saves a year’s follow-up as one row, replaced on a second save, and undo takes back only the last one', async () => {
    const { api } = open();
    await api.saveAgreements([hoppfullFramtid]);
    await api.saveFollowUp(entry(40));
    await api.saveFollowUp(entry(44));
    await expect(api.listFollowUp()).resolves.toEqual({ records: [entry(44)], problems: [] });
    await expect(api.lastChange()).resolves.toEqual({ label: 'sparade uppföljningen av "Hoppfull framtid" 2025', action: 'save' });
    await api.undoLastChange();
    await expect(api.listFollowUp()).resolves.toEqual({ records: [entry(40)], problems: [] });
  });

  it('says so in Swedish when the agreement is gone', async () => {
    const { api } = open();
    await api.saveAgreements([hoppfullFramtid]);
    await expect(api.saveFollowUp({ ...entry(1), agreement: 'iop-finns-inte' })).rejects.toThrow('Avtalet finns inte längre i arbetsboken');
  });
});

describe('invoices through the pane workbook API', () => {
  const invoice = (number: string, amount: number) => ({
    agreement: 'iop-hoppfull-framtid', party: 'Linköpings kommun', number, date: '2019-01-20', period: 'helår 2019', amount, reference: '385-612', attestedOn: null, attestedBy: '', comment: '',
  });

  it('adds each invoice as a row, the reports rebuilt, and undo takes back the last one only', async () => {
    const { wb, api } = open();
    await api.saveAgreements([hoppfullFramtid]);
    await api.saveInvoice(invoice('F-1', 100));
    await api.saveInvoice(invoice('F-2', 200));
    await expect(api.listInvoices()).resolves.toEqual({ records: [invoice('F-1', 100), invoice('F-2', 200)], problems: [] });
    await expect(api.lastChange()).resolves.toEqual({ label: 'registrerade faktura F-2 för "Hoppfull framtid" helår 2019', action: 'save' });
    expect(rowsOf(wb, 'Fakturor', 'F-2')).toHaveLength(1);
    await api.undoLastChange();
    await expect(api.listInvoices()).resolves.toEqual({ records: [invoice('F-1', 100)], problems: [] });
    expect((await api.listAgreements()).agreements.map((a) => a.name)).toEqual(['Hoppfull framtid']);
  });

  it('says so in Swedish when the agreement is gone', async () => {
    const { api } = open();
    await api.saveAgreements([hoppfullFramtid]);
    await expect(api.saveInvoice({ ...invoice('F-1', 1), agreement: 'iop-finns-inte' })).rejects.toThrow('Avtalet finns inte längre i arbetsboken');
  });
});
