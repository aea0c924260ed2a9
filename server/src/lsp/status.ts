// The `modelcardLint/status` notification: the client's status bar shows the active document's openness level,
// MOF class and stage; the tooltip lists the 12 component grades. Data only — the engine computed it. Only clients
// that asked for it in `initializationOptions` get it (protocol.ts, STATUS_OPTION).
import { STATUS_NOTIFICATION, type StatusParams } from '../protocol.js';
import type { LintResult } from '../engine/lint.js';
import { statusOf, type DocumentStatus } from '../engine/services/report/summary.js';
import type { ServerState } from './state.js';

export function sendStatus(state: ServerState, uri: string, result: LintResult | null): void {
  if (!state.statusNotification) return;
  const status: DocumentStatus | null = result ? statusOf(result) : null;
  const params: StatusParams = { uri, status };
  void state.connection.sendNotification(STATUS_NOTIFICATION, params);
}
