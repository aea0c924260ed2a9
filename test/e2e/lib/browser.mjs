// Launches Debian Chromium through playwright-core (never downloads a browser) and opens code-server workbenches.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './paths.mjs';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export function chromiumMissing() {
  return existsSync(CHROMIUM) ? null : `Chromium not found at ${CHROMIUM}: apt-get install -y chromium fonts-liberation (or set CHROMIUM_PATH)`;
}

/** A headless Chromium with a fresh temporary profile. */
export async function launchChromium() {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/** `vscode-remote://` URI of a server-side path as code-server's workbench expects it (remoteAuthority "remote"). */
export const remoteUri = (path) => `vscode-remote://remote${path}`;

/** The workbench URL for a folder, optionally with a development payload (extensionDevelopmentPath & co.). */
export function workbenchUrl(base, folder, payload) {
  let url = `${base}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}
