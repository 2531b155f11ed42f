// Finds the notes and comments wherever a Xiaohongshu body keeps them. The same objects sit at
// different paths in each endpoint and in the embedded state (which also wraps lists in Vue refs,
// `{_value, _rawValue}`), so a walk that recognizes the objects holds up better than fixed paths.
import type { CapturedRecord, Source } from '../model';
import type { ParseContext, ParseResult } from './types';
import { field, idField, isObject, type Json, objectField, textField } from './xiaohongshu-fields';
import { type CommentPlace, toComment, toNote } from './xiaohongshu-records';

const MAX_DEPTH = 24;


function isComment(node: Json): boolean {
  return typeof field(node, 'content') === 'string' && idField(node, 'id') !== undefined
    && field(node, 'create_time', 'note_id', 'time') !== undefined;
}

/** A full note (detail, user_posted, app search): its own id, and counts or a note type. */
function isNote(node: Json): boolean {
  if (idField(node, 'note_id', 'id') === undefined) return false;
  const type = field(node, 'type');
  return isObject(field(node, 'interact_info')) || type === 'normal' || type === 'video';
}

/**
 * A page's state can hold the same note twice: as a feed card (title, likes) and in the open note's
 * detail (desc, time, all counts). The first keeps its fields and takes what it lacks from the other.
 */
function fillFrom(known: CapturedRecord, other: CapturedRecord): void {
  if (known.kind === 'trend' || other.kind === 'trend') return;
  const target = known as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(other)) if (target[key] === undefined) target[key] = value;
  if (other.text.length > known.text.length) known.text = other.text;
  known.metrics = { ...other.metrics, ...known.metrics };
  known.author = { ...other.author, ...known.author };
}

export class XhsCollector {
  readonly records: CapturedRecord[] = [];
  skipped = 0;
  private readonly seen = new Map<string, CapturedRecord>();

  constructor(private readonly ctx: ParseContext, private readonly source: Source) {}

  private add(record: CapturedRecord | undefined): void {
    if (!record) {
      this.skipped++;
      return;
    }
    const known = this.seen.get(record.id);
    if (known) fillFrom(known, record);
    else {
      this.seen.set(record.id, record);
      this.records.push(record);
    }
  }

  /** One root comment (or one sub-page item when `place.rootId` is set) and the replies it embeds. */
  comment(item: unknown, place: CommentPlace): void {
    this.add(toComment(item, place, this.ctx, this.source));
    const replies = isObject(item) ? field(item, 'sub_comments') : undefined;
    const rootId = isObject(item) ? idField(item, 'id') : undefined;
    const postId = (isObject(item) ? idField(item, 'note_id') : undefined) ?? place.postId;
    if (!Array.isArray(replies)) return;
    for (const reply of replies) this.add(rootId ? toComment(reply, { postId, rootId }, this.ctx, this.source) : undefined);
  }

  /** Walks any body; `place` carries what the request URL (or an enclosing map key) says. */
  walk(node: unknown, place: CommentPlace, depth = 0): void {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(node)) {
      for (const child of node) this.walk(child, place, depth + 1);
      return;
    }
    if (!isObject(node)) return;
    // A search / feed / profile list item: `{id, model_type, note_card, xsec_token}` (app: `note`).
    const modelType = field(node, 'model_type');
    if (modelType === 'note' || isObject(field(node, 'note_card'))) {
      const card = objectField(node, 'note_card') ?? objectField(node, 'note') ?? (isNote(node) ? node : undefined);
      this.add(toNote(card, { id: idField(node, 'id'), xsecToken: textField(node, 'xsec_token') }, this.ctx, this.source));
      return;
    }
    // Other item kinds (`rec_query`: related searches, ads) hold no note.
    if (typeof modelType === 'string') return;
    if (isComment(node)) return this.comment(node, place);
    if (isNote(node)) {
      this.add(toNote(node, {}, this.ctx, this.source));
      return;
    }
    const isDetailMap = 'noteDetailMap' in node || 'note_detail_map' in node;
    for (const [key, child] of Object.entries(node)) {
      // Vue refs keep the same list twice.
      if (key === '_rawValue' && '_value' in node) continue;
      if (isDetailMap && (key === 'noteDetailMap' || key === 'note_detail_map') && isObject(child)) {
        // The map is keyed by note id: its comment lists say no note id of their own.
        for (const [noteId, entry] of Object.entries(child)) this.walk(entry, { ...place, postId: noteId }, depth + 2);
        continue;
      }
      this.walk(child, place, depth + 1);
    }
  }

  result(): ParseResult {
    return { records: this.records, skipped: this.skipped };
  }
}
