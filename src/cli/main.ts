import { isDomainError } from '../domain/errors';
import { CliCommand, CliError, CliIo } from './io';
import { commands } from './commands';
import { safeLine } from './terminal';

const VERSION = '0.1.0';

function help(): string {
  const lines = [
    'iop – IOP-avtal till Excel (idéburet offentligt partnerskap)',
    '',
    'Användning: iop <kommando> [argument]',
    '',
    'Kommandon:',
    ...commands.map((c: CliCommand) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    'Flaggor:',
    '  --help, -h  visa den här hjälpen (även: iop <kommando> --help)',
    '  --version   visa versionen',
  ];
  return lines.join('\n') + '\n';
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`iop: okänt kommando "${safeLine(name)}". Kör "iop --help" för att se kommandona.\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    // One line whatever the message holds: a file name's newline or escape sequence is shown escaped, not obeyed.
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`iop ${name}: ${safeLine(message)}\n`);
    // A domain rule that refuses a value (the range for money, a date) is the input's fault: exit 2 like a
    // refused file. Only an error no rule expected is exit 1, a bug to report.
    if (isDomainError(e)) return 2;
    return e instanceof CliError ? e.exitCode : 1;
  }
}
