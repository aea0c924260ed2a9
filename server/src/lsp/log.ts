// The server's log, sent to the client as window/logMessage (VS Code shows it in the "Model Card Lint" output) and
// filtered by the `modelcardLint.logLevel` setting: `info` says the server started and what Lint Workspace found, so a
// user can see it is alive; `debug` follows every lint. Errors are always written.
import type { RemoteConsole } from 'vscode-languageserver';

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** "1 file", "3 files": for messages the user reads. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export class ServerLog {
  level: LogLevel = 'info';

  constructor(private readonly console: Pick<RemoteConsole, 'error' | 'warn' | 'info' | 'debug'>) {}

  private on(level: LogLevel): boolean {
    return LOG_LEVELS.indexOf(level) <= LOG_LEVELS.indexOf(this.level);
  }

  error(message: string): void {
    this.console.error(message);
  }

  warn(message: string): void {
    if (this.on('warn')) this.console.warn(message);
  }

  info(message: string): void {
    if (this.on('info')) this.console.info(message);
  }

  debug(message: string): void {
    if (this.on('debug')) this.console.debug(message);
  }
}
