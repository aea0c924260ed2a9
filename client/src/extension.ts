// VS Code entry: starts the language server over IPC, then wires the status bar, the report view and the commands.
// The client computes nothing itself: every verdict arrives from the server.
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node.js';
import { registerCommands } from './commands.js';
import { StatusBar } from './status-bar.js';

let client: LanguageClient | undefined;

/** What `activate` returns: integration tests read the status bar text through it. */
export interface ModelCardLintApi {
  client: LanguageClient;
  statusText(): string;
  statusTooltip(): string;
}

export async function activate(context: vscode.ExtensionContext): Promise<ModelCardLintApi> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6019'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', language: 'yaml' },
      { scheme: 'untitled', language: 'yaml' },
    ],
    synchronize: {
      configurationSection: 'modelcardLint',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.modelcard-lint.{yaml,yml,json}'),
    },
    initializationOptions: { docsBase: vscode.Uri.file(context.asAbsolutePath('docs/rules')).toString() },
    outputChannelName: 'Model Card Lint',
  };
  client = new LanguageClient('modelcardLint', 'Model Card Lint', serverOptions, clientOptions);
  const status = new StatusBar(client);
  context.subscriptions.push(status);
  registerCommands(context, client);
  await client.start();
  status.start();
  return { client, statusText: () => status.text, statusTooltip: () => status.tooltipText };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
