// Bundles the engine (ESM, for tests and browsers), the CLI, the language server and the VS Code client with esbuild.
// Usage: node scripts/build.mjs [--watch] [--production]
import { bundleTargets } from './bundle-targets.mjs';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  target: 'node20',
  legalComments: 'none',
  // Rule checks are named after their rule so stack traces say which rule failed; keep those names in bundles.
  keepNames: true,
  // scripts/notices.mjs lists the third-party packages from what the bundles really contain (dist/metafile.json).
  metafile: true,
};

// ESM-only dependencies (fdir via tinyglobby) read import.meta.url, which a CommonJS bundle lacks.
const importMetaShim = 'var __importMetaUrl = require("url").pathToFileURL(__filename).href;';
const nodeCjs = { format: 'cjs', platform: 'node', define: { ...common.define, 'import.meta.url': '__importMetaUrl' } };

// `import pages from 'modelcard-lint:rule-docs'` (server/src/cli/formatters/rule-help.ts): the rule pages embedded in
// the CLI for SARIF's `help`, so the bundle needs no docs/ directory beside it however it is installed.
const ruleDocs = {
  name: 'rule-docs',
  setup(b) {
    b.onResolve({ filter: /^modelcard-lint:rule-docs$/ }, (args) => ({ path: args.path, namespace: 'rule-docs' }));
    b.onLoad({ filter: /.*/, namespace: 'rule-docs' }, () => {
      const pages = readdirSync('docs/rules')
        .filter((f) => f.endsWith('.md') && f !== 'README.md')
        .sort();
      return {
        contents: JSON.stringify(
          Object.fromEntries(pages.map((f) => [f.slice(0, -3), readFileSync(`docs/rules/${f}`, 'utf8')])),
        ),
        loader: 'json',
        watchFiles: pages.map((f) => `docs/rules/${f}`),
      };
    });
  },
};

const targets = [
  {
    ...common,
    entryPoints: ['server/src/engine/index.ts'],
    outfile: 'dist/engine.mjs',
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
  },
  // dist/cli.js is also the script of the CLI's worker threads (server/src/cli/pool.ts starts `new Worker(__filename)`,
  // main.ts turns into a worker when it finds itself in one): the pool needs no second bundle, so the npm package, the
  // GitHub Action (which ships dist/cli.js alone) and pre-commit get it without any change. Keep it one self-contained
  // file.
  {
    ...common,
    ...nodeCjs,
    plugins: [ruleDocs],
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node\n' + importMetaShim },
  },
  {
    ...common,
    ...nodeCjs,
    entryPoints: ['server/src/lsp/main.ts'],
    outfile: 'dist/server-main.js',
    banner: { js: importMetaShim },
  },
  {
    ...common,
    ...nodeCjs,
    entryPoints: ['client/src/extension.ts'],
    outfile: 'dist/client.js',
    external: ['vscode'],
    banner: { js: importMetaShim },
  },
].filter((t) => {
  try {
    readFileSync(t.entryPoints[0]);
    return true;
  } catch {
    return false;
  }
});

mkdirSync('dist', { recursive: true });
// A production build is what gets packed: source maps left by an earlier development build must not ship with it.
if (production) for (const f of readdirSync('dist')) if (f.endsWith('.map')) rmSync(`dist/${f}`);
// dist/server.js is the small loader that runs server-main.js through a V8 code cache.
copyFileSync('server/src/lsp/loader.cjs', 'dist/server.js');
chmodSync('dist/server.js', 0o755);

await bundleTargets(targets, { watch, metafile: 'dist/metafile.json', label: 'the Node bundles' });

// The web extension's bundles (client and the server in a web worker), with the same flags.
await import('./build-web.mjs');
