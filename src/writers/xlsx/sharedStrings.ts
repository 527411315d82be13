import { escapeText, NS, XML_HEAD } from './xml';

/** The workbook's shared string table: each distinct text once, cells refer to it by index. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  private uses = 0;

  add(s: string): number {
    this.uses++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }

  get size(): number {
    return this.list.length;
  }

  xml(): string {
    const items = this.list.map((s) => `<si><t xml:space="preserve">${escapeText(s)}</t></si>`);
    return XML_HEAD + `<sst xmlns="${NS.main}" count="${this.uses}" uniqueCount="${this.list.length}">${items.join('')}</sst>`;
  }
}
