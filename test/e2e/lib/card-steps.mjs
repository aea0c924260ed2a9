// The checks on the example cards that the desktop (ui.mjs) and the web (web.mjs) extension share: the same hover,
// quick fix and status bar must show whichever extension host serves them.
import { animationsDone, focusQuickFix, goTo, openFile, runCommand, tokenBox, waitForText } from './workbench.mjs';

/** Workspace-relative paths of the example cards (examples/ is copied into each run's workspace). */
export const WEAK = 'weak-model/MODEL_CARD.md';
export const GOOD = 'good-model/README.md';

/** Hovering the `weights:` key of the good card shows the component's explanation and grade. */
export async function hoverOpennessKey(page) {
  await runCommand(page, 'View: Hide Panel');
  await openFile(page, GOOD);
  // The code lens appears once the server has linted the card; a hover requested earlier would come back empty.
  await waitForText(page, '.editor-instance .codelens-decoration', [/Openness: semi-open/]);
  const box = await tokenBox(page, 'weights: apache-2.0', 'weights');
  if (!box) throw new Error('the `weights:` key is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await waitForText(page, '.monaco-hover', [/Model Architecture and Weights/, /Grade: D5/]);
  await animationsDone(page, '.monaco-hover');
}

/** The weak card's quick-fix menu at line 1 offers the inferred `openness:` block (left focused in the menu). */
export async function focusOpennessFix(page) {
  await page.keyboard.press('Escape');
  await openFile(page, WEAK);
  await goTo(page, 1, 1);
  await focusQuickFix(page, /Add the inferred .openness:. block/);
}

/** Applies the focused openness fix: the block is written into the card. */
export async function applyOpennessFix(page) {
  await page.keyboard.press('Enter');
  await waitForText(page, '.editor-instance .monaco-editor .view-lines', [/openness:/, /pretraining_code: unknown/]);
}

/** The status bar shows the good card's openness level. */
export async function statusBarLevel(page) {
  await openFile(page, GOOD);
  await waitForText(page, '.part.statusbar', [/semi-open/]);
}
