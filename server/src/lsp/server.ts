// Wires the LSP connection: capabilities, document sync, settings, and one handler per feature file.
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  ExecuteCommandRequest,
  type CancellationToken,
  type ExecuteCommandParams,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { VERSION } from '../engine/meta.js';
import { CONFIG_FILE_NAMES } from '../node/config-files.js';
import { codeActions, FIX_ALL_KIND } from './code-actions.js';
import { DiagnosticsScheduler } from './diagnostics.js';
import { codeLenses, completion, hover, inlay } from './features.js';
import {
  INSERT_RISK_ASSESSMENT_COMMAND,
  LINT_WORKSPACE_COMMAND,
  OPEN_DOCS_COMMAND,
  BASELINE_REQUEST,
  EU_EXPORT_REQUEST,
  REPORT_REQUEST,
  STATUS_OPTION,
  WRITE_OPENNESS_COMMAND,
  type InitializationOptions,
  type BaselineParams,
  type BaselineResponse,
  type EuExportParams,
  type EuExportResponse,
  type ReportParams,
  type ReportResponse,
} from '../protocol.js';
import { lifecycle, safe } from './safe.js';
import { normalizeSettings } from './settings.js';
import { ServerState, uriToPath } from './state.js';
import { lintWorkspace } from './workspace-lint.js';
import { EDIT_COMMANDS, runEditCommand } from './edit-commands.js';
import { Baselines } from './baseline.js';
import { euExport, reportResponse } from './report.js';
import { ConfigProblems } from './config-problems.js';
import { configChangedSince } from './config-check.js';
import { DEPENDENCY_WATCHERS, relintReaders } from './dependencies.js';
import { plural } from './log.js';

// Server-side command ids live under `.server.` so they never clash with the VS Code client's own commands
// (vscode-languageclient registers every advertised command with VS Code).

/** What differs between the Node server and the browser one (browser/main.ts). */
export interface ServerHooks {
  /** Fetch what a lint of `uri` reads before it runs (the browser server has no file system of its own). */
  prepare?: (state: ServerState, uri: string) => Promise<void>;
  /** Files changed on disk or were saved: drop what was fetched for them (the Node server checks mtimes instead). */
  filesChanged?: (uris: readonly string[]) => void;
  /** Called after each lint (the Node server caps its young generation there: node/young-generation.ts). */
  afterLint?: () => void;
}

export function startServer(connection: Connection, hooks: ServerHooks = {}): void {
  const documents = new TextDocuments(TextDocument);
  const state = new ServerState(connection, documents);
  const prepare = hooks.prepare;
  if (prepare) state.prepare = (uri) => prepare(state, uri);
  if (hooks.afterLint) state.afterLint = hooks.afterLint;
  let watchDynamically = false;
  let registerConfiguration = false;
  let workspaceFolderEvents = false;
  const configProblems = new ConfigProblems(connection, state);
  const diagnostics = new DiagnosticsScheduler(state, configProblems);
  const baselines = new Baselines();
  let lensRefresh = false;
  state.onConfigProblems = (outcome) => configProblems.show(outcome.problems);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    lifecycle.initialized = true;
    const caps = params.capabilities;
    state.supportsConfiguration = !!caps.workspace?.configuration;
    watchDynamically = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    // Registering needs dynamic registration; without it clients such as eglot warn on every start.
    registerConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    workspaceFolderEvents = !!caps.workspace?.workspaceFolders;
    lensRefresh = !!caps.workspace?.codeLens?.refreshSupport;
    const init = (params.initializationOptions ?? {}) as { [K in keyof InitializationOptions]?: unknown };
    if (typeof init.docsBase === 'string') state.docsBase = init.docsBase;
    state.statusNotification = init[STATUS_OPTION] === true;
    if (init.settings) state.initSettings = normalizeSettings(init.settings);
    const folders =
      params.workspaceFolders?.map((f) => uriToPath(f.uri)) ??
      (params.rootUri ? [uriToPath(params.rootUri)] : params.rootPath ? [params.rootPath] : []);
    state.workspaceFolders = folders;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', ' ', '-', '_'], resolveProvider: false },
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: true,
        executeCommandProvider: {
          commands: [OPEN_DOCS_COMMAND, LINT_WORKSPACE_COMMAND, INSERT_RISK_ASSESSMENT_COMMAND, WRITE_OPENNESS_COMMAND],
        },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'modelcard-lint', version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    if (state.supportsConfiguration && registerConfiguration)
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'modelcardLint' });
    if (watchDynamically) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: DEPENDENCY_WATCHERS.map((globPattern) => ({ globPattern })),
      });
    }
    // Only clients that announced workspace-folder support may be asked for folder events (it throws otherwise).
    if (workspaceFolderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
        state.workspaceFolders = [
          ...state.workspaceFolders.filter((f) => !removed.has(f)),
          ...e.added.map((f) => uriToPath(f.uri)),
        ];
        // Config discovery stops at the folders (node/config-files.ts): the chains change with them.
        state.session.forgetConfigs();
        diagnostics.relintAll();
      });
    }
    // The first line of the "Model Card Lint" output: the server is alive, and how to hear more (or less) from it.
    await state.refreshLogLevel();
    state.log.info(
      `Model Card Lint language server ${VERSION} started: ${plural(state.workspaceFolders.length, 'workspace folder')}, log level ${state.log.level} (setting modelcardLint.logLevel).`,
    );
  });

  connection.onShutdown(() => {
    lifecycle.shutdown = true;
  });

  connection.onDidChangeConfiguration((change) => {
    state.clearSettings();
    if (!state.supportsConfiguration) {
      const s = (change.settings as { modelcardLint?: unknown } | undefined)?.modelcardLint;
      if (s) state.initSettings = normalizeSettings(s);
    }
    void state.refreshLogLevel();
    diagnostics.relintAll();
  });

  connection.onDidChangeWatchedFiles((change) => {
    hooks.filesChanged?.(change.changes.map((c) => c.uri));
    if (change.changes.some((c) => CONFIG_FILE_NAMES.some((n) => c.uri.endsWith(`/${n}`)))) {
      state.log.info('A config file changed: re-linting the open documents.');
      state.session.forgetConfigs();
      configProblems.clear();
      diagnostics.relintAll();
      return;
    }
    relintReaders(state, diagnostics, change.changes, 'changed');
  });

  documents.onDidOpen((e) => diagnostics.schedule(e.document, true));
  documents.onDidChangeContent((e) => {
    if (state.cachedSettings(e.document.uri).run !== 'onType') return;
    diagnostics.schedule(e.document);
    // An open manifest's unsaved text is what the cards beside it are checked against.
    if (!ConfigProblems.isConfig(e.document.uri)) relintReaders(state, diagnostics, [e.document], 'typed');
  });
  documents.onDidSave((e) => {
    hooks.filesChanged?.([e.document.uri]);
    if (ConfigProblems.isConfig(e.document.uri)) {
      // A saved config file changes the settings of every card under it (clients without file watching included).
      state.session.forgetConfigs();
      configProblems.clear();
      diagnostics.relintAll();
      return;
    }
    // A saved `.eval_results/*.yaml` changes its cards' evaluation evidence (clients without file watching included).
    relintReaders(state, diagnostics, [e.document], 'changed');
    diagnostics.schedule(e.document, true);
    // Without file watching nothing reports a config file changed on disk: a save looks again (config-check.ts).
    if (!watchDynamically)
      void configChangedSince(state, e.document.uri).then((changed) => {
        if (!changed) return;
        state.log.info('A config file changed on disk: re-linting the open documents.');
        state.session.forgetConfigs();
        configProblems.clear();
        diagnostics.relintAll();
      });
  });
  documents.onDidClose((e) => {
    state.forget(e.document.uri);
    baselines.forget(e.document.uri);
    diagnostics.clear(e.document.uri);
    // A manifest closed unsaved: the cards beside it read the file again.
    if (!ConfigProblems.isConfig(e.document.uri)) relintReaders(state, diagnostics, [e.document], 'closed');
  });

  connection.onCodeAction(safe(connection, 'code actions', [], (params) => codeActions(state, params)));
  connection.onHover(
    safe(connection, 'hover', null, (params, token) => {
      const doc = documents.get(params.textDocument.uri);
      return doc && !token.isCancellationRequested ? hover(state, doc, params.position) : null;
    }),
  );
  connection.onCompletion(
    safe(connection, 'completion', [], (params, token) => {
      const doc = documents.get(params.textDocument.uri);
      return doc && !token.isCancellationRequested ? completion(state, doc, params.position) : [];
    }),
  );
  connection.onCodeLens(
    safe(connection, 'code lens', [], (params, token) => {
      const doc = documents.get(params.textDocument.uri);
      return doc && !token.isCancellationRequested ? codeLenses(state, doc, baselines) : [];
    }),
  );
  connection.languages.inlayHint.on(
    safe(connection, 'inlay hints', [], (params, token) => {
      const doc = documents.get(params.textDocument.uri);
      return doc && !token.isCancellationRequested ? inlay(state, doc, params.range) : [];
    }),
  );

  connection.onRequest(
    REPORT_REQUEST,
    safe(connection, 'report', null, (params: ReportParams): ReportResponse | null => {
      const doc = documents.get(params.uri);
      return doc ? reportResponse(state, doc, baselines, params.systemicRisk) : null;
    }),
  );

  connection.onRequest(
    EU_EXPORT_REQUEST,
    safe(connection, 'EU export', null, (params: EuExportParams): EuExportResponse | null => {
      const doc = documents.get(params.uri);
      return doc
        ? euExport(state, doc, {
            uri: params.uri,
            format: params.format === 'json' ? 'json' : 'markdown',
            systemicRisk: params.systemicRisk,
          })
        : null;
    }),
  );

  connection.onRequest(
    BASELINE_REQUEST,
    safe(connection, 'baseline', { summary: null }, (params: BaselineParams): BaselineResponse => {
      const text = typeof params.text === 'string' ? params.text : null;
      baselines.set(String(params.uri), typeof params.ref === 'string' ? params.ref.slice(0, 100) : 'HEAD', text);
      const doc = documents.get(params.uri);
      const view = doc ? baselines.view(state, doc) : null;
      if (lensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
      return { summary: view?.summary ?? null };
    }),
  );

  // Registered as a plain request, not with onExecuteCommand: that one takes `workDoneToken` out of the params before
  // the handler sees them (vscode-languageserver's attachWorkDone), so the handler could not tell whether the client
  // passed a token.
  connection.onRequest(
    ExecuteCommandRequest.type,
    safe(connection, 'command', null, async (params: ExecuteCommandParams, token: CancellationToken) => {
      if (params.command === OPEN_DOCS_COMMAND) {
        const ruleId = String(params.arguments?.[0] ?? '');
        if (!/^[a-z0-9-]+$/.test(ruleId)) return null;
        await connection.window.showDocument({ uri: state.docsHref(ruleId), external: !state.docsBase });
        return null;
      }
      if (params.command === LINT_WORKSPACE_COMMAND) {
        // A client that passed a progress token owns the progress and cancels the request (the VS Code client,
        // client/src/commands.ts); others get server-created progress, whose Cancel (window/workDoneProgress/cancel)
        // stops the lint too.
        if (params.workDoneToken !== undefined)
          return lintWorkspace(state, connection.window.attachWorkDoneProgress(params.workDoneToken), [token]);
        const created = await connection.window.createWorkDoneProgress();
        return lintWorkspace(state, created, [token, created.token]);
      }
      if (params.command === INSERT_RISK_ASSESSMENT_COMMAND)
        return runEditCommand(connection, state, documents, params.arguments?.[0], EDIT_COMMANDS.riskAssessment);
      if (params.command === WRITE_OPENNESS_COMMAND)
        return runEditCommand(connection, state, documents, params.arguments?.[0], EDIT_COMMANDS.opennessFromManifest);
      return null;
    }),
  );

  documents.listen(connection);
  connection.listen();
}
