// Raw records as NDJSON: one stored row per line, exactly as kept, so nothing is lost or reinterpreted.
/** Lines end in \n, including the last; JSON escapes any newline inside a text, so a record never spans lines. */
export function toNdjson(rows: Iterable<unknown>): string {
  let text = '';
  for (const row of rows) text += `${JSON.stringify(row)}\n`;
  return text;
}
