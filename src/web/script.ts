import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The web page's scripts, in load order, read from src/web/client/: real files that
 * `tsconfig.web.json` type-checks against the DOM, served exactly as written (the page's
 * CSP names each one's hash). The path is taken from the package root, so the same files
 * serve whether this module runs from src/ (tests, tsx) or from dist/ (npm start).
 */
export const WEB_SCRIPT_FILES = ['outcome.js', 'date-preview.js', 'page.js'] as const;
const CLIENT = join(__dirname, '..', '..', 'src', 'web', 'client');
export const WEB_SCRIPTS: readonly string[] = WEB_SCRIPT_FILES.map((file) => readFileSync(join(CLIENT, file), 'utf8').trim());
