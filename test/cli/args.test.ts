import { parseCommandArgs } from '../../src/cli/args';

const spec = { values: { '--ut': 'out', '-o': 'out', '--ar': 'year', '--år': 'year' }, booleans: ['--json'] };

describe('parseCommandArgs', () => {
  it('reads files, several spellings of one option, a short flag and --flag=value', () => {
    const r = parseCommandArgs(['a.docx', '-o', 'x.xlsx', '--år=2026', 'b.pdf', '--json'], spec);
    expect(r.files).toEqual(['a.docx', 'b.pdf']);
    expect(r.flags).toEqual({ out: 'x.xlsx', year: '2026' });
    expect([...r.bools]).toEqual(['--json']);
  });

  it('refuses an unknown flag and a flag without its value in plain Swedish', () => {
    expect(() => parseCommandArgs(['a.docx', '--okand'], spec)).toThrow(/okänd flagga --okand/);
    expect(() => parseCommandArgs(['a.docx', '--ar'], spec)).toThrow(/--ar behöver ett värde/);
    expect(() => parseCommandArgs(['--ut='], spec)).toThrow(/--ut behöver ett värde/);
  });
});
