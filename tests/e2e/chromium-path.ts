// Where a Chromium-family browser lives, and whether it is branded Google Chrome (which, from
// version 137 on, ignores --load-extension and needs the DevTools protocol to load ours).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
] as const;

export const INSTALL_HINT =
  'No Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Chromium or Google Chrome) ' +
  'or point CHROME_PATH at a Chromium-family browser executable.';

export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (file: string) => boolean = existsSync,
  candidates: readonly string[] = CHROMIUM_CANDIDATES,
): string {
  const override = env.CHROME_PATH?.trim();
  if (override) {
    if (!exists(override)) throw new Error(`CHROME_PATH=${override} does not exist. ${INSTALL_HINT}`);
    return override;
  }
  const found = candidates.find((file) => exists(file));
  if (!found) throw new Error(`${INSTALL_HINT} Looked in: ${candidates.join(', ')}`);
  return found;
}

export interface BrowserVersion {
  branded: boolean;
  major: number;
  text: string;
}

/** `Google Chrome 137.0.7151.55` → branded; `Chromium 156.0.8078.108 built on Debian` → not. */
export function parseBrowserVersion(text: string): BrowserVersion {
  const major = Number(/(\d+)\.\d+\.\d+/.exec(text)?.[1] ?? 0);
  return { branded: /google chrome/i.test(text), major, text: text.trim() };
}

export function browserVersion(executablePath: string): BrowserVersion {
  // Debian's chromium wrapper prints a shell warning on stderr; only stdout carries the version.
  const text = execFileSync(executablePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 15_000 });
  return parseBrowserVersion(text);
}

export type ExtensionLoadMethod = 'flag' | 'cdp';

/** Branded Chrome 137+ dropped --load-extension; everything else still honours it. */
export function extensionLoadMethod(version: BrowserVersion, env: NodeJS.ProcessEnv = process.env): ExtensionLoadMethod {
  const forced = env.EARSHOT_LOAD_EXTENSION;
  if (forced === 'flag' || forced === 'cdp') return forced;
  return version.branded && version.major >= 137 ? 'cdp' : 'flag';
}
