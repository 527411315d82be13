import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { XMLParser } from 'fast-xml-parser';

/**
 * The manifest declares the requirement sets the code needs: every Excel API member the add-in's code uses,
 * resolved by the type checker to its declaration in @types/office-js, carries Microsoft's "[Api set: ExcelApi
 * 1.x]" note; the highest of those is the ExcelApi version the manifest must require. A member of a newer set is
 * allowed only in a file that asks Office.context.requirements.isSetSupported for it and works without it.
 */
const ROOT = path.resolve(__dirname, '../../..');
const SOURCES = ['src/writers/officejs', 'src/functions', 'src/taskpane'];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const version = (v: string) => v.split('.').map(Number).reduce((n, part, i) => n + part / 100 ** i, 0);

interface Use {
  member: string;
  set: string;
  version: string;
  file: string;
}

function apiUses(): Use[] {
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const roots = SOURCES.flatMap((d) => files(path.join(ROOT, d)));
  const program = ts.createProgram(roots, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const file of roots) {
    const source = program.getSourceFile(file)!;
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        for (const decl of symbol?.declarations ?? []) {
          const declFile = decl.getSourceFile().fileName;
          if (!declFile.includes('@types/office-js')) continue;
          const text = decl.getFullText();
          const m = /\[Api set: (ExcelApi|SharedRuntime) ([\d.]+)/.exec(text.slice(0, text.length - decl.getText().length));
          if (m) uses.push({ member: node.name.text, set: m[1], version: m[2], file: path.relative(ROOT, file) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

function guards(file: string): Map<string, string> {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const out = new Map<string, string>();
  for (const m of text.matchAll(/isSetSupported\('(\w+)', '([\d.]+)'\)/g)) out.set(m[1], m[2]);
  return out;
}

function manifestSets(): Map<string, string> {
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));
  const sets = xml.OfficeApp.Requirements.Sets.Set;
  return new Map((Array.isArray(sets) ? sets : [sets]).map((s: { Name: string; MinVersion: string }) => [s.Name, s.MinVersion]));
}

describe('requirement sets: the manifest and the code agree', () => {
  const uses = apiUses();
  const declared = manifestSets();

  it('finds the Excel API the add-in uses (the scan itself works)', () => {
    const members = new Set(uses.map((u) => u.member));
    for (const m of ['getRangeByIndexes', 'onChanged', 'autoFilter', 'formulasR1C1', 'getItemOrNullObject', 'freezePanes']) expect(members).toContain(m);
  });

  it('declares ExcelApi at the highest version the unguarded code needs, and no higher', () => {
    const minimum = version(declared.get('ExcelApi') ?? '1.1');
    const guardedBy = (u: Use) => version(guards(u.file).get('ExcelApi') ?? '0') >= version(u.version);
    // Needed: everything the declared version covers, and anything newer that no isSetSupported guards.
    const needed = uses.filter((u) => u.set === 'ExcelApi' && (version(u.version) <= minimum || !guardedBy(u)));
    const highest = needed.reduce((max, u) => (version(u.version) > version(max.version) ? u : max));
    const over = needed.filter((u) => version(u.version) > minimum);
    expect(over.map((u) => `${u.file}: ${u.member} (ExcelApi ${u.version})`)).toEqual([]);
    expect(declared.get('ExcelApi')).toBe(highest.version);
    const atHighest = new Set(needed.filter((u) => u.version === highest.version).map((u) => u.member));
    expect([...atHighest].sort()).toEqual(expect.arrayContaining(['autoFilter', 'onChanged']));
  });

  it('uses members of a newer set only behind isSetSupported', () => {
    const guarded = uses.filter((u) => u.set === 'ExcelApi' && version(u.version) > version(declared.get('ExcelApi')!));
    expect(guarded.map((u) => `${u.member} ${u.version} ${u.file}`)).toEqual(['triggerSource 1.14 src/functions/settingsSync.ts']);
  });

  it('declares the shared runtime the functions and the pane share', () => {
    expect(declared.get('SharedRuntime')).toBe('1.1');
  });
});
