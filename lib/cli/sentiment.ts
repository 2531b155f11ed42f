// `npm run sentiment -- [TEXT…]`, or one text per line on stdin: one JSON object per line,
// {"text","score" (-1..1),"label","confidence","lang","aspects","reasons","version"}.
import { readFileSync } from 'node:fs';
import { analyze } from '../sentiment';

const USAGE = 'usage: npm run sentiment -- TEXT [TEXT…]   or   echo TEXT | npm run sentiment   (one text per line)';

export function sentimentLine(text: string): string {
  return JSON.stringify({ text, ...analyze(text) });
}

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  let texts = argv;
  if (texts.length === 0) {
    if (process.stdin.isTTY) {
      console.error(USAGE);
      return 1;
    }
    texts = readFileSync(0, 'utf8').split(/\r?\n/).filter(line => line.trim());
  }
  process.stdout.write(texts.map(t => sentimentLine(t) + '\n').join(''));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
