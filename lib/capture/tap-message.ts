// The isolated collector hears every window message of the page, including the page's own and
// forged ones: only well-formed tap messages get through, copied field by field.
import { TAP_CHANNEL, type TapMessage } from '../messages';

type Fields = Record<string, unknown>;

export function isTapChannel(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as Fields).channel === TAP_CHANNEL;
}

export function readTapMessage(data: unknown): TapMessage | undefined {
  if (!isTapChannel(data)) return undefined;
  const { kind, url, status, body, tooLarge } = data as Fields;
  if (typeof url !== 'string' || url === '') return undefined;
  if (kind === 'navigate') return { channel: TAP_CHANNEL, kind, url };
  if (kind !== 'response' || typeof status !== 'number' || !Number.isInteger(status)) return undefined;
  if (body !== undefined && typeof body !== 'string') return undefined;
  if (tooLarge !== undefined && typeof tooLarge !== 'boolean') return undefined;
  // Exactly one of: a body, or the over-the-cap notice.
  if ((body === undefined) !== (tooLarge === true)) return undefined;
  return body === undefined
    ? { channel: TAP_CHANNEL, kind, url, status, tooLarge: true }
    : { channel: TAP_CHANNEL, kind, url, status, body };
}
