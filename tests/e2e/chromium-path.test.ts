import { describe, expect, it } from 'vitest';
import { CHROMIUM_CANDIDATES, extensionLoadMethod, findChromium, parseBrowserVersion } from './chromium-path';

const only = (...present: string[]) => (file: string) => present.includes(file);

describe('findChromium', () => {
  it('prefers CHROME_PATH over every usual location', () => {
    expect(findChromium({ CHROME_PATH: '/opt/my/chrome' }, only('/opt/my/chrome', '/usr/bin/chromium'))).toBe('/opt/my/chrome');
  });

  it('refuses a CHROME_PATH that does not exist instead of silently using another browser', () => {
    expect(() => findChromium({ CHROME_PATH: '/nope/chrome' }, only('/usr/bin/chromium'))).toThrow(/CHROME_PATH=\/nope\/chrome does not exist/);
  });

  it('takes the first usual location that exists, Debian chromium first', () => {
    expect(findChromium({}, only('/usr/bin/google-chrome', '/usr/bin/chromium'))).toBe('/usr/bin/chromium');
    expect(findChromium({}, only('/opt/google/chrome/chrome'))).toBe('/opt/google/chrome/chrome');
    expect(CHROMIUM_CANDIDATES).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
  });

  it('without any browser, fails with how to install one (never a silent skip)', () => {
    expect(() => findChromium({}, only())).toThrow(/apt-get install chromium.*CHROME_PATH/s);
  });
});

describe('browser version and how to load the extension', () => {
  it('tells branded Google Chrome from Chromium by its --version line', () => {
    expect(parseBrowserVersion('Google Chrome 137.0.7151.55 \n')).toEqual({ branded: true, major: 137, text: 'Google Chrome 137.0.7151.55' });
    expect(parseBrowserVersion('Chromium 156.0.8078.108 built on Debian GNU/Linux 12 (bookworm)')).toMatchObject({ branded: false, major: 156 });
  });

  it('uses the DevTools protocol only where --load-extension is ignored (Chrome 137+), unless forced', () => {
    expect(extensionLoadMethod(parseBrowserVersion('Google Chrome 137.0.1.2'), {})).toBe('cdp');
    expect(extensionLoadMethod(parseBrowserVersion('Google Chrome 136.0.1.2'), {})).toBe('flag');
    expect(extensionLoadMethod(parseBrowserVersion('Chromium 156.0.1.2'), {})).toBe('flag');
    expect(extensionLoadMethod(parseBrowserVersion('Chromium 156.0.1.2'), { EARSHOT_LOAD_EXTENSION: 'cdp' })).toBe('cdp');
  });
});
