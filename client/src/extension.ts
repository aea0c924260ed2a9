// VS Code entry: starts the language server over IPC, then wires the status bar, the report view and the commands.
// The client computes nothing itself: every verdict arrives from the server. (VS Code for the Web: browser.ts.)
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node.js';
import { clientOptions, openOutput, startClient, type ModelCardLintApi } from './common.js';

export type { ModelCardLintApi } from './common.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ModelCardLintApi> {
  const output = openOutput(context, 'Node process');
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6019'] },
    },
  };
  client = new LanguageClient(
    'modelcardLint',
    'Model Card Lint',
    serverOptions,
    clientOptions(false, { docsBase: vscode.Uri.file(context.asAbsolutePath('docs/rules')).toString() }, output),
  );
  return startClient(context, client, output);
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
