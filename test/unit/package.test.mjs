// The published packages (issue 12): `npm pack` of a copy of this checkout runs the prepack build and gives a tarball
// with only the release files; installed offline into a temporary prefix (no runtime dependencies: the bundles are
// self-contained) both bins work. The same `files` list makes the .vsix (vsce); THIRD_PARTY_NOTICES.md names every
// package the bundles contain, by esbuild's metafile.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { bundledPackages, METAFILES, readMeta } from '../../scripts/notices.mjs';
import { copyCheckout, ROOT } from './checkout-copy.mjs';
import { buildDist } from './cli-paths.mjs';

// Every directory the tests make lives here and goes at the end.
const TMP = mkdtempSync(join(tmpdir(), 'mcl-package-test-'));
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

// npm's own variables (set when this runs under `npm test`) would steer the nested npm commands.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));

const walk = (dir, base = dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name), base) : [join(dir, e.name).slice(base.length + 1)],
  );

/** One LSP message over stdio (Content-Length framing) and the first response with that id. */
function lspInitialize(bin, cacheHome) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ['--stdio'], { env: { ...env, XDG_CACHE_HOME: cacheHome } });
    let buf = Buffer.alloc(0);
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no initialize response in 20 s; stderr: ${stderr}`));
    }, 20_000);
    const send = (msg) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }));
      child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
      child.stdin.write(body);
    };
    const messages = [];
    child.stderr.on('data', (c) => (stderr += c));
    child.stdout.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        const head = buf.indexOf('\r\n\r\n');
        if (head < 0) return;
        const len = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, head).toString())[1]);
        if (buf.length < head + 4 + len) return;
        const msg = JSON.parse(buf.subarray(head + 4, head + 4 + len).toString());
        buf = buf.subarray(head + 4 + len);
        messages.push(msg);
        if (msg.id === 1) {
          send({ method: 'initialized', params: {} });
          send({ id: 2, method: 'shutdown' });
        }
        if (msg.id === 2) send({ method: 'exit' });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, messages, stderr });
    });
    send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
  });
}

describe('npm package', () => {
  let src;
  let packed;
  let tarball;
  const out = mkdtempSync(join(TMP, 'mcl-pack-out-'));
  after(() => rmSync(TMP, { recursive: true, force: true }));

  before(() => {
    buildDist();
    src = copyCheckout('pack-src-', TMP);
    symlinkSync(join(ROOT, 'node_modules'), join(src, 'node_modules'));
    // prepack runs here (the production build and the notices) in the copy, so the checkout's dist/ is not touched.
    const r = spawnSync('npm', ['pack', '--pack-destination', out, '--json'], {
      cwd: src,
      env,
      encoding: 'utf8',
      timeout: 300_000,
    });
    assert.equal(r.status, 0, r.stderr);
    packed = JSON.parse(r.stdout)[0];
    tarball = join(out, packed.filename);
  });

  it('package.json can be published and has no runtime dependencies', () => {
    assert.equal(PKG.private, undefined);
    assert.equal(PKG.license, 'Apache-2.0');
    assert.deepEqual(PKG.dependencies ?? {}, {});
    assert.equal(PKG.scripts.prepack, 'node scripts/build.mjs --production && node scripts/notices.mjs');
    assert.deepEqual(PKG.bin, { 'modelcard-lint': 'dist/cli.js', 'modelcard-lint-server': 'dist/server.js' });
  });

  it('the tarball holds only the bundles, schemas, docs, syntaxes, the icon, README, LICENSE, CHANGELOG and notices', () => {
    const files = packed.files.map((f) => f.path).sort();
    const expected = [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'THIRD_PARTY_NOTICES.md',
      'dist/cli.js',
      'dist/client.js',
      'dist/server-main.js',
      'dist/server.js',
      // The web extension (the same package.json is the .vsix manifest): its client and web-worker server, and the icon.
      'dist/web/client.js',
      'dist/web/server.js',
      'images/icon.png',
      'package.json',
      ...['docs', 'schemas', 'syntaxes'].flatMap((d) => walk(join(src, d)).map((f) => `${d}/${f}`)),
    ].sort();
    assert.deepEqual(files, expected);
    assert.ok(!files.some((f) => f.endsWith('.map')), 'no source maps');
    assert.ok(packed.size < 2 * 1024 * 1024, `tarball is ${packed.size} bytes`);
    // The prepack build is the production one: no source map, nor a comment pointing at one.
    for (const f of files.filter((x) => x.startsWith('dist/')))
      assert.ok(!readFileSync(join(src, f), 'utf8').includes('sourceMappingURL'), f);
  });

  it('the LICENSE is the full Apache-2.0 text under our copyright line', () => {
    const text = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
    assert.match(text, /^Copyright 2026 The Model Card Lint authors\n/);
    for (const s of [
      'Version 2.0, January 2004',
      'TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION',
      '9. Accepting Warranty or Additional Liability.',
      'END OF TERMS AND CONDITIONS',
    ])
      assert.ok(text.includes(s), s);
    assert.ok(text.length > 11_000);
  });

  it('installs offline into a temporary prefix and both bins run', async () => {
    const prefix = mkdtempSync(join(TMP, 'mcl-prefix-'));
    const r = spawnSync('npm', ['install', '--prefix', prefix, tarball, '--offline', '--no-audit', '--no-fund'], {
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.equal(r.status, 0, r.stderr);
    // Nothing but the package itself was installed: the bundles need no dependency.
    assert.deepEqual(
      readdirSync(join(prefix, 'node_modules')).filter((n) => !n.startsWith('.')),
      ['modelcard-lint'],
    );
    const bin = (n) => join(prefix, 'node_modules/.bin', n);

    const version = spawnSync(bin('modelcard-lint'), ['--version'], { env, encoding: 'utf8' });
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout.trim(), PKG.version);

    // The installed CLI lints: a card with an error exits 1, its finding in the JSON.
    const ws = mkdtempSync(join(TMP, 'mcl-installed-ws-'));
    writeFileSync(join(ws, 'MODEL_CARD.md'), '---\nlicense: not-a-licence\n---\n# Tiny\n\nA model.\n');
    const lint = spawnSync(bin('modelcard-lint'), ['--format', 'json', 'MODEL_CARD.md'], {
      cwd: ws,
      env,
      encoding: 'utf8',
    });
    assert.equal(lint.status, 1, lint.stderr);
    const report = JSON.parse(lint.stdout);
    assert.equal(report.results[0].kind, 'model-card');
    assert.ok(report.results[0].diagnostics.some((d) => d.rule === 'invalid-license-id'));

    const serverVersion = spawnSync(bin('modelcard-lint-server'), ['--version'], { env, encoding: 'utf8' });
    assert.equal(serverVersion.status, 0, serverVersion.stderr);
    assert.equal(serverVersion.stdout.trim(), PKG.version);

    // The installed server answers an LSP initialize over stdio and exits cleanly on shutdown + exit.
    const lsp = await lspInitialize(bin('modelcard-lint-server'), mkdtempSync(join(TMP, 'mcl-cache-')));
    const init = lsp.messages.find((m) => m.id === 1);
    assert.ok(init?.result?.capabilities, JSON.stringify(lsp.messages));
    assert.ok(init.result.capabilities.textDocumentSync !== undefined);
    assert.ok(lsp.messages.some((m) => m.id === 2 && m.result === null));
    assert.equal(lsp.code, 0, lsp.stderr);
  });

  it('the .vsix is made from the same files list (vsce refuses it beside a .vscodeignore)', () => {
    assert.equal(existsSync(join(ROOT, '.vscodeignore')), false);
    const vsce = join(ROOT, 'node_modules/@vscode/vsce/vsce');
    const r = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: src, env, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout.split('\n').filter(Boolean).sort();
    const inTarball = packed.files.map((f) => f.path).sort();
    assert.deepEqual(files, inTarball);
  });

  it('THIRD_PARTY_NOTICES.md names every package the bundles contain, with its licence text', () => {
    // The production metafile of the packed build, and the development one of this checkout: same packages.
    const notices = readFileSync(join(src, 'THIRD_PARTY_NOTICES.md'), 'utf8');
    assert.equal(
      notices,
      readFileSync(join(ROOT, 'THIRD_PARTY_NOTICES.md'), 'utf8'),
      'THIRD_PARTY_NOTICES.md is stale: npm run notices',
    );
    for (const dir of [src, ROOT]) {
      const pkgs = bundledPackages(readMeta(dir));
      assert.ok(pkgs.size >= 10, `${pkgs.size} packages`);
      for (const pkgDir of pkgs.keys()) {
        const { name, version, license } = JSON.parse(readFileSync(join(dir, pkgDir, 'package.json'), 'utf8'));
        assert.ok(notices.includes(`| ${name} | ${version} | ${license} |`), `${name}@${version} in the table`);
        assert.ok(notices.includes(`## ${name} ${version}\n`), `${name}@${version} has a section`);
      }
    }
    // Each section carries a licence file's text (every bundled package ships one today).
    const sections = notices.split('\n## ').slice(1);
    for (const s of sections)
      assert.match(s, /\n```+text\n[\s\S]*(Permission|Licensed|THE SOFTWARE|Redistribution)/, s.split('\n')[0]);
    // A build records its metafiles where the script reads them.
    for (const f of METAFILES) assert.ok(statSync(join(ROOT, f)).size > 0, f);
  });
});
