// Launches Debian Chromium through playwright-core (never downloads a browser) and opens code-server workbenches.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './paths.mjs';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function chromiumMissing() {
  return existsSync(CHROMIUM)
    ? null
    : `Chromium not found at ${CHROMIUM}: apt-get install -y chromium fonts-liberation (or set CHROMIUM_PATH)`;
}

/** A headless Chromium with a fresh temporary profile; its XDG dirs point into a temp dir so nothing lands in $HOME. */
export async function launchChromium() {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  const home = mkdtempSync(join(tmpdir(), 'mcl-chromium-'));
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_CACHE_HOME: join(home, 'cache'),
    XDG_DATA_HOME: join(home, 'data'),
  };
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS, env });
  browser.on('disconnected', () => rmSync(home, { recursive: true, force: true }));
  return browser;
}

/** `vscode-remote://` URI of a server-side path as code-server's workbench expects it (remoteAuthority "remote"). */
export const remoteUri = (path) => `vscode-remote://remote${path}`;

/** The workbench URL for a folder, optionally with a development payload (extensionDevelopmentPath & co.). */
export function workbenchUrl(base, folder, payload) {
  let url = `${base}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}
