import { escapeAttr, NS, XML_HEAD } from './xml';

/** Number formats Excel knows by id; others get ids from 164 on. */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10 };

/** The cell formats (number format × bold) a workbook uses, as indexes into styles.xml's cellXfs. */
export class StyleRegistry {
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Map<string, number>();
  private readonly list: { numFmtId: number; bold: boolean }[] = [{ numFmtId: 0, bold: false }];

  constructor() {
    this.xfs.set('|0', 0);
  }

  /** The style index of a cell; 0 is the default (General, regular). */
  index(format: string | undefined, bold: boolean | undefined): number {
    const key = `${format ?? ''}|${bold ? 1 : 0}`;
    const known = this.xfs.get(key);
    if (known !== undefined) return known;
    const numFmtId = this.formatId(format);
    const i = this.list.length;
    this.list.push({ numFmtId, bold: !!bold });
    this.xfs.set(key, i);
    return i;
  }

  private formatId(format: string | undefined): number {
    if (!format) return 0;
    if (format in BUILTIN_FORMATS) return BUILTIN_FORMATS[format];
    let id = this.formats.get(format);
    if (id === undefined) {
      id = 164 + this.formats.size;
      this.formats.set(format, id);
    }
    return id;
  }

  /** Fonts refer to the theme part's colours and font scheme. */
  xml(): string {
    const numFmts = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`).join('');
    const xfs = this.list
      .map(
        (x) =>
          `<xf numFmtId="${x.numFmtId}" fontId="${x.bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"` +
          `${x.numFmtId ? ' applyNumberFormat="1"' : ''}${x.bold ? ' applyFont="1"' : ''}/>`,
      )
      .join('');
    const font = (bold: boolean) =>
      `<font>${bold ? '<b/>' : ''}<sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`;
    return (
      XML_HEAD +
      `<styleSheet xmlns="${NS.main}">` +
      (this.formats.size ? `<numFmts count="${this.formats.size}">${numFmts}</numFmts>` : '') +
      `<fonts count="2">${font(false)}${font(true)}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.list.length}">${xfs}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }
}
