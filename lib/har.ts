// Reading HAR 1.2 archives (what DevTools "Save all as HAR" writes) into plain responses.

export interface HarResponse {
  url: string;
  status: number;
  mimeType: string;
  text: string;
}

export interface HarReadResult {
  responses: HarResponse[];
  /** Entries without a readable body (DevTools omits bodies of large or binary responses). */
  withoutBody: number;
}

export function looksLikeHar(value: unknown): boolean {
  return isObject(value) && isObject(value.log) && Array.isArray(value.log.entries);
}

export function readHar(har: unknown): HarReadResult {
  if (!looksLikeHar(har)) throw new Error('not a HAR file: expected {"log": {"entries": [...]}}');
  const entries = (har as { log: { entries: unknown[] } }).log.entries;
  const responses: HarResponse[] = [];
  let withoutBody = 0;
  for (const entry of entries) {
    const response = readEntry(entry);
    if (response) responses.push(response);
    else withoutBody++;
  }
  return { responses, withoutBody };
}

function readEntry(entry: unknown): HarResponse | undefined {
  if (!isObject(entry) || !isObject(entry.request) || !isObject(entry.response)) return undefined;
  const url = entry.request.url;
  const content = entry.response.content;
  if (typeof url !== 'string' || !isObject(content) || typeof content.text !== 'string') return undefined;
  const text = content.encoding === 'base64' ? decodeBase64Utf8(content.text) : content.text;
  return {
    url,
    status: typeof entry.response.status === 'number' ? entry.response.status : 0,
    mimeType: typeof content.mimeType === 'string' ? content.mimeType : '',
    text,
  };
}

function decodeBase64Utf8(base64: string): string {
  const binary = atob(base64);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null;
}
