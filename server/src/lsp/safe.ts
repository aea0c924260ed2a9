// Wraps every request handler: an exception in one feature is logged and the feature answers empty, so the
// server stays up (issue 5: "an exception in one feature never takes the server down"). A request the client
// cancelled before it ran is answered with the RequestCancelled error (-32800) without doing the work; one
// cancelled while running (handlers are synchronous) still returns its result, which LSP allows.
import {
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
} from 'vscode-languageserver/node.js';

/** Where the server is in the LSP lifecycle: requests are answered only between `initialize` and `shutdown`. */
export const lifecycle = { initialized: false, shutdown: false };

function tokenOf(args: unknown[]): CancellationToken | undefined {
  return args.find(
    (a): a is CancellationToken => !!a && typeof (a as CancellationToken).isCancellationRequested === 'boolean',
  );
}

export function safe<P extends unknown[], R>(
  connection: Connection,
  name: string,
  fallback: R,
  fn: (...args: P) => R | Promise<R>,
): (...args: P) => Promise<R | ResponseError<void>> {
  return async (...args: P) => {
    if (!lifecycle.initialized)
      return new ResponseError(ErrorCodes.ServerNotInitialized, `${name}: the server is not initialized`);
    if (lifecycle.shutdown) return new ResponseError(ErrorCodes.InvalidRequest, `${name}: the server is shutting down`);
    if (tokenOf(args)?.isCancellationRequested)
      return new ResponseError(LSPErrorCodes.RequestCancelled, `${name} cancelled`);
    try {
      return await fn(...args);
    } catch (e) {
      connection.console.error(`modelcard-lint: ${name} failed: ${(e as Error)?.stack ?? String(e)}`);
      return fallback;
    }
  };
}
