import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

/** The flags the brief fixes: headless, no sandbox (root in CI), nothing fetched in the background. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/**
 * Debian's chromium, installed with apt when missing and we are root (CI's
 * `.ci/run` installs it first, so this is the fallback for a bare machine).
 * Returns why it is unavailable, or null when it is there.
 */
export function chromiumUnavailable(): string | null {
  if (existsSync(CHROMIUM)) return null;
  if (process.getuid?.() !== 0) return `${CHROMIUM} is missing and installing it needs root: apt-get install -y chromium`;
  try {
    execFileSync('bash', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'ignore', timeout: 600_000 });
  } catch (error) {
    return `${CHROMIUM} is missing and apt-get install chromium failed: ${(error as Error).message.split('\n')[0]}`;
  }
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} is still missing after apt-get install chromium`;
}
