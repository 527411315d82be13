import { HEADER_FILL } from '../../workbook/plan';
import { escapeAttr, NS, XML_HEAD } from './xml';

/** Number formats Excel knows by id; others get ids from 164 on. */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10 };

/** How a cell inside a sheet's frame looks: thin borders; the header filled; text columns wrapped. */
export interface CellLook {
  border?: boolean;
  fill?: boolean;
  wrap?: boolean;
}

interface Xf {
  numFmtId: number;
  bold: boolean;
  look: CellLook;
}

/** The cell formats (number format × bold × look) a workbook uses, as indexes into styles.xml's cellXfs. */
export class StyleRegistry {
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Map<string, number>();
  private readonly list: Xf[] = [{ numFmtId: 0, bold: false, look: {} }];

  constructor() {
    this.xfs.set('|0|000', 0);
  }

  /** The style index of a cell; 0 is the default (General, regular). */
  index(format: string | undefined, bold: boolean | undefined, look: CellLook = {}): number {
    const key = `${format ?? ''}|${bold ? 1 : 0}|${look.border ? 1 : 0}${look.fill ? 1 : 0}${look.wrap ? 1 : 0}`;
    const known = this.xfs.get(key);
    if (known !== undefined) return known;
    const numFmtId = this.formatId(format);
    const i = this.list.length;
    this.list.push({ numFmtId, bold: !!bold, look });
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

  /** Fonts refer to the theme part's colours and font scheme; fill 2 is the header's, border 1 thin on every side. */
  xml(): string {
    const numFmts = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`).join('');
    const xfs = this.list
      .map((x) => {
        const { border, fill, wrap } = x.look;
        const applies =
          `${x.numFmtId ? ' applyNumberFormat="1"' : ''}${x.bold ? ' applyFont="1"' : ''}${fill ? ' applyFill="1"' : ''}` +
          `${border ? ' applyBorder="1"' : ''}${wrap || border ? ' applyAlignment="1"' : ''}`;
        const attrs = `numFmtId="${x.numFmtId}" fontId="${x.bold ? 1 : 0}" fillId="${fill ? 2 : 0}" borderId="${border ? 1 : 0}" xfId="0"${applies}`;
        // Framed cells align to the top, so a wrapped neighbour does not leave a figure floating mid-row.
        return wrap || border ? `<xf ${attrs}><alignment vertical="top"${wrap ? ' wrapText="1"' : ''}/></xf>` : `<xf ${attrs}/>`;
      })
      .join('');
    const font = (bold: boolean) => `<font>${bold ? '<b/>' : ''}<sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`;
    const thin = (side: string) => `<${side} style="thin"><color rgb="FF808080"/></${side}>`;
    return (
      XML_HEAD +
      `<styleSheet xmlns="${NS.main}">` +
      (this.formats.size ? `<numFmts count="${this.formats.size}">${numFmts}</numFmts>` : '') +
      `<fonts count="2">${font(false)}${font(true)}</fonts>` +
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
      `<fill><patternFill patternType="solid"><fgColor rgb="FF${HEADER_FILL}"/><bgColor indexed="64"/></patternFill></fill></fills>` +
      `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${thin('left')}${thin('right')}${thin('top')}${thin('bottom')}<diagonal/></border></borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.list.length}">${xfs}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }
}
