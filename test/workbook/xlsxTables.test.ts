import JSZip from 'jszip';
import { readXlsxTables, XlsxError, XLSX_LIMITS } from '../../src/workbook/xlsxTables';
import { agreementsFromTables } from '../../src/workbook/readTables';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook as another program writes it: prefixed elements, absolute targets, shared strings with runs and phonetics. */
async function workbook(sheetData: string, options: { table?: string; date1904?: boolean; styles?: string; names?: string } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${R}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`);
  zip.file(
    'xl/workbook.xml',
    `<x:workbook xmlns:x="${MAIN}" xmlns:r="${R}"><x:workbookPr${options.date1904 ? ' date1904="1"' : ''}/><x:sheets><x:sheet name="Mitt blad" sheetId="1" r:id="s1"/></x:sheets>${options.names ?? ''}</x:workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="${R}/worksheet" Target="worksheets/ark1.xml"/><Relationship Id="s2" Type="${R}/sharedStrings" Target="/xl/strings.xml"/><Relationship Id="s3" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file(
    'xl/strings.xml',
    `<sst xmlns="${MAIN}"><si><t>Avtals-id</t></si><si><t>Namn</t></si><si><r><t>Hopp</t></r><r><rPr><b/></rPr><t xml:space="preserve">full framtid</t></r><rPh><t>ほ</t></rPh></si><si><t>#N/A</t></si><si><t>rad_x000D_två &amp; &lt;tre&gt;</t></si></sst>`,
  );
  zip.file('xl/styles.xml', options.styles ?? `<styleSheet xmlns="${MAIN}"><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`);
  zip.file('xl/worksheets/ark1.xml', `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>${sheetData}</x:sheetData></x:worksheet>`);
  zip.file('xl/worksheets/_rels/ark1.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="t1" Type="${R}/table" Target="../tables/t.xml"/></Relationships>`);
  zip.file('xl/tables/t.xml', options.table ?? `<table xmlns="${MAIN}" id="1" name="T" displayName="Min_Tabell" ref="A1:C5" totalsRowCount="1"><tableColumns count="3"><tableColumn id="1" name="Avtals-id"/><tableColumn id="2" name="Namn"/><tableColumn id="3" name="Värde"/></tableColumns></table>`);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('readXlsxTables', () => {
  it('reads cells as Office.js values gives them: shared and inline text, numbers, booleans, errors, formulas', async () => {
    const bytes = await workbook(
      '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>Värde</x:t></x:is></x:c></x:row>' +
        '<x:row r="2"><x:c r="A2" t="s"><x:v>2</x:v></x:c><x:c r="B2" t="s"><x:v>3</x:v></x:c><x:c r="C2" t="e"><x:v>#N/A</x:v></x:c></x:row>' +
        // Row 3 left empty: it is left out, as the pane's reader leaves it out.
        '<x:row r="4"><x:c t="s"><x:v>4</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c><x:f>1+1</x:f></x:c></x:row>' +
        '<x:row r="5"><x:c r="A5" t="str"><x:f>"Summa"</x:f><x:v>Summa</x:v></x:c><x:c r="C5"><x:v>99</x:v></x:c></x:row>' +
        '<x:row r="9"><x:c r="A9" t="inlineStr"><x:is><x:t>utanför</x:t></x:is></x:c></x:row>',
    );
    const { tables } = await readXlsxTables(bytes, { tables: ['MIN_TABELL'] });
    const t = tables.get('MIN_TABELL')!;
    expect(t.sheet).toBe('Mitt blad');
    expect(t.headers).toEqual(['Avtals-id', 'Namn', 'Värde']);
    // The totals row (5) and rows outside the table are not data.
    expect(t.rows).toEqual([
      ['Hoppfull framtid', '#N/A', '#N/A'],
      ['rad\rtvå & <tre>', true, ''],
    ]);
    expect(t.errors).toEqual([
      [false, false, true],
      [false, false, false],
    ]);
    expect(t.formulas![1][2]).toBe('=1+1');
    expect(t.rowNumbers).toEqual([2, 4]);
    expect(t.bodyIndex).toEqual([0, 2]);
  });

  it('a text that reads like a formula or an error stays text through the read-back', async () => {
    const bytes = await workbook('<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>=SUMMA(A1:A9)</x:t></x:is></x:c><x:c r="B2" t="s"><x:v>3</x:v></x:c></x:row>');
    const t = (await readXlsxTables(bytes, { tables: ['Min_Tabell'] })).tables.get('Min_Tabell')!;
    expect(t.rows).toEqual([['=SUMMA(A1:A9)', '#N/A', '']]);
    expect(t.formulas![0][0]).toBe('=SUMMA(A1:A9)');
    // The reader takes "#N/A" from a text cell as the text it is, not as an error (errors is false there).
    const read = agreementsFromTables({ ...t, headers: ['Avtals-id', 'Namn', 'x'] }, null, null);
    expect(read.problems.join(' ')).not.toMatch(/visar felet/);
  });

  it('re-bases a shared formula to its cell and moves 1904 dates to the 1900 serials Excel shows', async () => {
    const shared = await workbook('<x:row r="2"><x:c r="C2"><x:f t="shared" ref="C2:C3" si="0">A2*2</x:f></x:c></x:row><x:row r="3"><x:c r="C3"><x:f t="shared" si="0"/></x:c></x:row>');
    expect((await readXlsxTables(shared, { tables: ['Min_Tabell'] })).tables.get('Min_Tabell')!.formulas!.map((r) => r[2])).toEqual(['=A2*2', '=A3*2']);
    const dated = await workbook('<x:row r="2"><x:c r="A2" s="1"><x:v>43830</x:v></x:c><x:c r="B2"><x:v>43830</x:v></x:c><x:c r="C2" t="d"><x:v>2024-07-01</x:v></x:c></x:row>', { date1904: true });
    // 2024-01-01 is 43830 in the 1904 system and 45292 in the 1900 one; an undated number is left alone.
    expect((await readXlsxTables(dated, { tables: ['Min_Tabell'] })).tables.get('Min_Tabell')!.rows).toEqual([[45292, 43830, 45474]]);
  });

  it('reads a workbook name pointing at one cell', async () => {
    const bytes = await workbook('<x:row r="2"><x:c r="B2"><x:v>2025</x:v></x:c></x:row>', { names: `<x:definedNames><x:definedName name="IOP_Basar">'Mitt blad'!$B$2</x:definedName></x:definedNames>` });
    expect((await readXlsxTables(bytes, { tables: [], names: ['IOP_Basar', 'Saknas'] })).names).toEqual(new Map([['IOP_Basar', 2025]]));
  });

  it('refuses damage and sizes beyond the caps with the cap named', async () => {
    const refusal = async (bytes: Uint8Array | Promise<Uint8Array>, limits = XLSX_LIMITS) => {
      try {
        await readXlsxTables(await bytes, { tables: ['Min_Tabell'] }, limits);
      } catch (e) {
        expect(e).toBeInstanceOf(XlsxError);
        return (e as Error).message;
      }
      throw new Error('not refused');
    };
    expect(await refusal(workbook('<x:row r="2"><x:c r="A2" t="s"><x:v>77</x:v></x:c></x:row>'))).toMatch(/delad text \(nummer 77\) som inte finns/);
    expect(await refusal(workbook('<x:row r="2"><x:c r="A2"'))).toMatch(/skadad: delen xl\/worksheets\/ark1\.xml kan inte läsas/);
    expect(await refusal(workbook('<x:row r="2"><x:c r="A2"><x:v>&bomb;</x:v></x:c></x:row>'))).toMatch(/okänd entitet &bomb;/);
    const many = '<x:row r="2">' + Array.from({ length: 50 }, () => '<x:c><x:v>1</x:v></x:c>').join('') + '</x:row>';
    expect(await refusal(workbook(many), { ...XLSX_LIMITS, cells: 40 })).toMatch(/fler än 40 celler .*\(gräns för antal celler\)/);
    // A table claiming the whole sheet costs only the rows it has, each as wide as the table: counted too.
    const wide = workbook('<x:row r="2"><x:c r="A2"><x:v>1</x:v></x:c></x:row>', { table: `<table xmlns="${MAIN}" displayName="Min_Tabell" ref="A1:XFD1048576"/>` });
    expect(await refusal(wide, { ...XLSX_LIMITS, cells: 10_000 })).toMatch(/gräns för antal celler/);
    expect(await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatch(/Äldre Excel-format \(\.xls\)/);
    expect(await refusal(new Uint8Array(30), { ...XLSX_LIMITS, fileBytes: 20 })).toMatch(/gräns för filstorlek/);
  });
});
