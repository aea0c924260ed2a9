// node/eval-results.ts for the web worker (substituted by scripts/build-web.mjs): the browser server does not read a
// card's `.eval_results/*.yaml` yet (prefetch.ts would have to list and read that folder through the client), so a
// card there is linted on its own text, as with any file the worker cannot see (docs/web.md says so).
import type { EvalResultsFinder as NodeEvalResultsFinder, EvalResultsRead } from '../../node/eval-results.js';

export class EvalResultsFinder implements Pick<NodeEvalResultsFinder, 'find'> {
  find(): EvalResultsRead {
    return { files: [], skipped: [] };
  }
}
