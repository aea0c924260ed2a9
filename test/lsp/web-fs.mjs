// The VS Code web client's file reading (client/src/browser.ts `answer`) for protocol tests of the web server
// (web-host.mjs): answers modelcardLint/readFiles from the disk, inside the workspace folder only, refusing symbolic
// links, files over the request's limit and invalid UTF-8 with the same generic reasons. It counts the requests, so
// a test can tell what the server asked for.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Serve `client`'s readFiles requests from the files under `root`; returns the log of requested URIs. */
export function serveFiles(client, root) {
  const asked = [];
  client.conn.onRequest('modelcardLint/readFiles', ({ requests }) =>
    requests.map((r) => {
      asked.push(`${r.kind} ${r.uri}`);
      return answer(r, root);
    }),
  );
  return asked;
}

function answer(request, root) {
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
    return {
      status: 'entries',
      files: entries.filter((e) => e.isFile()).map((e) => e.name),
      dirs: entries.filter((e) => e.isDirectory()).map((e) => e.name),
    };
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
