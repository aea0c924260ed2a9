// `npm run test:e2e`: UI checks of the PACKAGED extension. Builds the .vsix, installs it into a fresh code-server,
// drives headless Debian Chromium and asserts what a person sees; one screenshot per step in test/e2e/screenshots/.
// MCL_UPDATE_DOC_IMAGES=1 also copies the README screenshots to docs/images/.
import { copyFileSync, cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyOpennessFix, focusOpennessFix, hoverOpennessKey, statusBarLevel, WEAK } from './lib/card-steps.mjs';
import { ROOT, SCREENSHOTS } from './lib/paths.mjs';
import { browserChecks } from './lib/steps.mjs';
import { openEditors, openFile, runCommand, runCommandAndPick, waitForText } from './lib/workbench.mjs';

const DOC_IMAGES = {
  '01-problems.png': 'problems-panel.png',
  '02-hover.png': 'hover.png',
  '06-report.png': 'openness-report.png',
};
// The card of the VS Code suite's Lint Workspace test (test/vscode/suite/07-workspace-log.test.js): no step opens it.
const UNOPENED = 'unopened/MODEL_CARD.md';
const UNOPENED_RULES = [
  'invalid-pipeline-tag',
  'missing-disclosures',
  'open-weights-closed-safety',
  'unassessed-risk-area',
  'undeclared-openness',
];
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

/** A pattern for `text` wherever the Output view wraps it (a line break where the text has a space). */
const wrapped = (text) =>
  new RegExp(
    text
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
  );

await browserChecks({
  label: 'test:e2e',
  prefix: 'e2e',
  title: 'UI checks (packaged .vsix in code-server 4.100.3)',
  workspace(dir) {
    mkdirSync(join(dir, 'unopened'));
    cpSync(join(ROOT, 'test/vscode/workspace', UNOPENED), join(dir, UNOPENED));
  },
  onPass() {
    if (process.env.MCL_UPDATE_DOC_IMAGES !== '1') return;
    mkdirSync(join(ROOT, 'docs/images'), { recursive: true });
    for (const [from, to] of Object.entries(DOC_IMAGES))
      copyFileSync(join(SCREENSHOTS, from), join(ROOT, 'docs/images', to));
    console.log(`copied ${Object.values(DOC_IMAGES).join(', ')} to docs/images/`);
  },
  async checks({ page, step }) {
    await step('Problems panel lists modelcard-lint diagnostics for a weak card', '01-problems.png', async () => {
      await openFile(page, WEAK);
      await runCommand(page, 'View: Focus Problems');
      await waitForText(page, '.markers-panel', [
        /modelcard-lint\W*unassessed-risk-area/,
        /modelcard-lint\W*missing-disclosures/,
      ]);
      // Info-level rows sit below the fold of the virtual list: filter the panel as a user would.
      const filter = page.locator('.viewpane-filter input');
      await filter.fill('undeclared');
      await waitForText(page, '.markers-panel', [/modelcard-lint\W*undeclared-openness/]);
      await filter.fill('');
      await waitForText(page, '.markers-panel', [/unassessed-risk-area/]);
    });

    await step('hovering an openness component key shows its explanation', '02-hover.png', () =>
      hoverOpennessKey(page),
    );

    await step('the quick-fix menu offers the openness fix', '03-quickfix-menu.png', () => focusOpennessFix(page));

    await step('applying the quick fix writes the openness block', '04-quickfix-applied.png', () =>
      applyOpennessFix(page),
    );

    await step('the status bar shows the openness level', '05-status-bar.png', () => statusBarLevel(page));

    await step('"Show Openness Report" renders the chart in a webview', '06-report.png', async () => {
      await runCommand(page, 'Model Card Lint: Show Openness Report');
      const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      await frame.locator('table.chart').waitFor({ state: 'visible' });
      const components = await frame.locator('table.chart .comp').count();
      if (components !== 12) throw new Error(`the chart shows ${components} components, expected 12`);
      await frame.locator('#level').getByText('semi-open').waitFor();
      // Each grade badge must be visible: white text on its grade colour (a blocked inline style leaves it invisible).
      const unstyled = await frame
        .locator('table.chart .comp .grade')
        .evaluateAll((els) =>
          els.filter((e) => getComputedStyle(e).backgroundColor === 'rgba(0, 0, 0, 0)').map((e) => e.textContent),
        );
      if (unstyled.length)
        throw new Error(
          `${unstyled.length} of 12 grade badges have no background colour (invisible): ${unstyled.join(', ')}`,
        );
    });

    await step(
      'the report\'s "EU documentation" tab shows the items table (its script runs under the CSP)',
      '07-eu-tab.png',
      async () => {
        const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
        await frame.locator('#tab-eu').click();
        await frame.locator('#eu table.eu').first().waitFor({ state: 'visible' });
        if (await frame.locator('table.chart').isVisible()) throw new Error('the openness chart is still shown');
        const rows = await frame.locator('#eu table.eu tbody tr').count();
        if (rows < 50) throw new Error(`the EU tab shows ${rows} items, expected the export's 50 or more`);
        await frame.locator('#eu-summary').getByText('filled').waitFor();
      },
    );

    let summary = '';
    await step(
      '"Lint Workspace": progress with Cancel, the summary (its counts in the status bar), findings of a card no editor has open',
      '08-lint-workspace.png',
      async () => {
        summary = await lintWorkspace(page);
      },
    );

    await step(
      'the "Model Card Lint" output shows the activation, the server start and the Lint Workspace summary',
      '09-output.png',
      async () => {
        await page.locator('.viewpane-filter input').fill('');
        await runCommand(page, 'View: Toggle Maximized Panel');
        await runCommandAndPick(page, 'Output: Show Output Channels...', 'Model Card Lint');
        await waitForText(page, '.part.panel .output-view .view-lines', [
          wrapped(`Model Card Lint ${VERSION} activated; starting the language server (Node process).`),
          wrapped(
            `Model Card Lint language server ${VERSION} started: 1 workspace folder, log level info (setting modelcardLint.logLevel).`,
          ),
          ...(summary ? [wrapped(`Lint Workspace: ${summary}`)] : []),
        ]);
      },
    );
  },
});

/** Runs Lint Workspace from the palette and checks what it shows; returns its summary ("4 files: …"). */
async function lintWorkspace(page) {
  // The progress notification may come and go between two polls: record every notification toast as it renders.
  await page.evaluate(() => {
    window.mclToasts = [];
    const record = () => {
      for (const t of document.querySelectorAll('.notification-toast')) {
        const buttons = [...t.querySelectorAll('.monaco-button')].map((b) => b.textContent.trim());
        const bar = t.querySelector('.monaco-progress-container');
        const progress = !!bar && !bar.classList.contains('done') && bar.style.display !== 'none';
        const seen = { text: t.innerText, buttons, progress };
        if (JSON.stringify(seen) !== JSON.stringify(window.mclToasts.at(-1))) window.mclToasts.push(seen);
      }
    };
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await runCommand(page, 'Model Card Lint: Lint Workspace');
  const counts = /Model Card Lint: ((\d+) files?: (\d+) errors?, (\d+) warnings?, (\d+) info(, \d+ hints?)?)/;
  const m = counts.exec(await waitForText(page, '.notifications-toasts', [counts]));
  const [, summary, files, errors, warnings, infos] = m;
  const toasts = await page.evaluate(() => window.mclToasts);
  if (!toasts.some((t) => /Model Card Lint/.test(t.text) && t.progress && t.buttons.includes('Cancel')))
    throw new Error(`no progress notification with a Cancel button was shown: ${JSON.stringify(toasts.slice(0, 5))}`);
  // Its end: the progress notification is gone once the summary is shown.
  await page.locator('.notification-toast .monaco-button', { hasText: 'Cancel' }).waitFor({ state: 'detached' });
  // The three examples and the unopened card.
  if (files !== '4') throw new Error(`the summary counts ${files} files, expected 4: ${summary}`);
  // What was published is what the summary counts: the status bar's problem counts (no other extension reports; the
  // item leaves out a zero info count, and hints are not counted there).
  await page.waitForFunction(
    (want) => {
      const item = document.getElementById('status.problems');
      const numbers = (item?.innerText ?? '').match(/\d+/g)?.join(' ');
      return numbers === want;
    },
    [errors, warnings, ...(infos === '0' ? [] : [infos])].join(' '),
  );
  // Lint Workspace opened no editor for the card (the picker of open editors names each with its folder).
  const editors = await openEditors(page);
  if (!editors.length || editors.some((e) => /unopened/.test(e)))
    throw new Error(`the open editors are ${JSON.stringify(editors)}; ${UNOPENED} must not be one of them`);
  // Its findings, in the Problems panel maximised so that every row of the filtered list renders (the next step
  // restores it).
  await runCommand(page, 'View: Focus Problems');
  await runCommand(page, 'View: Toggle Maximized Panel');
  await page.locator('.viewpane-filter input').fill('unopened/**');
  await page.waitForSelector('.markers-panel .monaco-list-row[aria-label*="in file MODEL_CARD.md of folder unopened"]');
  await page.waitForFunction((want) => {
    const codes = [...document.querySelectorAll('.markers-panel .marker-code')].map((e) => e.textContent.trim());
    return codes.sort().join(' ') === want;
  }, UNOPENED_RULES.join(' '));
  return summary;
}
