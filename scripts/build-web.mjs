// Bundles the web extension for VS Code for the Web (vscode.dev, github.dev, web worker extension hosts) with esbuild:
// dist/web/client.js (package.json `browser`, CommonJS for the extension host, `vscode` external) and
// dist/web/server.js (the language server as a classic web worker script). The server is the Node server's own code
// (lsp/server.ts, node/session.ts, the engine); the modules that read files (node/config-files, companions,
// eval-results, read-file, walk) are replaced by their browser versions in server/src/lsp/browser/, which ask the
// client to read through `vscode.workspace.fs`. No Node built-in reaches a bundle: anything else that asks for one fails the build.
// Usage: node scripts/build-web.mjs [--watch] [--production]
import { bundleTargets } from './bundle-targets.mjs';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const BROWSER_DIR = join(ROOT, 'server/src/lsp/browser');

/** node/<name>.js imported from anywhere but the browser directory → server/src/lsp/browser/<name>.ts. */
const SUBSTITUTED = ['config-files', 'companions', 'eval-results', 'read-file', 'walk'];
/** Built-ins that have a browser shim; any other `node:` or bare built-in import fails the build. */
const SHIMS = { 'node:fs': 'node-fs', 'node:path': 'node-path', 'node:url': 'node-url' };
const BUILTINS = new Set(
  ['assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'module', 'net', 'os', 'path'].concat([
    'process',
    'stream',
    'string_decoder',
    'tty',
    'url',
    'util',
    'v8',
    'vm',
    'worker_threads',
    'zlib',
  ]),
);

const browserServer = {
  name: 'browser-server',
  setup(b) {
    const NODE_DIR = join(ROOT, 'server/src/node');
    const substituted = new RegExp(`(^|/)(${SUBSTITUTED.join('|')})\\.js$`);
    b.onResolve({ filter: substituted }, (args) => {
      if (args.importer.startsWith(BROWSER_DIR + '/')) return undefined;
      const name = substituted.exec(args.path)[2];
      if (resolve(args.resolveDir, args.path) !== join(NODE_DIR, `${name}.js`)) return undefined;
      return { path: join(BROWSER_DIR, `${name}.ts`) };
    });
    b.onResolve({ filter: /^vscode-languageserver\/node(\.js)?$/ }, (args) =>
      b.resolve('vscode-languageserver/browser.js', { kind: args.kind, resolveDir: args.resolveDir }),
    );
    b.onResolve({ filter: /^node:|^[a-z_/]+$/ }, (args) => {
      if (SHIMS[args.path]) return { path: join(BROWSER_DIR, 'shims', `${SHIMS[args.path]}.ts`) };
      const bare = args.path.replace(/^node:/, '');
      if (args.path.startsWith('node:') || BUILTINS.has(bare))
        return {
          errors: [{ text: `Node built-in "${args.path}" in the browser server (imported by ${args.importer})` }],
        };
      return undefined;
    });
  },
};

/** The client may import only `vscode` and browser-safe modules: the same built-in guard, without substitutions. */
const noBuiltins = {
  name: 'no-node-builtins',
  setup(b) {
    b.onResolve({ filter: /^node:|^[a-z_/]+$/ }, (args) => {
      const bare = args.path.replace(/^node:/, '');
      if (args.path.startsWith('node:') || BUILTINS.has(bare))
        return {
          errors: [{ text: `Node built-in "${args.path}" in the browser client (imported by ${args.importer})` }],
        };
      return undefined;
    });
  },
};

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  define: { __VERSION__: JSON.stringify(pkg.version), 'process.env.NODE_ENV': '"production"' },
  platform: 'browser',
  mainFields: ['browser', 'module', 'main'],
  target: 'es2022',
  legalComments: 'none',
  keepNames: true,
  metafile: true,
  absWorkingDir: ROOT,
};

const targets = [
  {
    ...common,
    entryPoints: ['client/src/browser.ts'],
    outfile: 'dist/web/client.js',
    format: 'cjs',
    external: ['vscode'],
    plugins: [noBuiltins],
  },
  {
    ...common,
    entryPoints: ['server/src/lsp/browser/main.ts'],
    outfile: 'dist/web/server.js',
    format: 'iife',
    plugins: [browserServer],
  },
];

mkdirSync(join(ROOT, 'dist/web'), { recursive: true });
// A production build is what gets packed: no source map of an earlier development build stays beside it.
if (production)
  for (const f of readdirSync(join(ROOT, 'dist/web'))) if (f.endsWith('.map')) rmSync(join(ROOT, 'dist/web', f));
// Kept apart from dist/metafile.json (the Node bundles'); scripts/notices.mjs reads both.
await bundleTargets(targets, { watch, metafile: join(ROOT, 'dist/web/metafile.json'), label: 'the web bundles' });
