import { spawnSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { XMLParser } from 'fast-xml-parser';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestForBaseUrl, baseUrlFromEnv } = require('../scripts/manifest-url.js');

const ROOT = join(__dirname, '..');
const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, isArray: (name) => ['Url', 'Image', 'String', 'Runtime', 'Control', 'Set'].includes(name) });
const doc = parser.parse(xml).OfficeApp;
const host = doc.VersionOverrides.Hosts.Host;
const resources = doc.VersionOverrides.Resources;

type Res = { '@id': string; '@DefaultValue': string };
const urls = new Map<string, string>(resources.Urls.Url.map((u: Res) => [u['@id'], u['@DefaultValue']]));
const images = new Map<string, string>(resources.Images.Image.map((u: Res) => [u['@id'], u['@DefaultValue']]));
const strings = new Map<string, string>([...resources.ShortStrings.String, ...resources.LongStrings.String].map((u: Res) => [u['@id'], u['@DefaultValue']]));

describe('manifest.xml (checked offline)', () => {
  it('has a GUID id, Swedish locale and the Excel host', () => {
    expect(doc.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(doc.DefaultLocale).toBe('sv-SE');
    expect(doc.Hosts.Host['@Name']).toBe('Workbook');
    expect(host['@type']).toBe('Workbook');
  });

  it('wires one shared runtime: runtime, functions page, function file and task pane button use the same URL', () => {
    expect(doc.Requirements.Sets.Set.map((s: { '@Name': string }) => s['@Name'])).toContain('SharedRuntime');
    const runtime = host.Runtimes.Runtime[0];
    expect(runtime['@lifetime']).toBe('long');
    const resid = runtime['@resid'];
    const cf = host.AllFormFactors.ExtensionPoint;
    expect(cf['@type']).toBe('CustomFunctions');
    expect(cf.Page.SourceLocation['@resid']).toBe(resid);
    expect(host.DesktopFormFactor.FunctionFile['@resid']).toBe(resid);
    const tab = host.DesktopFormFactor.ExtensionPoint.OfficeTab;
    expect(tab['@id']).toBe('TabHome');
    const button = tab.Group.Control[0];
    expect(button.Action['@type']).toBe('ShowTaskpane');
    expect(button.Action.SourceLocation['@resid']).toBe(resid);
    expect(urls.get(resid)).toBe(doc.DefaultSettings.SourceLocation['@DefaultValue']);
    expect(strings.get(cf.Namespace['@resid'])).toBe('IOP');
    expect(urls.get(cf.Metadata.SourceLocation['@resid'])).toMatch(/\/functions\.json$/);
  });

  it('resolves every resid and uses https everywhere', () => {
    const residRefs = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    for (const id of residRefs) expect(urls.has(id) || images.has(id) || strings.has(id)).toBe(true);
    for (const value of [...urls.values(), ...images.values(), doc.IconUrl['@DefaultValue'], doc.HighResolutionIconUrl['@DefaultValue']]) {
      expect(value).toMatch(/^https:\/\//);
    }
  });

  it('names only icons that exist in assets/, in the sizes Office asks for', () => {
    const named = [...images.values(), doc.IconUrl['@DefaultValue'], doc.HighResolutionIconUrl['@DefaultValue']];
    for (const url of named) {
      const file = new URL(url).pathname.replace(/^\//, '');
      expect(existsSync(join(ROOT, file))).toBe(true);
      const png = readFileSync(join(ROOT, file));
      const size = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
      expect(png.readUInt32BE(16)).toBe(size); // PNG IHDR width
    }
    for (const size of [16, 32, 64, 80]) expect(existsSync(join(ROOT, `assets/icon-${size}.png`))).toBe(true);
  });

  it('rewrites every URL to the production base URL, and refuses a non-https base', () => {
    const prod = manifestForBaseUrl(xml, baseUrlFromEnv({ IOP_BASE_URL: 'https://iop.linkoping.se/tillagg' }));
    expect(prod).not.toMatch(/localhost/);
    expect(prod).toMatch(/<!-- Production manifest for https:\/\/iop\.linkoping\.se\/tillagg\/, written by npm run build/);
    expect(new XMLParser().parse(prod).OfficeApp).toBeDefined();
    expect(prod).toMatch(/https:\/\/iop\.linkoping\.se\/tillagg\/taskpane\.html/);
    expect(prod).toMatch(/<AppDomain>https:\/\/iop\.linkoping\.se<\/AppDomain>/);
    expect(baseUrlFromEnv({})).toBe('https://localhost:3000/');
    expect(() => baseUrlFromEnv({ IOP_BASE_URL: 'http://iop.se/' })).toThrow(/https/);
  });
});

describe("Microsoft's own manifest reader (office-addin-manifest, offline)", () => {
  it('reads the manifest as an Excel add-in', () => {
    // In a child process: the package pulls in ES modules that jest's CommonJS runtime cannot load.
    const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])
      .then((i) => process.stdout.write(JSON.stringify(i)), (e) => { process.stderr.write(String(e)); process.exit(1); })`;
    const run = spawnSync(process.execPath, ['-e', script, join(ROOT, 'manifest.xml')], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const info = JSON.parse(run.stdout);
    expect(info).toMatchObject({ id: doc.Id, hosts: ['Workbook'], version: '0.1.0.0' });
    expect(info.defaultSettings.sourceLocation).toBe('https://localhost:3000/taskpane.html');
  });
});

describe('functions.json metadata generated from the JSDoc', () => {
  it('lists every IOP function with a Swedish description', async () => {
    const result = await generateCustomFunctionsMetadata([join(ROOT, 'src/functions/functions.ts')], true);
    expect(result.errors).toEqual([]);
    const functions = JSON.parse(result.metadataJson).functions as { id: string; description: string; parameters: { name: string; description: string; optional?: boolean }[] }[];
    expect(functions.map((f) => f.id).sort()).toEqual(['ANDEL_AV_AR', 'BIDRAG', 'GILTIG_TILL', 'INDEX', 'LON', 'ORGNR', 'SUMMA', 'TIMKOSTNAD']);
    for (const f of functions) {
      expect(f.description).toMatch(/[a-zåäö]{3,}/);
      for (const p of f.parameters) expect(p.description.length).toBeGreaterThan(5);
    }
    const idx = functions.find((f) => f.id === 'INDEX')!;
    expect(idx.parameters.map((p) => [p.name, Boolean(p.optional)])).toEqual([['belopp', false], ['år', false], ['basår', true], ['sats', true], ['uppräkningsmånad', true]]);
    // IOP.BIDRAG's tables after its first three arguments, so calls written before them keep working.
    const bidrag = functions.find((f) => f.id === 'BIDRAG')!;
    expect(bidrag.parameters.map((p) => [p.name, Boolean(p.optional)])).toEqual([['poster', false], ['part', false], ['år', true], ['avtal', true], ['parter', true], ['belopp', true]]);
  });
});
