// `node test/e2e/web.mjs` (layer `web` of `npm test`): the WEB build (package.json `browser`, the language server in a web worker) in a real browser.
// The packaged .vsix is installed into a fresh code-server whose user settings put the extension in the web worker
// extension host (`remote.extensionKind: ["web"]`, the host vscode.dev and github.dev run), then headless Debian
// Chromium asserts what a user sees: diagnostics, a config file and `.eval_results/` found through `vscode.workspace.fs`, a hover and a
// quick fix. It also checks that no Node language server was started. Screenshots: test/e2e/screenshots/web-*.png.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyOpennessFix, focusOpennessFix, hoverOpennessKey, statusBarLevel, WEAK } from './lib/card-steps.mjs';
import { EXAMPLES } from './lib/paths.mjs';
import { browserChecks } from './lib/steps.mjs';
import { openFile, runCommand, waitForText } from './lib/workbench.mjs';

const EXTENSION_ID = 'modelcard-lint.modelcard-lint';
// Not named MODEL_CARD.md: Quick Open would offer both cards under the same name.
const CONFIGURED = 'configured/model-card.md';
// The weak card beside the Hub's `.eval_results/`, which make its evaluation disclosure (as on the desktop); a name
// no other file's contains, as openFile picks the first Quick Open row whose label holds it.
const EVALUATED = 'evaluated/modelcard.md';

/** Command lines of the processes in code-server's process group that run the Node language server. */
function nodeServersOf(pgid) {
  const ps = spawnSync('ps', ['-eo', 'pgid=,args='], { encoding: 'utf8' }).stdout ?? '';
  return ps
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith(`${pgid} `) && /modelcard-lint[^ ]*\/dist\/server\.js/.test(l));
}

const panelText = (p) => p.locator('.markers-panel').innerText();
const workerLogs = [];

await browserChecks({
  label: 'test:web',
  prefix: 'web',
  title: 'Web extension checks (web worker extension host, code-server 4.100.3)',
  // The web worker extension host, as in VS Code for the Web: the `browser` entry runs, `main` never does.
  settings: { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } },
  workspace(dir) {
    // A card whose config file (found by walking up, read through the client) turns a rule off.
    mkdirSync(join(dir, 'configured'));
    cpSync(join(EXAMPLES, WEAK), join(dir, CONFIGURED));
    writeFileSync(join(dir, 'configured/.modelcard-lint.yaml'), 'rules:\n  unassessed-risk-area: off\n');
    mkdirSync(join(dir, 'evaluated/.eval_results'), { recursive: true });
    cpSync(join(EXAMPLES, WEAK), join(dir, EVALUATED));
    writeFileSync(
      join(dir, 'evaluated/.eval_results/gpqa.yaml'),
      '- dataset: {id: Idavidrein/gpqa, task_id: diamond}\n  value: 0.412\n',
    );
  },
  beforeLoad(page) {
    page.on('console', (m) => {
      if (/modelcard|Model Card Lint/i.test(m.text())) workerLogs.push(m.text());
    });
  },
  async checks({ page, server, step, results }) {
    await step(
      'a config file found through vscode.workspace.fs applies in the web worker',
      'web-01-config.png',
      async () => {
        await openFile(page, CONFIGURED);
        await runCommand(page, 'View: Focus Problems');
        await waitForText(page, '.markers-panel', [/modelcard-lint\W*(undisclosed-|missing-disclosures)/]);
        const filter = page.locator('.viewpane-filter input');
        await filter.fill('unassessed-risk-area');
        // Every finding of a document arrives in one publish: with the rule off, the filter leaves nothing.
        await page.waitForFunction(
          () => !document.querySelector('.markers-panel .monaco-list-row[aria-label*="unassessed"]'),
        );
        if (/modelcard-lint\W*unassessed-risk-area/.test(await panelText(page)))
          throw new Error('unassessed-risk-area is reported although configured/.modelcard-lint.yaml turns it off');
        await filter.fill('');
        await runCommand(page, 'View: Close All Editors');
      },
    );

    await step('the Problems panel lists diagnostics from the web worker server', 'web-02-problems.png', async () => {
      await openFile(page, WEAK);
      await runCommand(page, 'View: Focus Problems');
      await waitForText(page, '.markers-panel', [
        /modelcard-lint\W*unassessed-risk-area/,
        /modelcard-lint\W*(undisclosed-|missing-disclosures)/,
      ]);
    });

    await step(
      'no Node language server process was started (the web worker serves)',
      'web-03-no-node.png',
      async () => {
        const procs = nodeServersOf(server.pid);
        if (procs.length) throw new Error(`a Node language server runs: ${procs.join(' | ')}`);
      },
    );

    await step('hovering an openness component key shows its explanation', 'web-04-hover.png', () =>
      hoverOpennessKey(page),
    );

    await step('a quick fix from the web worker applies', 'web-05-quickfix.png', async () => {
      await focusOpennessFix(page);
      await applyOpennessFix(page);
    });

    await step('the status bar shows the openness level', 'web-06-status-bar.png', () => statusBarLevel(page));

    await step(
      '.eval_results beside a card, read through vscode.workspace.fs, make its evaluation disclosure',
      'web-07-eval-results.png',
      async () => {
        await runCommand(page, 'View: Close All Editors');
        await openFile(page, EVALUATED);
        await runCommand(page, 'View: Focus Problems');
        // The card's other findings are there (its lint was published) ...
        await waitForText(page, '.markers-panel', [/modelcard-lint\W*unassessed-risk-area/]);
        const filter = page.locator('.viewpane-filter input');
        await filter.fill('undisclosed-evaluation');
        // ... and, every finding of a document arriving in one publish, the evaluation one is not. The filter is
        // fuzzy: it keeps undisclosed-safety-evaluation (which the card still has), and once only that is left the
        // short list is all on screen (a hidden row of the long unfiltered list would pass a check for an absent row).
        await page.waitForFunction(() => {
          const text = document.querySelector('.markers-panel')?.innerText ?? '';
          return !text.includes('unassessed-risk-area') && text.includes('undisclosed-safety-evaluation');
        });
        if (/modelcard-lint\W*undisclosed-evaluation/.test(await panelText(page)))
          throw new Error(`undisclosed-evaluation is reported although ${EVALUATED} has .eval_results beside it`);
        await filter.fill('');
      },
    );
    if (results.some((r) => !r.ok) && workerLogs.length)
      console.log(`browser console about Model Card Lint:\n  ${workerLogs.slice(-12).join('\n  ')}`);
  },
});
