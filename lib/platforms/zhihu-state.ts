// The state Zhihu embeds in every page: `<script id="js-initialData" type="text/json">` holding
// `initialState.entities.{answers,articles,questions,pins,zvideos,users,columns}` keyed by id, and on
// the hot page `initialState.topstory.hotList`. It is JSON, read with JSON.parse, never run.
import type { CapturedRecord } from '../model';
import type { ParseContext, ParseResult } from './types';
import { isObject, type Json, pick } from './zhihu-json';
import { toPost, type UserLookup } from './zhihu-records';
import { hotListTrends } from './zhihu-trends';

// The DOM pass runs again each time the page changes; the state script rarely does, so its
// parse is kept per script element for as long as its text is the same.
const parsed = new WeakMap<Element, { text: string; state: Json | undefined }>();

function parseState(text: string): Json | undefined {
  try {
    const data: unknown = JSON.parse(text);
    return isObject(data) && isObject(data.initialState) ? data.initialState : undefined;
  } catch {
    return undefined;
  }
}

export function readInitialState(doc: Document): Json | undefined {
  const script = doc.querySelector('script#js-initialData');
  const text = script?.textContent?.trim();
  if (!script || !text) return undefined;
  const cached = parsed.get(script);
  if (cached?.text === text) return cached.state;
  const state = parseState(text);
  parsed.set(script, { text, state });
  return state;
}

function table(entities: Json, name: string): Json {
  const value = entities[name];
  return isObject(value) ? value : {};
}

/**
 * Users by id, url token and (for columns) the column's author: the column page's `users` entry
 * holds only ids, its name sits in `columns.*.author` (fixtures/zhihu/zhihu_column_page_dom_2021.html).
 */
export function userLookup(state: Json | undefined): UserLookup {
  const entities = isObject(state?.entities) ? state.entities : {};
  const users = new Map<string, Json>();
  const add = (user: unknown) => {
    if (!isObject(user)) return;
    for (const key of [pick(user, 'id'), pick(user, 'url_token')]) {
      if (typeof key !== 'string' || key === '') continue;
      users.set(key, { ...users.get(key), ...user });
    }
  };
  Object.values(table(entities, 'users')).forEach(add);
  for (const column of Object.values(table(entities, 'columns'))) if (isObject(column)) add(column.author);
  return (key) => users.get(key);
}

/** An embedded answer names its question by id; the question entity has the title. */
function withQuestion(answer: unknown, questions: Json): unknown {
  if (!isObject(answer)) return answer;
  const ref = answer.question;
  const key = typeof ref === 'string' || typeof ref === 'number' ? String(ref) : undefined;
  return key && isObject(questions[key]) ? { ...answer, question: questions[key] } : answer;
}

export function embeddedRecords(state: Json, ctx: ParseContext): ParseResult {
  const records: CapturedRecord[] = [];
  let skipped = 0;
  const entities = isObject(state.entities) ? state.entities : {};
  const users = userLookup(state);
  const questions = table(entities, 'questions');
  for (const name of ['answers', 'articles', 'pins', 'zvideos', 'questions']) {
    for (const item of Object.values(table(entities, name))) {
      const post = toPost(name === 'answers' ? withQuestion(item, questions) : item, ctx, 'embedded', users);
      if (post) records.push(post);
      // A question's asker is often left out of the state: that question is not malformed.
      else if (name !== 'questions') skipped++;
    }
  }
  const hotList = pick(state.topstory, 'hot_list');
  if (Array.isArray(hotList)) {
    const hot = hotListTrends(hotList, ctx);
    records.push(...hot.records);
    skipped += hot.skipped;
  }
  return { records, skipped };
}
