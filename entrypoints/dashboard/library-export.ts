// The three export files of the library, from the examples the user is looking at (in that order).
import type { EarshotDb } from '../../lib/db';
import { t } from '../../lib/i18n';
import { exportBundle } from '../../lib/swipe/bundle-export';
import { examplesToCsv } from '../../lib/swipe/csv';
import { examplesToNdjson, ZEESCHUIMER_PLATFORMS } from '../../lib/swipe/ndjson';
import type { ExportKind } from '../../lib/swipe/ui-inputs';
import type { Platform } from '../../lib/model';
import { platformName } from '../../components/platformName';
import { readExamples } from '../../components/swipe/queries';

export interface ExportedFile {
  text: string;
  mime: string;
  written: number;
  /** Examples left out: NDJSON only has platforms Zeeschuimer/4CAT know. */
  skipped: number;
}

export async function exportFile(db: EarshotDb, kind: ExportKind, ids: readonly string[], now = new Date(), userAgent = navigator.userAgent): Promise<ExportedFile> {
  if (kind === 'bundle') {
    const bundle = await exportBundle(db, now, ids);
    return { text: JSON.stringify(bundle), mime: 'application/json', written: bundle.examples.length, skipped: 0 };
  }
  const { examples, records } = await readExamples(db, ids);
  if (kind === 'csv') return { text: examplesToCsv(examples, records), mime: 'text/csv;charset=utf-8', written: examples.length, skipped: 0 };
  const ndjson = examplesToNdjson(examples, records, userAgent);
  if (ndjson.lines === 0) {
    const known = (Object.keys(ZEESCHUIMER_PLATFORMS) as Platform[]).map(platformName).join(', ');
    throw new Error(t('library_ndjsonNone', known));
  }
  return { text: ndjson.text, mime: 'application/x-ndjson', written: ndjson.lines, skipped: ndjson.skipped };
}
