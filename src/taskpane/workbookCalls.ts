import type { Agreement } from '../domain/agreement';
import type { IopSettings } from '../domain/settings';
import * as excel from '../writers/officejs';
import { agreementKeys } from '../workbook/key';
import { INVOICE_TABLE } from '../workbook/names';
import type { PaneChoices } from '../workbook/paneChoices';
import { functionSettings, setFunctionSettings } from '../functions/settingsStore';
import type { ExcelHost } from './excelHost';
import type { WorkbookApi } from './workbookApi';

/**
 * The workbook calls themselves (Office.js through the writer), loaded after the pane's first view: the writer
 * and the workbook plans are most of the pane's own code, and the first view needs none of them to show.
 */
const reportOptions = (c: PaneChoices) => ({ year: c.overviewYear ?? undefined, committee: c.overviewCommittee ?? undefined });

function withWorkbookIndexation(a: Agreement, settings: IopSettings): Agreement {
  return { ...a, indexation: { rate: settings.indexRate, baseYear: settings.baseYear } };
}

function saveLabel(agreements: readonly Agreement[]): string {
  return agreements.length === 1 ? `sparade "${agreements[0].name}"` : `sparade ${agreements.length} avtal`;
}

/** The pane's choices and the stored agreement a record names (its key, else its name), or a Swedish error. */
async function storedAgreement(context: Excel.RequestContext, named: string): Promise<{ choices: PaneChoices; agreement: Agreement; key: string }> {
  const choices = await excel.readPaneChoices(context);
  const { agreements } = await excel.readAgreements(context);
  const agreement = agreements.find((a) => (a.id ?? a.name) === named);
  if (!agreement) throw new Error('Avtalet finns inte längre i arbetsboken: läs om avtalen och välj igen.');
  return { choices, agreement, key: agreement.id ?? agreementKeys([agreement])[0] };
}

export function workbookCalls(host: ExcelHost): WorkbookApi {
  return {
    listFollowUp: () => host.run((context) => excel.readFollowUp(context)),
    listAgreements: () =>
      host.run(async (context) => {
        const { agreements, problems } = await excel.readAgreements(context);
        const { workbookIndexed, documentKinds } = await excel.readPaneChoices(context);
        return { agreements, problems, workbookIndexed, documentKinds };
      }),
    saveAgreements: (agreements, options = {}) =>
      host.run(async (context) => {
        const choices = await excel.readPaneChoices(context);
        const keys = agreementKeys(agreements);
        const follows = agreements.map((_, i) => options.workbookIndexed?.[i] === true);
        const settings = follows.some(Boolean) ? await excel.readSettings(context) : null;
        const prepared = agreements.map((a, i) => (follows[i] && settings ? withWorkbookIndexation(a, settings) : a));
        await excel.recordForUndo(context, 'save', saveLabel(agreements), keys);
        await excel.writeAgreements(context, prepared, undefined, reportOptions(choices));
        const list = new Set(choices.workbookIndexed);
        keys.forEach((k, i) => (follows[i] ? list.add(k) : list.delete(k)));
        const kinds = { ...choices.documentKinds };
        keys.forEach((k, i) => {
          const kind = options.documentKinds?.[i] ?? null;
          if (kind) kinds[k] = kind;
          else delete kinds[k];
        });
        const patch: Partial<PaneChoices> = {};
        if (list.size !== choices.workbookIndexed.length || keys.some((k, i) => follows[i] !== choices.workbookIndexed.includes(k))) patch.workbookIndexed = [...list];
        if (JSON.stringify(kinds) !== JSON.stringify(choices.documentKinds)) patch.documentKinds = kinds;
        if (Object.keys(patch).length > 0) await excel.writePaneChoices(context, patch);
      }),
    saveFollowUp: (record) =>
      host.run(async (context) => {
        const { choices, agreement, key } = await storedAgreement(context, record.agreement);
        // Recorded for undo like any save: else undoing an earlier save of the agreement would take this row too.
        await excel.recordForUndo(context, 'save', `sparade uppföljningen av "${agreement.name}" ${record.year}`, [key]);
        await excel.writeFollowUpRow(context, agreement, key, record);
        await excel.writeAgreements(context, [], undefined, reportOptions(choices));
      }),
    listInvoices: () => host.run((context) => excel.readInvoices(context)),
    saveInvoice: (record) =>
      host.run(async (context) => {
        const { choices, agreement, key } = await storedAgreement(context, record.agreement);
        // Recorded for undo like any save, IOP_Fakturor only: undo takes back this invoice and nothing else.
        const what = record.number ? `faktura ${record.number}` : 'en faktura';
        await excel.recordForUndo(context, 'save', `registrerade ${what} för "${agreement.name}" ${record.period}`, [key], [INVOICE_TABLE]);
        await excel.writeInvoiceRow(context, agreement, key, record);
        await excel.writeAgreements(context, [], undefined, reportOptions(choices));
      }),
    deleteAgreement: (key, name) =>
      host.run(async (context) => {
        const choices = await excel.readPaneChoices(context);
        await excel.recordForUndo(context, 'delete', `tog bort "${name}"`, [key]);
        await excel.deleteAgreementRows(context, key);
        await excel.writeAgreements(context, [], undefined, reportOptions(choices));
        if (choices.workbookIndexed.includes(key) || key in choices.documentKinds) {
          const { [key]: _gone, ...documentKinds } = choices.documentKinds;
          await excel.writePaneChoices(context, { workbookIndexed: choices.workbookIndexed.filter((k) => k !== key), documentKinds });
        }
      }),
    lastChange: () =>
      host.run(async (context) => {
        const record = await excel.readUndo(context);
        return record ? { label: record.label, action: record.action } : null;
      }),
    undoLastChange: () =>
      host.run(async (context) => {
        const choices = await excel.readPaneChoices(context);
        const record = await excel.undoLast(context);
        if (!record) return null;
        await excel.writeAgreements(context, [], undefined, reportOptions(choices));
        return { label: record.label, action: record.action };
      }),
    readSettings: () => host.run((context) => excel.readSettings(context)),
    saveSettings: (settings) =>
      host.run(async (context) => {
        // One shared runtime: the functions get their new defaults directly, before the writer's recalculation.
        const previous = functionSettings();
        setFunctionSettings(settings);
        try {
          await excel.writeSettings(context, settings);
          const { agreements } = await excel.readAgreements(context);
          if (agreements.length === 0) return { following: 0 };
          const choices = await excel.readPaneChoices(context);
          const following = await excel.setWorkbookIndexation(context, choices.workbookIndexed, settings.indexRate, settings.baseYear);
          // Also with none following: the reports are rebuilt so they use the new settings.
          await excel.writeAgreements(context, [], settings, reportOptions(choices));
          return { following };
        } catch (error) {
          setFunctionSettings(previous);
          throw error;
        }
      }),
    readChoices: () => host.run((context) => excel.readPaneChoices(context)),
    saveOverviewChoice: (year, committee) => host.run((context) => excel.writePaneChoices(context, { overviewYear: year, overviewCommittee: committee })),
    fillOverview: (year, committee) =>
      host.run(async (context) => {
        await excel.fillOverview(context, { year, committee });
        await excel.writePaneChoices(context, { overviewYear: year, overviewCommittee: committee });
      }),
  };
}
