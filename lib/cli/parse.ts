// `npm run parse -- FILE [--url URL]`: prints one normalized record per line (NDJSON), warnings on stderr.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { parseInput, UnreadableInputError } from './parse-input';

const USAGE = 'usage: npm run parse -- FILE [--url URL]   (FILE: a .har, or one saved .json response / .html page with --url)';

function parseHtml(html: string, url: string): Document {
  // happy-dom (v20+) runs no page scripts by default; it must not fetch anything either: a saved page is data.
  const window = new Window({
    url,
    settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true, navigation: { disableMainFrameNavigation: true } },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

function main(argv: string[]): number {
  const urlFlag = argv.indexOf('--url');
  const url = urlFlag >= 0 ? argv[urlFlag + 1] : undefined;
  const files = argv.filter((arg, i) => !arg.startsWith('--') && (urlFlag < 0 || i !== urlFlag + 1));
  if (files.length !== 1 || (urlFlag >= 0 && !url)) {
    console.error(USAGE);
    return 1;
  }
  const file = files[0];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`parse: cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  try {
    const { records, warnings } = parseInput(file, text, { url, capturedAt: new Date().toISOString(), parseHtml });
    for (const warning of warnings) console.error(`warning: ${warning}`);
    if (records.length === 0) console.error(`warning: nothing recognized in ${file}`);
    process.stdout.write(records.map((record) => JSON.stringify(record) + '\n').join(''));
    return 0;
  } catch (error) {
    if (error instanceof UnreadableInputError) {
      console.error(`parse: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
