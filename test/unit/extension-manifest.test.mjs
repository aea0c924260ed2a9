// The extension manifest (package.json `contributes`) matches the code: every command is registered, every setting
// is read by the server, grammars and schemas exist and the directive grammar matches real directives.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const read = (p) => readFileSync(new URL(p, root), 'utf8');

describe('extension manifest', () => {
  it('targets VS Code 1.100, is safe in untrusted workspaces and activates on Markdown and YAML', () => {
    assert.equal(pkg.engines.vscode, '^1.100.0');
    // Limited in untrusted workspaces: the settings that choose which files are read keep their defaults (issue 8).
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    const restricted = pkg.capabilities.untrustedWorkspaces.restrictedConfigurations;
    for (const key of Object.keys(pkg.contributes.configuration.properties)) {
      const choosesFiles = /files\.cards|workspace\.globs/.test(key);
      assert.equal(restricted.includes(key), choosesFiles, key);
    }
    for (const e of ['onLanguage:markdown', 'onLanguage:yaml']) assert.ok(pkg.activationEvents.includes(e), e);
    assert.deepEqual(pkg.bin, { 'modelcard-lint': 'dist/cli.js', 'modelcard-lint-server': 'dist/server.js' });
  });

  it('every contributed command is registered by the client', () => {
    const client = read('client/src/commands.ts');
    // A command id may be named by its constant in the shared protocol module.
    const constants = new Map(
      [...read('server/src/protocol.ts').matchAll(/export const (\w+) = '([^']+)'/g)].map((m) => [m[2], m[1]]),
    );
    for (const c of pkg.contributes.commands) {
      const literal = `registerCommand('${c.command}'`;
      const named = constants.has(c.command) ? `registerCommand(${constants.get(c.command)},` : null;
      assert.ok(client.includes(literal) || (named && client.includes(named)), c.command);
    }
  });

  it('every setting is read by the server (trace.server is read by vscode-languageclient, baseline.enable by the client)', () => {
    const settings = read('server/src/lsp/settings.ts');
    const field = {
      'files.cards': 'files',
      'codeLens.enable': 'codeLens',
      'inlayHints.enable': 'inlayHints',
      'workspace.globs': 'workspace',
    };
    for (const key of Object.keys(pkg.contributes.configuration.properties)) {
      const name = key.replace(/^modelcardLint\./, '');
      if (name === 'trace.server') continue;
      // Read by the client, which alone talks to VS Code's git extension (client/src/baseline.ts).
      if (name === 'baseline.enable') {
        assert.match(read('client/src/baseline.ts'), /get<boolean>\('baseline\.enable'/);
        continue;
      }
      const f = field[name] ?? name;
      assert.match(
        settings,
        new RegExp(`s\\.${f.replace(/\./g, '\\.')}\\b`),
        `${key} is never read in normalizeSettings`,
      );
      // One log per server, so its level is window-wide (server/src/lsp/log.ts); the others apply per folder.
      const scope = name === 'logLevel' ? 'window' : 'resource';
      assert.equal(pkg.contributes.configuration.properties[key].scope, scope, `${key} should be ${scope}-scoped`);
    }
  });

  it('schema and grammar files exist; the directive grammars match real directives', () => {
    for (const v of [...pkg.contributes.jsonValidation, ...pkg.contributes.yamlValidation])
      assert.ok(existsSync(new URL(v.url, root)), v.url);
    for (const g of pkg.contributes.grammars) {
      const grammar = JSON.parse(read(g.path));
      assert.equal(grammar.scopeName, g.scopeName);
    }
    const md = JSON.parse(read('syntaxes/directives-markdown.tmLanguage.json')).repository.directive;
    const m = new RegExp(md.begin).exec('<!-- modelcard-lint-disable-next-line undisclosed-contact -- reason -->');
    assert.equal(m[2], 'modelcard-lint-disable-next-line');
    const yaml = JSON.parse(read('syntaxes/directives-yaml.tmLanguage.json')).repository.directive;
    const y = new RegExp(yaml.match).exec('# modelcard-lint-disable-line ambiguous-yaml-boolean -- YAML 1.2 reader');
    assert.equal(y[2], 'modelcard-lint-disable-line');
    assert.equal(y[3].trim(), 'ambiguous-yaml-boolean');
    assert.equal(new RegExp(md.begin).exec('<!-- expect: x -->'), null);
  });

  it('the packaged files include both server files and the bundled rule docs', () => {
    // One whitelist for the .vsix and the npm tarball: vsce refuses a .vscodeignore beside a `files` list.
    assert.equal(existsSync(new URL('.vscodeignore', root)), false);
    for (const f of [
      'dist/client.js',
      'dist/server.js',
      'dist/server-main.js',
      'docs/',
      'schemas/',
      'syntaxes/',
      'THIRD_PARTY_NOTICES.md',
    ])
      assert.ok(pkg.files.includes(f), f);
  });
});
