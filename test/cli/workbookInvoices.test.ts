import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import type { InvoiceRecord } from '../../src/domain/invoiceCheck';
import { importText } from '../../src/import';
import { buildWorkbookPlan } from '../../src/workbook';
import { readXlsxWorkbook } from '../../src/workbook/xlsxWorkbook';
import { writePlanXlsx } from '../../src/writers/xlsx';

/**
 * A workbook given to the CLI brings its invoices (IOP_Fakturor, issue 18): `iop oversikt` writes them into the new
 * workbook, also one naming no agreement (the user's row, carried over as it stands), and `iop promemoria` states
 * the year invoiced against agreed per partnership.
 */
const seed000 = importText(readFileSync(join(__dirname, '../fixtures/seeds/000.txt'), 'utf8'), '000.txt').agreements[0];
const KEY = 'iop-stadsmissionen';
const invoice = (over: Partial<InvoiceRecord>): InvoiceRecord => ({
  agreement: KEY, party: 'Linköpings kommun', number: '1001', date: '2025-01-20', period: 'helår 2025', amount: 1_760_000, reference: '150Z', attestedOn: null, attestedBy: '', comment: '', ...over,
});
const invoices = [invoice({}), invoice({ agreement: 'iop-okant', number: '7', amount: 5 })];

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd: process.cwd() }, out, err };
}

async function workbookFile(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'iop-invoices-'));
  const file = join(dir, 'in.xlsx');
  const settings = { committee: 'Arbetsmarknadsnämnden', baseYear: 2025, indexRate: 0.02, socialFeeRate: 0 };
  const { warnings: _w, provenance: _p, ...agreement } = seed000 as typeof seed000 & { warnings?: unknown; provenance?: unknown };
  writeFileSync(file, await writePlanXlsx(buildWorkbookPlan([{ ...agreement, id: KEY }], settings, { year: 2025, invoices })));
  return file;
}

describe('a workbook’s invoices through the CLI', () => {
  it('iop oversikt carries every invoice over, the one naming no agreement too', async () => {
    const file = await workbookFile();
    const out = join(mkdtempSync(join(tmpdir(), 'iop-invoices-out-')), 'ut.xlsx');
    expect(await main(['oversikt', file, '-o', out], capture().io)).toBe(0);
    const back = await readXlsxWorkbook(readFileSync(out));
    const key = back.agreements[0].id;
    expect(back.invoices).toEqual([invoice({ agreement: key! }), invoices[1]]);
  });

  it('iop promemoria states the year invoiced against agreed', async () => {
    const file = await workbookFile();
    const out = join(mkdtempSync(join(tmpdir(), 'iop-invoices-memo-')), 'memo.docx');
    expect(await main(['promemoria', file, '-o', out, '--ar', '2025'], capture().io)).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '').replace(/\u00a0/g, ' ');
    expect(text).toContain('Fakturerat 2025: 1 760 000 kr av 1 744 200 kr enligt avtalet – avviker med 15 800 kr för mycket');
  });
});
