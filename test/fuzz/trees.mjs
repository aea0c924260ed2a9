// Property test over file trees (issue 8): random small trees of cards, manifests, other files, symbolic links (inside,
// outside, dangling, loops, to directories), hard links and FIFOs, linted and fixed by the real CLI. Whatever the tree,
// the run answers (exit 0, 1 or 2, no crash, no hang), reports each file inside the tree once by its repository-relative
// path, never reads a file outside (a secret there never appears in the output), and `--fix` changes nothing outside.
//   node test/fuzz/trees.mjs [--runs N] [--seed S]
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const SECRET = 'TOP-SECRET-7f3a';
const CONTENTS = [
  '---\nlicense: mit\nlanguage: [en, no]\n---\n# Model card\n\n## Uses\n\nResearch.\n',
  '---\nlicense: not-a-licence\n---\n# Model Card\n',
  'framework:\n  name: Model Openness Framework\n  version: "1.0"\nrelease:\n  name: x\n  producer: y\n  components:\n  - name: Model card\n    license: MIT\n',
  '# Changelog\n\n- fixed things\n',
  'rules:\n  undisclosed-contact: off\n',
  `${SECRET}\n`,
];
const NAMES = ['README.md', 'MODEL_CARD.md', 'model.yml', 'notes.md', '.modelcard-lint.yaml', 'a b%#.md', 'x.yaml'];

/** One tree entry: a file, a directory, a link (target chosen among earlier entries, outside, dangling or the root), a
 * hard link to an earlier file, or a FIFO. */
const entry = fc.record({
  dir: fc.integer({ min: 0, max: 3 }),
  name: fc.constantFrom(...NAMES),
  kind: fc.constantFrom('file', 'file', 'file', 'dir', 'link', 'hardlink', 'fifo'),
  content: fc.integer({ min: 0, max: CONTENTS.length - 1 }),
  target: fc.constantFrom('earlier', 'outside-file', 'outside-dir', 'dangling', 'root', 'self-dir'),
});

export const treeArb = fc.array(entry, { minLength: 1, maxLength: 10 });

function build(spec) {
  const base = mkdtempSync(join(tmpdir(), 'mcl-tree-fuzz-'));
  const root = join(base, 'repo');
  const outside = join(base, 'outside');
  mkdirSync(root);
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.md'), `---\nlicense: mit\n---\n# ${SECRET}\n`);
  writeFileSync(join(outside, '.modelcard-lint.yaml'), 'ignores: ["**"]\n');
  const dirs = [root, join(root, 'a'), join(root, 'a', 'b'), join(root, 'c')];
  for (const d of dirs) mkdirSync(d, { recursive: true });
  const files = [];
  spec.forEach((e, i) => {
    const at = join(dirs[e.dir], `${i}-${e.name}`);
    try {
      if (e.kind === 'file') {
        writeFileSync(at, CONTENTS[e.content]);
        files.push(at);
      } else if (e.kind === 'dir') mkdirSync(at);
      else if (e.kind === 'fifo') spawnSync('mkfifo', [at]);
      else if (e.kind === 'hardlink' && files.length) linkSync(files[i % files.length], at);
      else if (e.kind === 'link') {
        const target =
          e.target === 'earlier' && files.length
            ? files[i % files.length]
            : e.target === 'outside-file'
              ? join(outside, 'secret.md')
              : e.target === 'outside-dir'
                ? outside
                : e.target === 'root'
                  ? root
                  : e.target === 'self-dir'
                    ? dirs[e.dir]
                    : join(base, 'nowhere');
        symlinkSync(target, at);
      }
    } catch {
      // a name collision: that entry is simply not there
    }
  });
  return { base, root, outside };
}

const snapshot = (dir) =>
  readdirSync(dir)
    .sort()
    .map((n) => `${n}:${readFileSync(join(dir, n), 'utf8')}:${statSync(join(dir, n)).mode}`)
    .join('|');

export function checkTree(spec) {
  const { base, root, outside } = build(spec);
  try {
    const before = snapshot(outside);
    const run = (args) =>
      spawnSync(process.execPath, [CLI, ...args], {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
        maxBuffer: 64 << 20,
      });
    for (const args of [
      ['--format', 'json', '.'],
      ['--format', 'json', '--fix', '.'],
      ['--format', 'sarif', '.'],
    ]) {
      const r = run(args);
      if (r.signal || r.error) throw new Error(`${args.join(' ')}: killed (${r.signal ?? r.error?.message})`);
      if (![0, 1, 2].includes(r.status)) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
      if ((r.stdout + r.stderr).includes(SECRET))
        throw new Error(`${args.join(' ')}: a file outside the tree was read`);
      if (args[2] === 'json' || args[1] === 'json') {
        const files = JSON.parse(r.stdout).results.map((x) => x.file);
        if (files.some((f) => f.startsWith('/') || f.startsWith('..')))
          throw new Error(`${args.join(' ')}: a path outside the tree: ${files}`);
        if (new Set(files).size !== files.length) throw new Error(`${args.join(' ')}: a file reported twice: ${files}`);
      }
    }
    if (snapshot(outside) !== before) throw new Error('--fix changed a file outside the tree');
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '200' }, seed: { type: 'string' } } });
  const seed = values.seed ? Number(values.seed) : Date.now() % 2 ** 31;
  console.log(`tree fuzz: ${values.runs} trees, seed ${seed}`);
  fc.assert(fc.property(treeArb, checkTree), { numRuns: Number(values.runs), seed });
  console.log('no failures');
}
