/** The CLI's contact with the world, injected so commands run in-process in tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Bytes to standard output (`-o -`); absent where there is none to write to (tests in-process). */
  stdoutBytes?: (bytes: Uint8Array) => void;
  /** True when standard output is a terminal, where a file's bytes are not written. */
  stdoutIsTerminal?: boolean;
}

/** A usage or input error: printed as one plain line on stderr, exit code 2, never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  run: (args: string[], io: CliIo) => Promise<number>;
}
