// The VS Code web client's file reading (client/src/browser.ts `answer`) for protocol tests of the web server
// (web-host.mjs): answers modelcardLint/readFiles from the disk, inside the workspace folder only, refusing symbolic
// links, files over the request's limit and invalid UTF-8 with the same generic reasons; a folder is listed by the
// client's own code (client/src/listing.ts, bundled here), capped at MAX_LIST_NAMES. It counts the requests, so a test
// can tell what the server asked for.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const bundle = buildSync({
  stdin: {
    contents:
      "export { listAnswer } from './client/src/listing.ts'; export { MAX_LIST_NAMES } from './server/src/protocol.ts';",
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'error',
});
const listing = await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].contents).toString('base64')}`
);
export const { MAX_LIST_NAMES } = listing;

/**
 * Serve `client`'s readFiles requests from the files under `root`; returns the log of requested URIs.
 * `extraFiles`: directory path → names listed there as regular files ahead of the real entries, which exist only in
 * listings (reading one answers missing): a folder of any size without creating it. `answers` receives every
 * `{ request, answer }`.
 */
export function serveFiles(client, root, { extraFiles = {}, answers } = {}) {
  const asked = [];
  client.conn.onRequest('modelcardLint/readFiles', ({ requests }) =>
    requests.map((r) => {
      asked.push(`${r.kind} ${r.uri}`);
      const a = answer(r, root, extraFiles);
      answers?.push({ request: r, answer: a });
      return a;
    }),
  );
  return asked;
}

function answer(request, root, extraFiles) {
  let path;
  try {
    path = fileURLToPath(request.uri);
  } catch {
    return { status: 'missing' };
  }
  if (path !== root && !path.startsWith(`${root}/`)) return { status: 'missing' };
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return { status: 'missing' };
  }
  if (request.kind === 'list') {
    if (!st.isDirectory()) return { status: 'missing' };
    const entries = readdirSync(path, { withFileTypes: true });
    return listing.listAnswer([
      ...(extraFiles[path] ?? []).map((name) => [name, 'file']),
      ...entries.map((e) => [e.name, e.isFile() ? 'file' : e.isDirectory() ? 'dir' : 'other']),
    ]);
  }
  if (st.isSymbolicLink()) return { status: 'refused', reason: 'is a symbolic link; not read' };
  if (!st.isFile()) return { status: 'refused', reason: 'is not a regular file; not read' };
  if (st.size > request.maxBytes)
    return { status: 'refused', reason: `is larger than ${Math.round(request.maxBytes / 1024)} KiB; not read` };
  try {
    return { status: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path)) };
  } catch {
    return { status: 'refused', reason: 'is not valid UTF-8; not read' };
  }
}
