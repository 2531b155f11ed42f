// Reading what the dashboard's exports download: CSV (RFC 4180, as Excel reads it), PNG headers,
// PDF page objects. Small readers written for the specs, so an export is checked by its bytes.

export const UTF8_BOM = '\uFEFF';

/** Rows of a CSV text (BOM stripped): quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The header's index of the first column whose name matches. */
export function columnOf(header: string[], pattern: RegExp): number {
  const index = header.findIndex((name) => pattern.test(name));
  if (index < 0) throw new Error(`No column matching ${pattern} in CSV header ${JSON.stringify(header)}`);
  return index;
}

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which a valid PNG has right after its signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (!PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) throw new Error('not a PNG: signature missing');
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG: no IHDR chunk first');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Page objects (`/Type /Page`, not the `/Pages` tree) in a PDF Chromium wrote (dictionaries uncompressed). */
export function pdfPageCount(bytes: Buffer): number {
  return bytes.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

export function parseNdjson(text: string): any[] {
  return text.split('\n').filter((line) => line.trim() !== '').map((line, i) => {
    try {
      return JSON.parse(line);
    } catch {
      throw new Error(`NDJSON line ${i + 1} is not JSON: ${line.slice(0, 200)}`);
    }
  });
}
