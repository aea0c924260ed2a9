// Wraps every request handler: an exception in one feature is logged and the feature answers empty, so the
// server stays up (issue 5: "an exception in one feature never takes the server down"). A request the client
// cancelled before it ran is answered with the RequestCancelled error (-32800) without doing the work: at once when
// the cancellation is read while the request still waits in the queue (CANCEL_UNDISPATCHED), else when it is
// dispatched; one cancelled while running (handlers are synchronous) still returns its result, which LSP allows.
import {
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type ConnectionStrategy,
  type RequestMessage,
} from 'vscode-languageserver/node.js';

/** Where the server is in the LSP lifecycle: requests are answered only between `initialize` and `shutdown`. */
export const lifecycle = { initialized: false, shutdown: false };

/** The connection strategy of both servers (main.ts, browser/main.ts): a request cancelled while it still waits behind
 * others is answered RequestCancelled when the cancellation is read, instead of being run later (vscode-jsonrpc). */
export const CANCEL_UNDISPATCHED: ConnectionStrategy = {
  // vscode-jsonrpc passes only requests here (connection.ts, the `$/cancelRequest` callback).
  cancelUndispatched: (message) => {
    const { id, method } = message as RequestMessage;
    return {
      jsonrpc: '2.0',
      id,
      error: { code: LSPErrorCodes.RequestCancelled, message: `${method} cancelled before it ran` },
    };
  },
};

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
