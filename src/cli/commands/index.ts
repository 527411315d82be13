import type { CliCommand } from '../io';
import { fakturaplan } from './fakturaplan';
import { flerar } from './flerar';
import { importCommand } from './import';
import { oversikt } from './oversikt';
import { promemoria } from './promemoria';

/** Every `iop` subcommand; each lives in its own module beside this one. */
export const commands: CliCommand[] = [importCommand, oversikt, flerar, fakturaplan, promemoria];
