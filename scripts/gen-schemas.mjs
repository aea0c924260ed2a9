// Generates schemas/*.schema.json from the zod definitions in server/src/engine/schema/ (DESIGN §3: keys are
// defined once in zod). The schema modules are bundled with esbuild into a temporary module, so this script needs
// no build of the whole engine. `--check` fails instead of writing when a committed file differs.
// Usage: node scripts/gen-schemas.mjs [--check]   ·   imported by test/unit/schemas.test.mjs (generateSchemas()).
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SCHEMA_DIR = join(root, 'server/src/engine/schema');
const BASE_ID = 'https://raw.githubusercontent.com/modelcard-lint/modelcard-lint/main/schemas/';

/** The schemas to generate: output file, title, the export that holds the zod schema, and its module. */
const TARGETS = [
  {
    file: 'card-front-matter.schema.json',
    title: 'Model card front matter (Hugging Face metadata + Model Card Lint extension keys)',
    module: 'card.ts',
    exportName: 'cardFrontMatterSchema',
  },
  {
    file: 'config.schema.json',
    title: 'Model Card Lint configuration (.modelcard-lint.yaml / .json)',
    module: 'config.ts',
    exportName: 'configSchema',
  },
  {
    file: 'mof-manifest.schema.json',
    title: 'Model Openness Framework release manifest (model.yml)',
    module: 'manifest.ts',
    exportName: 'manifestSchema',
    optional: true,
  },
];

/** Targets whose module exists and exports the schema (the manifest schema is written by another module owner). */
function availableTargets() {
  return TARGETS.filter((t) => {
    const path = join(SCHEMA_DIR, t.module);
    if (!existsSync(path)) return false;
    return new RegExp(`export\\s+(?:const|let|var)\\s+${t.exportName}\\b|export\\s*\\{[^}]*\\b${t.exportName}\\b`).test(
      readFileSync(path, 'utf8'),
    );
  });
}

/** Bundle the schema modules plus zod into one temporary ESM file and import it: { z, <exportName>… }. */
export async function loadSchemas(targets = availableTargets()) {
  const contents = [
    "export { z } from 'zod';",
    ...targets.map((t) => `export { ${t.exportName} } from './${t.module.replace(/\.ts$/, '.js')}';`),
    // The rule registries, for the config schema's rule ids (ruleProperties).
    "export { RULES } from '../rules/index.js';",
    "export { DIFF_RULES } from '../diff/rules.js';",
  ].join('\n');
  const out = await build({
    stdin: { contents, resolveDir: SCHEMA_DIR, loader: 'ts', sourcefile: 'gen-schemas-entry.ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'node20',
    logLevel: 'silent',
    define: { __VERSION__: '"0.0.0-schema"' },
  });
  const dir = mkdtempSync(join(tmpdir(), 'mcl-schemas-'));
  const file = join(dir, 'schemas.mjs');
  try {
    writeFileSync(file, out.outputFiles[0].text);
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The config's `rules:` maps list every lint rule and diff rule id with its description, so the editor's YAML and
 * JSON support completes them. Other keys stay allowed by the schema: the engine reports unknown ids with a
 * did-you-mean (engine/config.ts), and a second report from the schema would only repeat it. */
function addRuleIds(json, mod) {
  const properties = {};
  for (const { meta } of mod.RULES) properties[meta.id] = { description: meta.description };
  for (const { meta } of mod.DIFF_RULES)
    properties[meta.id] = { description: `Diff rule (\`modelcard-lint diff\`): ${meta.description}` };
  const maps = [json.properties.rules, json.properties.overrides.items.properties.rules];
  for (const map of maps) {
    const severity = map.additionalProperties;
    map.properties = Object.fromEntries(Object.entries(properties).map(([id, p]) => [id, { ...severity, ...p }]));
  }
}

/** Deterministic JSON Schema text of every available target: { file → text }. */
export async function generateSchemas() {
  const targets = availableTargets();
  const mod = await loadSchemas(targets);
  const files = {};
  for (const t of targets) {
    const json = mod.z.toJSONSchema(mod[t.exportName], {
      target: 'draft-2020-12',
      io: 'input',
      unrepresentable: 'any',
    });
    if (t.file === 'config.schema.json') addRuleIds(json, mod);
    const { $schema, ...rest } = json;
    const doc = { $schema, $id: BASE_ID + t.file, title: t.title, ...rest };
    files[t.file] = JSON.stringify(doc, null, 2) + '\n';
  }
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const files = await generateSchemas();
  const drift = [];
  for (const [name, text] of Object.entries(files)) {
    const path = join(root, 'schemas', name);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    drift.push(`schemas/${name}`);
    if (!check) writeFileSync(path, text);
  }
  if (check && drift.length) {
    console.error(`schemas out of date (run npm run gen:schemas):\n  ${drift.join('\n  ')}`);
    process.exit(1);
  }
  if (!check) console.log(drift.length ? `wrote ${drift.join(', ')}` : 'schemas up to date');
}
