// Shape checks of the swipe-file messages (the import bundle is checked by bundle-validate.ts).
// Throws InvalidField naming the first bad field.
import type { DeleteExamplesMessage, SaveExampleMessage, UpdateExamplesMessage } from '../messages';
import { PLATFORMS } from '../model';
import { InvalidField, optional, requireHttpUrl, requireKnownKeys, requireObject, requireOneOf, requireString, type Fields } from '../validate-fields';
import { checkTags, MAX_LABEL_LENGTH, MAX_NOTE_LENGTH, STANCES } from './validate-example';
import { checkViewRect } from './validate-rect';

export const MAX_IDS = 20_000;
const SAVE_KEYS = new Set(['type', 'tabId', 'pageUrl', 'recordId', 'rect', 'labels']);
const LABEL_KEYS = new Set(['board', 'tags', 'stance', 'brand', 'note']);
const UPDATE_KEYS = new Set(['type', 'ids', 'set', 'addTags', 'removeTags']);
const SET_KEYS = new Set(['board', 'stance', 'brand', 'note']);
const DELETE_KEYS = new Set(['type', 'ids']);
const RECORD_ID = new RegExp(`^(?:${PLATFORMS.join('|')}):.`);

const label = (value: unknown, field: string) => requireString(value, field, MAX_LABEL_LENGTH);
const note = (value: unknown, field: string) => requireString(value, field, MAX_NOTE_LENGTH);

export function checkSaveMessage(message: Fields): SaveExampleMessage {
  requireKnownKeys(message, SAVE_KEYS, '');
  requireHttpUrl(message.pageUrl, 'pageUrl');
  optional(message, 'tabId', '', (tabId, field) => {
    if (!Number.isSafeInteger(tabId) || (tabId as number) < 0) throw new InvalidField(field, 'must be a tab id (a non-negative integer)');
  });
  optional(message, 'recordId', '', (id, field) => {
    if (!RECORD_ID.test(requireString(id, field, 300))) throw new InvalidField(field, 'must look like "<platform>:<native id>"');
  });
  optional(message, 'rect', '', checkViewRect);
  optional(message, 'labels', '', (value, field) => {
    const labels = requireObject(value, field);
    requireKnownKeys(labels, LABEL_KEYS, field);
    optional(labels, 'board', field, label);
    optional(labels, 'tags', field, checkTags);
    optional(labels, 'stance', field, (stance, name) => requireOneOf(stance, STANCES, name));
    optional(labels, 'brand', field, label);
    optional(labels, 'note', field, note);
  });
  return message as unknown as SaveExampleMessage;
}

function checkIds(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0) throw new InvalidField('ids', 'must be a non-empty array');
  if (value.length > MAX_IDS) throw new InvalidField('ids', `has too many entries (${value.length} > ${MAX_IDS})`);
  return value.map((id, i) => {
    if (!requireString(id, `ids[${i}]`, 320).startsWith('ex:')) throw new InvalidField(`ids[${i}]`, 'must be an example id ("ex:…")');
    return id as string;
  });
}

export function checkUpdateMessage(message: Fields): UpdateExamplesMessage {
  requireKnownKeys(message, UPDATE_KEYS, '');
  checkIds(message.ids);
  optional(message, 'set', '', (value, field) => {
    const set = requireObject(value, field);
    requireKnownKeys(set, SET_KEYS, field);
    const nullOr = (check: (v: unknown, f: string) => unknown) => (v: unknown, f: string) => (v === null ? null : check(v, f));
    optional(set, 'board', field, nullOr(label));
    optional(set, 'stance', field, nullOr((stance, name) => requireOneOf(stance, STANCES, name)));
    optional(set, 'brand', field, nullOr(label));
    optional(set, 'note', field, nullOr(note));
  });
  optional(message, 'addTags', '', checkTags);
  optional(message, 'removeTags', '', checkTags);
  const set = (message.set ?? {}) as Fields;
  if (Object.values(set).every((value) => value === undefined) && !(message.addTags as string[] | undefined)?.length && !(message.removeTags as string[] | undefined)?.length) {
    throw new InvalidField('message', 'changes nothing (no set, addTags or removeTags)');
  }
  return message as unknown as UpdateExamplesMessage;
}

export function checkDeleteMessage(message: Fields): DeleteExamplesMessage {
  requireKnownKeys(message, DELETE_KEYS, '');
  checkIds(message.ids);
  return message as unknown as DeleteExamplesMessage;
}
