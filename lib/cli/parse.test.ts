import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeShared, projectFixture, readSharedFixture } from '../../tests/shared-fixtures';

const REPO = path.resolve(__dirname, '../..');
const TSX = path.join(REPO, 'node_modules/.bin/tsx');
const CLI = path.join(REPO, 'lib/cli/parse.ts');

function har(entries: Array<{ url: string; text: string; mimeType?: string }>): string {
  return JSON.stringify({
    log: {
      version: '1.2',
      entries: entries.map(({ url, text, mimeType = 'application/json' }) => ({
        request: { method: 'GET', url },
        response: { status: 200, content: { mimeType, text } },
      })),
    },
  });
}

function tempFile(name: string, content: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'earshot-parse-')), name);
  writeFileSync(file, content);
  return file;
}

function runCli(...args: string[]) {
  const result = spawnSync(TSX, [CLI, ...args], { encoding: 'utf8', cwd: REPO });
  const records = result.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
  return { status: result.status, records, stderr: result.stderr };
}

describe('npm run parse (own fixtures)', () => {
  it('prints one record per line for a HAR of platform responses and pages', () => {
    const file = tempFile('session.har', har([
      { url: 'https://weibo.com/ajax/statuses/buildComments?is_reload=1&id=5045260761957739&count=20', text: projectFixture('weibo/buildComments_small.json') },
      { url: 'https://m.weibo.cn/detail/4383183661430868', text: projectFixture('weibo/m_detail_render_data.html'), mimeType: 'text/html' },
      { url: 'https://weibo.com/ajax/statuses/mymblog?uid=1', text: 'not json' },
      { url: 'https://cdn.example.com/app.js', text: 'var x = 1', mimeType: 'application/javascript' },
    ]));
    const { status, records, stderr } = runCli(file);
    expect(status).toBe(0);
    expect(records.length).toBeGreaterThan(1);
    expect(new Set(records.map((record) => record.platform))).toEqual(new Set(['weibo']));
    expect(records.some((record) => record.kind === 'comment' && record.postId === 'weibo:5045260761957739')).toBe(true);
    expect(records.some((record) => record.kind === 'post' && record.source === 'embedded')).toBe(true);
    expect(stderr).toMatch(/not JSON/);
  }, 30_000);

  it('reads a single saved response with --url, and says so when nothing is recognized', () => {
    const file = tempFile('comments.json', projectFixture('weibo/buildComments_small.json'));
    const ok = runCli(file, '--url', 'https://weibo.com/ajax/statuses/buildComments?id=5045260761957739');
    expect(ok.status).toBe(0);
    expect(ok.records.every((record) => record.kind === 'comment')).toBe(true);

    const unknown = runCli(file, '--url', 'https://example.com/api/other');
    expect(unknown.status).toBe(0);
    expect(unknown.records).toEqual([]);
    expect(unknown.stderr).toMatch(/nothing recognized/);
  }, 30_000);

  it('exits 1 with a clear message on unreadable input', () => {
    expect(runCli('/nonexistent/file.har')).toMatchObject({ status: 1, stderr: expect.stringMatching(/cannot read/) });
    expect(runCli(tempFile('broken.json', '{"log": '), '--url', 'https://weibo.com/ajax/statuses/show')).toMatchObject({ status: 1, stderr: expect.stringMatching(/not valid JSON/) });
    expect(runCli(tempFile('page.json', '{"ok":1}'))).toMatchObject({ status: 1, stderr: expect.stringMatching(/needs --url/) });
    expect(runCli()).toMatchObject({ status: 1, stderr: expect.stringMatching(/usage/) });
  }, 30_000);
});

describeShared('npm run parse on a HAR of the real captures', () => {
  it('prints exactly the records the adapters read from each response', () => {
    const file = tempFile('real.har', har([
      { url: 'https://weibo.com/ajax/statuses/buildComments?is_reload=1&id=5045260761957739&count=20', text: readSharedFixture('weibo/weibocom_ajax_statuses_buildComments_2024.json') },
      { url: 'https://m.weibo.cn/comments/hotflow?id=4383183661430868&mid=4383183661430868&max_id_type=0', text: readSharedFixture('weibo/mweibocn_comments_hotflow_2019.json') },
      { url: 'https://x.com/i/api/graphql/abc123/TweetDetail?variables=%7B%7D', text: readSharedFixture('twitter/raw_tweet_details.json') },
    ]));
    const { status, records } = runCli(file);
    expect(status).toBe(0);
    const count = (platform: string, kind: string) => records.filter((r) => r.platform === platform && r.kind === kind).length;
    expect(count('weibo', 'comment')).toBe(20 + 21);
    expect(count('x', 'post')).toBe(1);
    expect(count('x', 'comment')).toBe(36);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    const firstBuildComment = records.find((r) => r.id === 'weibo:5045261712492108');
    expect(firstBuildComment).toMatchObject({ text: '才本科吗', postId: 'weibo:5045260761957739', author: { location: '河北' } });
  }, 30_000);
});
