// Playwright helpers for code-server's workbench: wait until it is ready, open files, run commands, read panels.

const DEFAULT_MS = 30_000;

/** Waits until the workbench shows the explorer with `file` listed (the remote file system is connected). */
export async function waitForWorkbench(page, file, timeout = 60_000) {
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout });
  await page.waitForSelector(`.explorer-folders-view .monaco-list-row[aria-label*="${file}"]`, { timeout });
}

async function quickInput(page, key, text, timeout) {
  await page.keyboard.press(key);
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(text);
}

/** Quick Open (Ctrl+P) a workspace-relative path and wait for its editor tab. */
export async function openFile(page, relPath, timeout = DEFAULT_MS) {
  const base = relPath.split('/').pop();
  await quickInput(page, 'Control+P', relPath, timeout);
  // Click the matching row: Enter could still hit a stale "recently opened" entry while the search refreshes.
  const row = page.locator(`.quick-input-list .monaco-list-row[aria-label*="${base}"]`).first();
  await row.waitFor({ state: 'visible', timeout });
  await row.click();
  await page.waitForSelector(`.tab.active[aria-label*="${base}"]`, { timeout });
  await page.waitForSelector('.editor-instance .monaco-editor .view-lines', { timeout });
}

/** Picks a command by its palette title (F1). */
async function chooseCommand(page, title, timeout) {
  await quickInput(page, 'F1', `>${title}`, timeout);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`, { timeout });
  await page.keyboard.press('Enter');
}

/** Runs a command by its palette title (F1), e.g. "View: Focus Problems". */
export async function runCommand(page, title, timeout = DEFAULT_MS) {
  await chooseCommand(page, title, timeout);
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout });
}

/** Runs a palette command that asks for a choice (e.g. "Output: Show Output Channels...") and picks the row labelled
 * `item`. */
export async function runCommandAndPick(page, title, item, timeout = DEFAULT_MS) {
  await chooseCommand(page, title, timeout);
  await page.locator(`.quick-input-list .monaco-list-row[aria-label="${item}"]`).click({ timeout });
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout });
}

/** The open editors as "File: Show All Editors By Appearance" lists them (each row's label names file and folder). */
export async function openEditors(page, timeout = DEFAULT_MS) {
  const title = 'File: Show All Editors By Appearance';
  await chooseCommand(page, title, timeout);
  await page.waitForFunction(
    (t) => {
      const rows = [...document.querySelectorAll('.quick-input-list .monaco-list-row')];
      return rows.length > 0 && !rows.some((r) => r.getAttribute('aria-label')?.includes(t));
    },
    title,
    { timeout },
  );
  const labels = await page
    .locator('.quick-input-list .monaco-list-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')));
  await page.keyboard.press('Escape');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout });
  return labels;
}

/** Moves the cursor with "Go to Line/Column" (Ctrl+G), `line` and `column` 1-based. */
export async function goTo(page, line, column = 1, timeout = DEFAULT_MS) {
  await quickInput(page, 'Control+G', `:${line}:${column}`, timeout);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout });
}

/** Waits until the innerText of all elements matching `selector` matches every pattern; returns that text. */
export async function waitForText(page, selector, patterns, timeout = DEFAULT_MS) {
  const sources = patterns.map((p) =>
    p instanceof RegExp ? [p.source, p.flags] : [p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), ''],
  );
  const handle = await page.waitForFunction(
    ([sel, pats]) => {
      const text = [...document.querySelectorAll(sel)]
        .map((el) => el.innerText)
        .join('\n')
        .replace(/\u00a0/g, ' ');
      return pats.every(([s, f]) => new RegExp(s, f).test(text)) ? text : null;
    },
    [selector, sources],
    { timeout, polling: 100 },
  );
  return handle.jsonValue();
}

/** Screen rectangle of the first editor token whose text is `word` on the view line containing `lineText`. */
export async function tokenBox(page, lineText, word) {
  return page.evaluate(
    ([lt, w]) => {
      const lines = [...document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')];
      const line = lines.find((l) => l.textContent.replace(/\u00a0/g, ' ').includes(lt));
      if (!line) return null;
      const span = [...line.querySelectorAll('span span')].find(
        (s) => s.textContent.trim() === w || s.textContent.trim().startsWith(w),
      );
      if (!span) return null;
      const r = span.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    },
    [lineText, word],
  );
}

/** Opens the quick-fix menu (Ctrl+.) at the cursor and moves the focus to the row matching `pattern`. The list is
 * virtual: it is walked with the keyboard until the wanted row is focused (and therefore rendered). */
export async function focusQuickFix(page, pattern) {
  await page.keyboard.press('Control+.');
  await page.waitForSelector('.action-widget .monaco-list-row');
  for (let i = 0; i < 120; i++) {
    const focused = await page
      .locator('.action-widget .monaco-list-row.focused')
      .innerText()
      .catch(() => '');
    if (pattern.test(focused)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no quick fix matching ${pattern} in the menu`);
}

/** Resolves when the CSS animations (e.g. a hover's fade-in) of the elements matching `selector` have finished. */
export async function animationsDone(page, selector) {
  await page.evaluate(async (sel) => {
    const els = [...document.querySelectorAll(sel)];
    await Promise.all(els.flatMap((el) => el.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => {}))));
  }, selector);
}
