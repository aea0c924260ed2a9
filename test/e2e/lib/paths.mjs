// Absolute paths shared by the e2e harness (code-server install, caches, screenshots, examples).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const E2E_DIR = join(ROOT, 'test/e2e');
export const E2E_CACHE = join(E2E_DIR, '.cache');
export const CODE_SERVER_DIR = join(E2E_DIR, 'code-server');
export const CODE_SERVER_BIN = join(CODE_SERVER_DIR, 'node_modules/.bin/code-server');
export const SCREENSHOTS = join(E2E_DIR, 'screenshots');
export const VSIX = join(ROOT, 'modelcard-lint.vsix');
export const EXAMPLES = join(ROOT, 'examples');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
