import { join } from 'path';
import { main } from '../../src/cli/main';
import type { InvoicePlanJson } from '../../src/cli/commands/fakturaplan';

/** `iop fakturaplan` on seed 000: the plan of the done-when, as text, as JSON and for one year. */
const seed000 = join(__dirname, '../fixtures/seeds/000.txt');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd: process.cwd() }, out, err };
}

describe('iop fakturaplan', () => {
  it('gives seed 000’s years to Linköpings kommun from Östergötlands Stadsmission as JSON', async () => {
    const { io, out } = capture();
    expect(await main(['fakturaplan', seed000, '--json'], io)).toBe(0);
    const [plan]: InvoicePlanJson[] = JSON.parse(out.join(''));
    expect(plan.issuer).toBe('Östergötlands Stadsmission');
    expect(plan.rows.map((r) => [r.party, r.period, r.amount])).toEqual([
      ['Linköpings kommun', 'helår 2024', 1_710_000],
      ['Linköpings kommun', 'helår 2025', 1_744_200],
    ]);
    expect([plan.reference, plan.marking]).toEqual(['150Z', 'ID 150010, AKTIVITET: 450211']);
  });

  it('limits the plan to one year with --ar and prints one line per period', async () => {
    const { io, out } = capture();
    expect(await main(['fakturaplan', seed000, '--ar', '2025'], io)).toBe(0);
    const text = out.join('');
    expect(text).toContain('helår 2025: 1\u00a0744\u00a0200 kr till Linköpings kommun');
    expect(text).not.toContain('helår 2024');
  });

  it('says on stderr when a plan counts from the overview’s year because no start is stated (seed 004)', async () => {
    const { io, out, err } = capture();
    expect(await main(['fakturaplan', join(__dirname, '../fixtures/seeds/004.txt'), '--ar', '2021'], io)).toBe(0);
    expect(out.join('')).toContain('Bro-modellen');
    expect(err.join('')).toContain('Bro-modellen: startdatum saknas – fakturaplanen räknas från 2021');
  });

  it('ends with exit 2 and one line for a bad year or no file', async () => {
    for (const args of [['fakturaplan', seed000, '--ar', 'tjugo'], ['fakturaplan']]) {
      const { io, out, err } = capture();
      expect(await main(args, io)).toBe(2);
      expect(out.join('')).toBe('');
      expect(err.join('').trim().split('\n')).toHaveLength(1);
    }
  });
});
