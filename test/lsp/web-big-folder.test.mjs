// A hostile folder for the web build: more entries than the client lists (MAX_LIST_NAMES, server/src/protocol.ts).
// The client names only the first MAX_LIST_NAMES in name order, whatever order the file system gives; the card beside
// them is still linted with its manifest and `.eval_results`, and Lint Workspace says it did not see everything. The
// folder's extra names exist only in the listings web-fs.mjs answers with (client/src/listing.ts), not on disk.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TestClient, fileUri } from './client.mjs';
import { evalResultsWorkspace } from './eval-results-fixture.mjs';
import { MAX_LIST_NAMES, serveFiles } from './web-fs.mjs';

const WEB_SERVER = fileURLToPath(new URL('./web-host.mjs', import.meta.url));
// The card says `license: apache-2.0`; this manifest disagrees, so the mismatch shows the manifest was read.
const MANIFEST =
  'framework:\n  name: Model Openness Framework\n  version: "1.0"\nrelease:\n  name: M\n  components:\n  - name: Model parameters (Final)\n    license: llama3\n';
// Listed ahead of the real entries and sorting after them (`x` > `R`, `m`, `.`): only a sort by name keeps the card.
const extra = Array.from({ length: MAX_LIST_NAMES }, (_, i) => `x-${String(i).padStart(6, '0')}.bin`);
const codesOf = (p) => p.diagnostics.map((d) => d.code);

describe('web server: a folder with more entries than the client lists', () => {
  let client;
  let ws;
  const answers = [];

  before(async () => {
    ws = evalResultsWorkspace('mcl-web-big-');
    writeFileSync(join(ws.dir, 'model.yml'), MANIFEST);
    client = new TestClient({ server: WEB_SERVER });
    serveFiles(client, ws.dir, { extraFiles: { [ws.dir]: extra }, answers });
    await client.initialize({ rootPath: ws.dir });
    await client.open(ws.cardUri, ws.readCard());
  });
  after(() => {
    client.kill();
    ws.remove();
  });

  it('the card is linted: its manifest and its results beside the crowd are read', async () => {
    const p = await client.waitForDiagnostics(ws.cardUri);
    assert.ok(codesOf(p).includes('card-manifest-mismatch'), codesOf(p).join(' '));
    assert.ok(!codesOf(p).includes('undisclosed-evaluation'), codesOf(p).join(' '));
  });

  it('the folder is listed with MAX_LIST_NAMES names, the first in name order, and marked truncated', () => {
    const listed = answers.filter((a) => a.request.kind === 'list' && a.request.uri === fileUri(ws.dir));
    assert.ok(listed.length >= 1);
    for (const { answer } of listed) {
      assert.equal(answer.status, 'entries');
      assert.equal(answer.truncated, true);
      assert.equal(answer.files.length + answer.dirs.length, MAX_LIST_NAMES);
      assert.deepEqual(answer.dirs, ['.eval_results']);
      // The three real entries, then the extra names up to the cap; the last 3 extra names are left out.
      assert.deepEqual(answer.files.slice(0, 2), ['README.md', 'model.yml']);
      assert.deepEqual(answer.files.slice(2), extra.slice(0, MAX_LIST_NAMES - 3));
    }
  });

  it('Lint Workspace lints the card and the manifest and says it stopped short', async () => {
    const summary = await client.request('workspace/executeCommand', {
      command: 'modelcardLint.server.lintWorkspace',
      arguments: [],
    });
    assert.equal(summary.files, 2, summary.message);
    assert.equal(summary.stopped, 'budget', summary.message);
    assert.match(summary.message, /\(stopped: too many files in the workspace\)/);
  });
});
