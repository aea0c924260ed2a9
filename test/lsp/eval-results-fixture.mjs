// The workspace both servers' `.eval_results` tests start from (eval-results.test.mjs for the Node server,
// web-server.test.mjs for the web build): a copy of test/fixtures/eval-results (a card beside `.eval_results/gpqa.yaml`)
// in a new temporary directory, and the hover on the card's `## Evaluation` heading, so the two servers are held to
// the same card and the same words.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileUri } from './client.mjs';

export const FIXTURE = fileURLToPath(new URL('../fixtures/eval-results', import.meta.url));
/** A results file of another benchmark, for the tests that write one. */
export const RESULT = '- dataset: {id: cais/hle, task_id: default}\n  value: 20.9\n';
/** What the hover on `## Evaluation` says of the fixture's one results file. */
export const CREDITED_HOVER =
  /disclosed outside the card: 1 result in `\.eval_results\/gpqa\.yaml` \(Idavidrein\/gpqa 0\.412\), line 3\./;

/** A fresh copy of the fixture under the OS temp dir; `remove()` deletes it. */
export function evalResultsWorkspace(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(FIXTURE, dir, { recursive: true });
  const card = join(dir, 'README.md');
  return {
    dir,
    cardUri: fileUri(card),
    evalFile: join(dir, '.eval_results', 'gpqa.yaml'),
    readCard: () => readFileSync(card, 'utf8'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The markdown of the hover on the card's `## Evaluation` heading, as the card reads on disk now. */
export async function evaluationHover(client, ws) {
  const line = ws.readCard().split('\n').indexOf('## Evaluation');
  const hover = await client.request('textDocument/hover', {
    textDocument: { uri: ws.cardUri },
    position: { line, character: 4 },
  });
  return hover.contents.value;
}
