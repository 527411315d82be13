import { FUTURE_FUNCTIONS, ORIGINAL_FUNCTIONS } from '../../workbook/excelFunctions';
import { LIMITS } from './limits';

/**
 * Excel's formula grammar, as Microsoft documents it, so that the memory workbook refuses a formula where Excel
 * would ("There's a problem with this formula"; through Office.js an InvalidArgument):
 * - "Overview of formulas", "Using calculation operators in Excel formulas": operators and their order, text in
 *   double quotes ("" inside), constants, references (A1, $A$1, A:A, 1:1, 'Sheet name'!A1), array constants.
 * - "Using structured references with Excel tables": `Table[Column]`; a column name with a special character
 *   other than the space (tab, line feed, carriage return , : . [ ] # ' " { } $ ^ & * + = - > < /) in double
 *   brackets, `Table[[Avtals-id]]`; `[ ] # '` escaped with '; the special items #All, #Data, #Headers, #Totals and
 *   #This Row (alone, or #Headers/#Data and #Data/#Totals together); `[@Column]` / `[@[Column name]]` is the typed
 *   form of `[[#This Row],[Column]]`, and a file stores the latter.
 * - "Excel specifications and limits": 8 192 characters, 64 nested levels of functions, 255 arguments; and
 *   Excel's own message "Text values in formulas are limited to 255 characters".
 * - Function names: English through `Range.formulas` (en-US: commas between arguments); in a file the functions
 *   added since the original file format carry `_xlfn.` (see src/workbook/excelFunctions.ts).
 * Unknown defined names are not refused (Excel accepts them and shows #NAME?).
 */
export type FormulaForm = 'api' | 'file';

export type FormulaProblemKind =
  | 'syntax'
  | 'unbalancedParentheses'
  | 'unbalancedBrackets'
  | 'unbalancedQuotes'
  | 'unknownTable'
  | 'unknownColumn'
  | 'singleBrackets'
  | 'unknownFunction'
  | 'thisRow'
  | 'separator'
  | 'prefix'
  | 'limit';

export class FormulaProblem extends Error {
  constructor(
    readonly kind: FormulaProblemKind,
    message: string,
    readonly at: number,
  ) {
    super(message);
    this.name = 'FormulaProblem';
  }
}

export interface FormulaGrammarContext {
  form: FormulaForm;
  /** A table's column headers (the name matched without regard to case), or null when there is no such table. */
  columnsOf(table: string): readonly string[] | null;
  /** The table whose body holds the formula's cell: `[@Column]` and `[Column]` without a table name refer to it. */
  hostTable?: string | null;
  /** Namespaces of registered custom functions (`IOP` for `IOP.INDEX(…)`). */
  customNamespaces?: readonly string[];
}

/** What a formula uses, for tests that look at every formula of a plan. */
export interface FormulaUse {
  functions: string[];
  tables: string[];
}

const SPECIAL_IN_COLUMN = new Set(['\t', '\n', '\r', ',', ':', '.', '[', ']', '#', "'", '"', '{', '}', '$', '^', '&', '*', '+', '=', '-', '>', '<', '/']);
const ESCAPABLE = new Set(['[', ']', '#', "'"]);
const SPECIAL_ITEMS = new Map([
  ['#all', '#All'],
  ['#data', '#Data'],
  ['#headers', '#Headers'],
  ['#totals', '#Totals'],
  ['#this row', '#This Row'],
]);
const ERRORS = /#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)/iy;
const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const ROW_RANGE = /\$?(\d+):\$?(\d+)(?![\p{L}\p{N}_.(])/uy;
const COLUMN_RANGE = /\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})(?![\p{L}\p{N}_.(![])/uy;
const CELL = /\$?([A-Za-z]{1,3})\$?(\d+)(?![\p{L}\p{N}_.(![])/uy;
const IDENTIFIER = /[\p{L}_\\][\p{L}\p{N}_.?\\]*/uy;
const QUOTED_SHEET = /'((?:[^']|'')+)'!/y;
const SHEET = /([\p{L}_\\][\p{L}\p{N}_.]*)!/uy;
const COMPARISON = /<>|<=|>=|=|<|>/y;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

const MAX_TEXT = 255;
const MAX_NESTING = 64;
const MAX_ARGUMENTS = 255;

class Parser {
  private i = 0;
  private nesting = 0;
  readonly use: FormulaUse = { functions: [], tables: [] };
  constructor(
    private readonly s: string,
    private readonly ctx: FormulaGrammarContext,
  ) {}

  private fail(kind: FormulaProblemKind, message: string, at = this.i): never {
    throw new FormulaProblem(kind, message, at);
  }

  private match(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.i;
    const m = re.exec(this.s);
    if (m) this.i = re.lastIndex;
    return m;
  }

  private spaces(): boolean {
    const start = this.i;
    for (let k = this.s.charCodeAt(this.i); k === 32 || k === 10 || k === 13 || k === 9; k = this.s.charCodeAt(this.i)) this.i++;
    return this.i > start;
  }

  private c(): string {
    return this.s[this.i] ?? '';
  }

  parse(): FormulaUse {
    if (this.s[0] !== '=') this.fail('syntax', 'en formel börjar med =', 0);
    if (this.s.length > LIMITS.formulaCharacters) this.fail('limit', `en formel får vara högst ${LIMITS.formulaCharacters} tecken`, 0);
    this.i = 1;
    this.spaces();
    if (this.i >= this.s.length) this.fail('syntax', 'formeln är tom');
    this.expression();
    this.spaces();
    if (this.i < this.s.length) this.unexpected();
    return this.use;
  }

  private unexpected(): never {
    const c = this.c();
    if (c === ')') this.fail('unbalancedParentheses', 'en högerparentes saknar sin vänsterparentes');
    if (c === ']') this.fail('unbalancedBrackets', 'en ] saknar sin [');
    if (c === '}') this.fail('unbalancedBrackets', 'en } saknar sin {');
    if (c === ';') this.fail('separator', 'semikolon skiljer inte argument i Range.formulas (en-US): använd komma');
    if (c === '') this.fail('syntax', 'formeln slutar mitt i ett uttryck');
    this.fail('syntax', `oväntat tecken "${c}"`);
  }

  private expression(): void {
    this.concatenation();
    for (;;) {
      this.spaces();
      if (!this.match(COMPARISON)) return;
      this.concatenation();
    }
  }

  /** Operands joined by one level's operators (one character each), left to right. */
  private binary(operators: string, operand: () => void): void {
    operand();
    for (;;) {
      this.spaces();
      const c = this.c();
      if (c === '' || !operators.includes(c)) return;
      this.i++;
      operand();
    }
  }

  private concatenation(): void {
    this.binary('&', () => this.additive());
  }

  private additive(): void {
    this.binary('+-', () => this.multiplicative());
  }

  private multiplicative(): void {
    this.binary('*/', () => this.power());
  }

  private power(): void {
    this.binary('^', () => this.unary());
  }

  private unary(): void {
    this.spaces();
    while (this.c() === '+' || this.c() === '-' || (this.c() === '@' && this.ctx.form === 'api')) {
      this.i++;
      this.spaces();
    }
    this.reference();
    for (;;) {
      const back = this.i;
      this.spaces();
      if (this.c() !== '%') {
        this.i = back;
        return;
      }
      this.i++;
    }
  }

  /** Operands joined by the range operator (:) and, between references, the intersection operator (a space). */
  private reference(): void {
    let wasReference = this.operand();
    for (;;) {
      const back = this.i;
      const spaced = this.spaces();
      if (this.c() === ':') {
        this.i++;
        this.spaces();
        wasReference = this.operand();
        continue;
      }
      if (spaced && wasReference && /[$A-Za-z_'\\\p{L}]/u.test(this.c()) && this.startsReference()) {
        wasReference = this.operand();
        continue;
      }
      this.i = back;
      return;
    }
  }

  /** Whether what follows is a reference (not a function or a keyword), for the intersection operator. */
  private startsReference(): boolean {
    const back = this.i;
    try {
      for (const re of [QUOTED_SHEET, SHEET, COLUMN_RANGE, CELL]) {
        this.i = back;
        if (this.match(re)) return true;
      }
      this.i = back;
      return !!this.match(IDENTIFIER) && this.c() === '[';
    } finally {
      this.i = back;
    }
  }

  /** One operand; true when it is a reference (cell, range, name or structured reference). */
  private operand(): boolean {
    this.spaces();
    const c = this.c();
    if (c === '') this.fail('syntax', 'formeln slutar där ett värde eller en referens väntas');
    if (c === '(') {
      const open = this.i++;
      this.nest(() => {
        this.expression();
        this.spaces();
        // The union operator: (A1:B2,D1:D4).
        while (this.c() === ',') {
          this.i++;
          this.expression();
          this.spaces();
        }
      });
      if (this.c() !== ')') {
        if (this.i >= this.s.length) this.fail('unbalancedParentheses', 'en vänsterparentes stängs aldrig', open);
        this.unexpected();
      }
      this.i++;
      return true;
    }
    if (c === '"') {
      this.text();
      return false;
    }
    if (c === '{') {
      this.array();
      return false;
    }
    if (c === '#') {
      if (!this.match(ERRORS)) this.fail('syntax', 'ett felvärde som Excel inte har');
      return false;
    }
    if (c === '[') {
      this.structured(null);
      return true;
    }
    if (this.match(ROW_RANGE)) return true;
    if ((c >= '0' && c <= '9') || c === '.') {
      if (!this.match(NUMBER)) this.fail('syntax', 'ett tal som inte kan läsas');
      if (/[\p{L}_]/u.test(this.c())) this.fail('syntax', `"${this.c()}" direkt efter ett tal`);
      return false;
    }
    return this.named();
  }

  private nest(body: () => void): void {
    if (++this.nesting > MAX_NESTING) this.fail('limit', `mer än ${MAX_NESTING} nivåer inuti varandra`);
    body();
    this.nesting--;
  }

  /** Text in double quotes ("" is one quote), at most 255 characters. */
  private text(): void {
    const open = this.i++;
    let length = 0;
    for (;;) {
      if (this.i >= this.s.length) this.fail('unbalancedQuotes', 'en text i citattecken stängs aldrig', open);
      if (this.c() === '"') {
        if (this.s[this.i + 1] === '"') {
          this.i += 2;
          length++;
          continue;
        }
        this.i++;
        break;
      }
      this.i++;
      length++;
    }
    if (length > MAX_TEXT) this.fail('limit', `en text i en formel får vara högst ${MAX_TEXT} tecken (den har ${length})`, open);
  }

  /** An array constant: constants separated by , (columns) and ; (rows). */
  private array(): void {
    const open = this.i++;
    for (;;) {
      this.spaces();
      if (this.c() === '"') this.text();
      else if (this.c() === '#') {
        if (!this.match(ERRORS)) this.fail('syntax', 'ett felvärde som Excel inte har');
      } else {
        if (this.c() === '-' || this.c() === '+') this.i++;
        if (!this.match(NUMBER) && !this.match(/TRUE|FALSE/iy)) {
          if (this.i >= this.s.length) this.fail('unbalancedBrackets', 'en { stängs aldrig', open);
          this.fail('syntax', 'en matriskonstant får bara innehålla konstanter');
        }
      }
      this.spaces();
      if (this.c() === ',' || this.c() === ';') {
        this.i++;
        continue;
      }
      if (this.c() === '}') {
        this.i++;
        return;
      }
      if (this.i >= this.s.length || this.c() === ')') this.fail('unbalancedBrackets', 'en { stängs aldrig', open);
      this.fail('syntax', `oväntat tecken "${this.c()}" i en matriskonstant`);
    }
  }

  /** A cell, range, name, function call or table reference, possibly after a sheet name. */
  private named(): boolean {
    const start = this.i;
    const sheet = this.match(QUOTED_SHEET) ?? this.match(SHEET);
    const range = this.match(COLUMN_RANGE);
    if (range) {
      if (columnNumber(range[1]) > LIMITS.columns || columnNumber(range[2]) > LIMITS.columns) this.fail('syntax', 'en kolumn bortom bladets sista (XFD)', start);
      return true;
    }
    const at = this.i;
    const cell = this.match(CELL);
    if (cell) {
      const row = Number(cell[2]);
      if (columnNumber(cell[1]) <= LIMITS.columns && row >= 1 && row <= LIMITS.rows) return true;
      this.i = at;
    }
    if (sheet && this.match(/#REF!/y)) return true;
    const id = this.match(IDENTIFIER);
    if (!id) {
      if (sheet) this.fail('syntax', 'ett bladnamn utan cell efter !');
      this.unexpected();
    }
    const name = id[0];
    if (this.c() === '(') {
      if (sheet) this.fail('syntax', 'en funktion kan inte stå efter ett bladnamn');
      this.call(name, start);
      return false;
    }
    if (this.c() === '[') {
      if (sheet) this.fail('syntax', 'en tabellreferens står utan bladnamn');
      this.structured(name);
      return true;
    }
    if (/^(TRUE|FALSE)$/i.test(name) && !sheet) return false;
    return true;
  }

  private functionName(name: string, at: number): string {
    const upper = name.toUpperCase();
    const namespace = upper.includes('.') ? upper.slice(0, upper.indexOf('.')) : '';
    if (namespace && (this.ctx.customNamespaces ?? []).some((n) => n.toUpperCase() === namespace)) return upper;
    if (this.ctx.form === 'api') {
      if (ORIGINAL_FUNCTIONS.has(upper) || FUTURE_FUNCTIONS.has(upper)) return upper;
      if (upper.startsWith('_XLFN.')) this.fail('prefix', `${name}: _xlfn. hör hemma i en fil; Range.formulas tar funktionens namn utan prefix`, at);
      this.fail('unknownFunction', `Excel har ingen funktion ${name} (Range.formulas tar engelska funktionsnamn)`, at);
    }
    const prefix = /^_XLFN\.(?:_XLWS\.)?/.exec(upper)?.[0] ?? '';
    const bare = upper.slice(prefix.length);
    if (prefix && FUTURE_FUNCTIONS.get(bare)?.toUpperCase() === prefix) return bare;
    if (prefix) this.fail('prefix', `${name}: Excel har ingen framtida funktion med det prefixet`, at);
    if (ORIGINAL_FUNCTIONS.has(upper)) return upper;
    if (FUTURE_FUNCTIONS.has(upper)) this.fail('prefix', `${name} står i en fil som ${FUTURE_FUNCTIONS.get(upper)}${upper}; utan prefixet visar Excel #NAMN?`, at);
    this.fail('unknownFunction', `Excel har ingen funktion ${name}`, at);
  }

  private call(name: string, at: number): void {
    this.use.functions.push(this.functionName(name, at));
    const open = this.i++;
    let count = 0;
    this.nest(() => {
      this.spaces();
      if (this.c() === ')') return;
      for (;;) {
        this.spaces();
        // An argument may be left empty: IF(A1,,1).
        if (this.c() !== ',' && this.c() !== ')') this.expression();
        count++;
        this.spaces();
        if (this.c() === ',') {
          this.i++;
          continue;
        }
        if (this.c() === ')') return;
        if (this.i >= this.s.length) this.fail('unbalancedParentheses', `${name}( stängs aldrig`, open);
        this.unexpected();
      }
    });
    if (count > MAX_ARGUMENTS) this.fail('limit', `${name} har ${count} argument; Excel tar högst ${MAX_ARGUMENTS}`, at);
    this.i++;
  }

  /** A column name up to the closing bracket, with ' escapes undone; `single` applies the single-bracket rule. */
  private columnName(single: boolean): string {
    let name = '';
    const open = this.i - 1;
    for (;;) {
      const c = this.c();
      if (c === '') this.fail('unbalancedBrackets', 'en [ stängs aldrig', open);
      if (c === "'" && ESCAPABLE.has(this.s[this.i + 1] ?? '')) {
        name += this.s[this.i + 1];
        this.i += 2;
        continue;
      }
      if (c === ']') return name;
      if (c === '[') this.fail('unbalancedBrackets', '[ inuti ett kolumnnamn ska skrivas \'[');
      if (c === '#' && !single) this.fail('syntax', "# i ett kolumnnamn ska skrivas '#");
      if (single && SPECIAL_IN_COLUMN.has(c)) {
        this.fail('singleBrackets', `kolumnnamnet med "${c}" måste stå inom dubbla hakparenteser, t.ex. Tabell[[Avtals-id]]`);
      }
      name += c;
      this.i++;
    }
  }

  private checkColumn(columns: readonly string[] | null, table: string, name: string, at: number): void {
    if (!columns) return;
    const wanted = name.trim().toLowerCase();
    if (!columns.some((c) => c.toLowerCase() === wanted)) this.fail('unknownColumn', `tabellen ${table} har ingen kolumn "${name}"`, at);
  }

  /** A structured reference from its opening bracket (`table` null: the table that holds the cell). */
  private structured(table: string | null): void {
    const start = this.i;
    let name = table;
    if (name === null) {
      if (this.ctx.form === 'file') this.fail('syntax', 'en fil skriver tabellens namn före [ ]', start);
      if (!this.ctx.hostTable) this.fail('unknownTable', 'en tabellreferens utan tabellnamn gäller bara inuti en tabell', start);
      name = this.ctx.hostTable;
    }
    const columns = this.ctx.columnsOf(name);
    if (!columns) this.fail('unknownTable', `arbetsboken har ingen tabell ${name}`, start);
    this.use.tables.push(name);
    this.i++; // [
    if (this.c() === ' ') this.i++;
    const c = this.c();
    if (c === ']') {
      if (table === null) this.fail('syntax', 'tomma [ ] utan tabellnamn');
      this.i++;
      return;
    }
    if (c === '@') {
      if (this.ctx.form === 'file') this.fail('thisRow', '@ är skrivsätt vid inmatning; en fil skriver [[#This Row],[Kolumn]]');
      this.i++;
      if (this.c() === '[') {
        this.i++;
        const at = this.i;
        this.checkColumn(columns, name, this.columnName(false), at);
        this.i++;
      } else {
        const at = this.i;
        if (this.c() === ']' || this.c() === '@' || this.c() === '#') this.fail('thisRow', '@ följs av ett kolumnnamn: [@Kolumn] eller [@[Kolumn]]');
        this.checkColumn(columns, name, this.columnName(true), at);
      }
      this.close(start);
      return;
    }
    if (c === '#') {
      this.specialItem();
      this.close(start);
      return;
    }
    if (c !== '[') {
      const at = this.i;
      this.checkColumn(columns, name, this.columnName(true), at);
      this.close(start);
      return;
    }
    // Compound: [[#This Row],[Kolumn]], [[Från]:[Till]], [[#Headers],[#Data]], [[Avtals-id]].
    const items: string[] = [];
    for (;;) {
      if (this.c() !== '[') this.fail('syntax', 'en del av en tabellreferens står inom [ ]');
      this.i++;
      if (this.c() === '#') {
        items.push(this.specialItem());
        this.i++;
      } else if (this.c() === '@') {
        this.fail('thisRow', '@ står först: [@[Kolumn]], inte [[@Kolumn]]');
      } else {
        const at = this.i;
        this.checkColumn(columns, name, this.columnName(false), at);
        this.i++;
        if (this.c() === ':') {
          this.i++;
          if (this.c() !== '[') this.fail('syntax', 'ett kolumnområde är [Från]:[Till]');
          this.i++;
          const to = this.i;
          this.checkColumn(columns, name, this.columnName(false), to);
          this.i++;
        }
      }
      if (this.c() === ',') {
        this.i++;
        if (this.c() === ' ') this.i++;
        continue;
      }
      break;
    }
    this.checkItems(items);
    this.close(start);
  }

  /** A special item (#All … #This Row) inside brackets, up to its closing bracket. */
  private specialItem(): string {
    const at = this.i;
    const end = this.s.indexOf(']', this.i);
    if (end < 0) this.fail('unbalancedBrackets', 'en [ stängs aldrig', at - 1);
    const word = this.s.slice(this.i, end);
    const item = SPECIAL_ITEMS.get(word.toLowerCase());
    if (!item) {
      if (/^#this\s*row/i.test(word) || /^#@/.test(word)) this.fail('thisRow', `"${word}": #This Row står ensam inom [ ], t.ex. [[#This Row],[Kolumn]]`, at);
      this.fail('syntax', `"${word}" är ingen specialpost (#All, #Data, #Headers, #Totals, #This Row)`, at);
    }
    this.i = end;
    return item;
  }

  private checkItems(items: string[]): void {
    if (items.length === 0) return;
    const key = items.join(',');
    if (items.includes('#This Row') && items.length > 1) this.fail('thisRow', '#This Row går inte att kombinera med andra specialposter');
    if (['#All', '#Data', '#Headers', '#Totals', '#This Row', '#Headers,#Data', '#Data,#Totals'].includes(key)) return;
    this.fail('syntax', `specialposterna ${key} går inte att kombinera`);
  }

  private close(start: number): void {
    if (this.c() === ' ') this.i++;
    if (this.c() !== ']') {
      if (this.i >= this.s.length) this.fail('unbalancedBrackets', 'en tabellreferens stängs aldrig med ]', start);
      this.fail('syntax', `oväntat tecken "${this.c()}" i en tabellreferens`);
    }
    this.i++;
  }
}

/**
 * Parses a formula by Excel's grammar; throws a FormulaProblem (with its kind) where Excel would refuse it.
 * @example parseFormula('=SUM(IOP_Poster[[Belopp/år]])', { form: 'api', columnsOf: () => ['Belopp/år'] }).functions // ['SUM']
 */
export function parseFormula(formula: string, ctx: FormulaGrammarContext): FormulaUse {
  return new Parser(formula, ctx).parse();
}

/** The problem with a formula in words, or null when Excel takes it. */
export function formulaProblem(formula: string, ctx: FormulaGrammarContext): FormulaProblem | null {
  try {
    parseFormula(formula, ctx);
    return null;
  } catch (e) {
    if (e instanceof FormulaProblem) return e;
    throw e;
  }
}
