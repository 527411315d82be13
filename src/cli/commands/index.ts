import type { CliCommand } from '../io';

/** Every `iop` subcommand; each lives in its own module beside this one. */
export const commands: CliCommand[] = [];
