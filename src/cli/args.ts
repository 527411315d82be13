import { parseArgs } from 'node:util';
import { CliError } from './io';

export interface FlagSpec {
  /** Flags (with their dashes) and the option each sets, e.g. { '-o': 'out', '--ut': 'out' }. */
  values?: Record<string, string>;
  /** Flags without a value, e.g. ['--json']. */
  booleans?: string[];
}

export interface ParsedArgs {
  files: string[];
  flags: Record<string, string>;
  bools: Set<string>;
}

/**
 * `FILE... --flag value` through node:util's parseArgs, with several spellings per option (Swedish with and
 * without å/ä) and plain Swedish messages for unknown flags and missing values.
 */
export function parseCommandArgs(args: string[], spec: FlagSpec): ParsedArgs {
  const values = spec.values ?? {};
  const booleans = spec.booleans ?? [];
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  const optionOf = (flag: string) => flag.replace(/^--?/, '');
  for (const flag of Object.keys(values)) {
    if (/^-[^-]$/.test(flag)) continue;
    options[optionOf(flag)] = { type: 'string' };
  }
  for (const flag of booleans) options[optionOf(flag)] = { type: 'boolean' };
  // A one-letter flag is the short form of the first long flag setting the same option.
  for (const [flag, target] of Object.entries(values)) {
    if (!/^-[^-]$/.test(flag)) continue;
    const long = Object.keys(values).find((f) => f.startsWith('--') && values[f] === target);
    if (long) options[optionOf(long)].short = flag.slice(1);
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const flag = /'(-[^' ]+)/.exec((e as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = Object.keys(values).find((f) => flag === f || flag.startsWith(`${f} `) || flag.startsWith(`${f},`)) ?? flag;
      throw new CliError(`${name} behöver ett värde (${values[name] ?? 'ett värde'}).`);
    }
    throw new CliError(`okänd flagga ${flag || args.find((a) => a.startsWith('-') && a !== '-')}.`);
  }
  const flags: Record<string, string> = {};
  const bools = new Set<string>();
  for (const [option, value] of Object.entries(parsed.values)) {
    const flag = Object.keys(values).find((f) => optionOf(f) === option && f.startsWith('--'));
    if (flag && typeof value === 'string') {
      if (value === '') throw new CliError(`${flag} behöver ett värde (${values[flag]}).`);
      flags[values[flag]] = value;
    } else if (value === true) bools.add(`--${option}`);
  }
  return { files: parsed.positionals, flags, bools };
}

export function parseYear(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const year = Number(text);
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw new CliError(`--ar ska vara ett årtal, t.ex. 2025 (fick "${text}").`);
  return year;
}
