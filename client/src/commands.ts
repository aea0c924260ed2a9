// The extension's commands: Show Openness Report, Lint Workspace, New Model Card, Insert Risk Assessment.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node.js';
import { modelCardTemplate, riskAssessmentBlock } from '../../server/src/engine/services/templates.js';
import { ReportView } from './report-view.js';

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  const report = new ReportView(client);
  context.subscriptions.push(
    report,
    vscode.commands.registerCommand('modelcardLint.showReport', (uri?: string) =>
      report.show(uri ?? vscode.window.activeTextEditor?.document.uri.toString()),
    ),
    vscode.commands.registerCommand('modelcardLint.lintWorkspace', async () => {
      const summary = (await client.sendRequest(ExecuteCommandRequest.type, {
        command: 'modelcardLint.server.lintWorkspace',
        arguments: [],
      })) as { files: number; errors: number; warnings: number } | null;
      if (summary)
        void vscode.window.showInformationMessage(
          `Model Card Lint: ${summary.files} files, ${summary.errors} errors, ${summary.warnings} warnings.`,
        );
      return summary;
    }),
    vscode.commands.registerCommand('modelcardLint.newModelCard', async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: modelCardTemplate() });
      await vscode.window.showTextDocument(doc);
      return doc;
    }),
    vscode.commands.registerCommand('modelcardLint.insertRiskAssessment', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const text = editor.document.getText();
      const fm = /^---\r?\n[\s\S]*?\r?\n(---|\.\.\.)[ \t]*(\r?\n|$)/.exec(text);
      if (/^risk_assessment\s*:/m.test(fm?.[0] ?? '')) {
        void vscode.window.showInformationMessage('This card already has a risk_assessment block.');
        return;
      }
      const eol = editor.document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
      const block = riskAssessmentBlock().split('\n').join(eol);
      if (fm) {
        const closing = fm[0].lastIndexOf(fm[1]!);
        await editor.edit((b) => b.insert(editor.document.positionAt(closing), block + eol));
      } else {
        await editor.edit((b) => b.insert(new vscode.Position(0, 0), `---${eol}${block}${eol}---${eol}${eol}`));
      }
    }),
  );
}
