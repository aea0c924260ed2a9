// Wraps every request handler: an exception in one feature is logged and the feature answers empty, so the
// server stays up (issue 5: "an exception in one feature never takes the server down").
import type { Connection } from 'vscode-languageserver/node.js';

export function safe<P extends unknown[], R>(connection: Connection, name: string, fallback: R, fn: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      return await fn(...args);
    } catch (e) {
      connection.console.error(`modelcard-lint: ${name} failed: ${(e as Error)?.stack ?? String(e)}`);
      return fallback;
    }
  };
}
