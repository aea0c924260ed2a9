// Builds (or watches) a set of esbuild targets and writes their merged metafile, for scripts/build.mjs (Node
// bundles) and scripts/build-web.mjs (web bundles); scripts/notices.mjs reads both metafiles.
import { writeFileSync } from 'node:fs';
import { build, context } from 'esbuild';

export async function bundleTargets(targets, { watch, metafile, label }) {
  if (watch) {
    for (const t of targets) await (await context(t)).watch();
    console.log(`watching ${label}…`);
    return;
  }
  const results = await Promise.all(targets.map((t) => build(t)));
  // One metafile per call, keyed like esbuild's own (inputs and outputs by path; no path is in two targets with
  // different contents).
  const meta = { inputs: {}, outputs: {} };
  for (const r of results) {
    Object.assign(meta.inputs, r.metafile.inputs);
    Object.assign(meta.outputs, r.metafile.outputs);
  }
  writeFileSync(metafile, JSON.stringify(meta));
}
