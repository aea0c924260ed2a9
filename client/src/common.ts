// What the desktop client (extension.ts, a Node server over IPC) and the web client (browser.ts, a server in a web
// worker) share: the client options and the wiring of the status bar, the report view and the commands.
import * as vscode from 'vscode';
import type { BaseLanguageClient, DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import { BaselineSender } from './baseline.js';
import { registerCommands } from './commands.js';
import { StatusBar } from './status-bar.js';
import { STATUS_OPTION, type InitializationOptions } from '../../server/src/protocol.js';

/** What `activate` returns: integration tests read the status bar text through it. */
export interface ModelCardLintApi {
  client: BaseLanguageClient;
  statusText(): string;
  statusTooltip(): string;
  /** The server's code lens text for a document's change against the last commit (null: nothing compared). */
  baselineSummary(uri: string): string | null | undefined;
}

const LANGUAGES = ['markdown', 'yaml'];

/** Desktop: files on disk and untitled buffers. Web: also the virtual file systems of VS Code for the Web
 * (`vscode-vfs` on github.dev / vscode.dev, `vscode-remote` from a VS Code server, `vscode-test-web`). */
export function documentSelector(web: boolean): DocumentSelector {
  const schemes = web
    ? ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web', 'memfs']
    : ['file', 'untitled'];
  return LANGUAGES.flatMap((language) => schemes.map((scheme) => ({ scheme, language })));
}

/**
 * The "Model Card Lint" output, made at activation (before the server starts, so it is there even if the server
 * never comes up) and handed to the language client, which writes the server's log to it (setting
 * `modelcardLint.logLevel`, server/src/lsp/log.ts) and the protocol trace (`modelcardLint.trace.server`).
 */
export function openOutput(context: vscode.ExtensionContext, server: string): vscode.OutputChannel {
  const output = vscode.window.createOutputChannel('Model Card Lint');
  context.subscriptions.push(output);
  const version = (context.extension.packageJSON as { version?: string }).version ?? '?';
  output.appendLine(`Model Card Lint ${version} activated; starting the language server (${server}).`);
  return output;
}

export function clientOptions(
  web: boolean,
  initializationOptions: InitializationOptions,
  outputChannel: vscode.OutputChannel,
): LanguageClientOptions {
  return {
    documentSelector: documentSelector(web),
    synchronize: {
      configurationSection: 'modelcardLint',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.modelcard-lint.{yaml,yml,json}'),
    },
    // The status bar (status-bar.ts) listens for the status notification: ask the server for it.
    initializationOptions: { ...initializationOptions, [STATUS_OPTION]: true },
    outputChannel,
  };
}

/** Starts the client, then the status bar and commands that talk to it. */
export async function startClient(
  context: vscode.ExtensionContext,
  client: BaseLanguageClient,
  output: vscode.OutputChannel,
): Promise<ModelCardLintApi> {
  const status = new StatusBar(client);
  context.subscriptions.push(status);
  registerCommands(context, client);
  try {
    await client.start();
  } catch (e) {
    output.appendLine(`The language server did not start: ${(e as Error)?.message ?? String(e)}`);
    output.show(true);
    throw e;
  }
  status.start();
  const baselines = new BaselineSender(client);
  context.subscriptions.push(baselines);
  void baselines.start();
  return {
    client,
    statusText: () => status.text,
    statusTooltip: () => status.tooltipText,
    baselineSummary: (uri) => baselines.summaries.get(uri),
  };
}
