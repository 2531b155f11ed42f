// The crisis radar in real Chromium: the user sets up a watch for the (invented) brand 光合咖啡 in the
// crisis desk, browses its calm launch post, then a food-safety post by a big food blogger whose comments
// turn sharply negative. The radar raises a flag: the badge shows it, the popup lists it with its level
// and reasons, the flag is moved through the response flow (kept after reopening), and the watch's
// webhook — a local HTTP relay — receives the message.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoSite } from '../../lib/cli/demo/site';
import type { DemoWeiboPost, DemoWeiboUser } from '../../lib/cli/demo/weibo-data';
import { LUMINA_WEIBO } from '../../lib/cli/demo/weibo-data';
import { buildComments, statusesShow } from '../../lib/cli/demo/weibo-shapes';
import { LEVEL_ORDER } from '../../lib/crisis/types';
import { ExtensionDb, launchWithExtension, pollUntil, popupUrl, routeFixtures, type ExtensionSession } from './harness';

const fan = (id: string, name: string, followers = 300): DemoWeiboUser => ({ id, name, followers, location: '四川' });
const foodBlogger: DemoWeiboUser = { id: '6000000001', name: '吃货老周', followers: 1_200_000, verified: true, location: '四川' };

/** Invented: a food-safety complaint about the brand, and its angry comment section. */
const crisisPost: DemoWeiboPost = {
  id: '5232000000000001',
  mblogid: 'PgC1s1sXy',
  user: foodBlogger,
  text: '光合咖啡成都太古里店的桂花拿铁喝出了蟑螂腿，喝完全家拉肚子，这食品安全谁来管？已经投诉到12315了',
  minutesAgo: 5,
  likes: 18_400,
  reposts: 5_300,
  commentCount: 9_800,
  comments: [
    ['光合咖啡太恶心了，蟑螂都能进杯子，卫生也太差了吧', 2301],
    ['我上周在光合也喝到头发，投诉了客服不理人，差评', 1802],
    ['光合咖啡食品安全出问题了还不道歉？以后再也不买了', 1650],
    ['喝完光合的拿铁拉肚子一整晚，原来不是我一个人', 1420],
    ['光合这种店卫生检查怎么过的？失望透顶', 1210],
    ['刚退了光合的会员卡，恶心，退款还要等三天', 980],
    ['光合咖啡出了食品安全问题还装死，太差劲了', 870],
    ['避雷光合咖啡，门店后厨太脏了，强烈要求市场监管查一查', 760],
    ['光合的桂花拿铁我孩子也喝了，现在肚子疼，太可怕了', 640],
    ['光合咖啡必须给个说法，食物中毒可不是小事', 530],
    ['本来挺喜欢光合的，这次真的失望，拉黑了', 420],
    ['光合咖啡官方快出来回应！蟑螂腿照片都在这了，恶心死了', 390],
  ].map(([text, likes], i) => ({ id: `52320000010000${String(i + 10)}`, user: fan(`61000000${String(i + 10)}`, `路人${i + 1}号`), text: text as string, minutesAgo: 4, likes: likes as number })),
};
const crisisUrl = `https://weibo.com/${foodBlogger.id}/${crisisPost.mblogid}`;

interface Relay { server: Server; url: string; bodies: any[] }

/** A local webhook receiver; it answers the CORS preflight as a relay would, so no host permission is needed. */
async function startRelay(): Promise<Relay> {
  const bodies: any[] = [];
  const readBody = (request: IncomingMessage) => new Promise<string>((resolve) => {
    let text = '';
    request.on('data', (chunk) => { text += chunk; });
    request.on('end', () => resolve(text));
  });
  const server = createServer(async (request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Headers', 'content-type');
    response.setHeader('Access-Control-Allow-Methods', 'POST');
    if (request.method === 'POST') bodies.push(JSON.parse(await readBody(request)));
    response.writeHead(request.method === 'OPTIONS' ? 204 : 200, { 'content-type': 'text/plain' });
    response.end(request.method === 'POST' ? 'ok' : '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, bodies };
}

describe('crisis radar (real Chromium)', () => {
  const site = new DemoSite();
  let session: ExtensionSession;
  let db: ExtensionDb;
  let relay: Relay;
  let flagId: string;

  beforeAll(async () => {
    relay = await startRelay();
    session = await launchWithExtension({ viewport: { width: 1100, height: 900 } });
    await routeFixtures(session.context, site.routes());
    // Registered later, so these win for the crisis post; the page shell is the demo's weibo.html.
    await routeFixtures(session.context, [
      [new RegExp(`^https://weibo\\.com/ajax/statuses/show\\?id=${crisisPost.mblogid}`), { body: JSON.stringify(statusesShow(crisisPost, site.now)) }],
      [new RegExp(`^https://weibo\\.com/ajax/statuses/buildComments\\?.*id=${crisisPost.id}`), { body: JSON.stringify(buildComments(crisisPost, site.now)) }],
    ]);
    // The relay lives on this machine; the no-network guard must let it through.
    await session.context.route(/^http:\/\/127\.0\.0\.1:\d+\//, (route) => route.continue());
    db = await ExtensionDb.open(session.context, session.extensionId);
  });

  afterAll(async () => {
    await session?.close();
    await new Promise((resolve) => relay?.server.close(resolve));
  });

  it('a watch set up in the crisis desk is stored', async () => {
    const desk = await session.context.newPage();
    await desk.goto(`chrome-extension://${session.extensionId}/dashboard.html#watchlist`);
    const form = desk.locator('[data-testid="watch-form"]');
    await desk.locator('[data-testid="watch-add"]').click();
    await form.locator('input[name="name"]').fill('光合咖啡');
    await form.locator('textarea[name="terms"]').fill('光合咖啡\n光合\nLumina Coffee');
    await form.locator('[data-testid="watch-save"]').click();
    const watches = await pollUntil(() => db.rows('watches'), (rows) => rows.length === 1, { what: 'the saved watch' });
    expect(watches[0]).toMatchObject({ name: '光合咖啡', terms: ['光合咖啡', '光合', 'Lumina Coffee'] });
    await desk.locator('[data-testid="watch-row"]').first().waitFor();

    // The webhook: the desk asks for the relay's host permission on a click (a browser prompt headless
    // Chromium cannot answer), then sends this same message.
    const reply = await desk.evaluate(async ({ watch, url }) =>
      (globalThis as any).chrome.runtime.sendMessage({ type: 'dashboard:save-watch', watch: { ...watch, webhook: { url, format: 'slack' }, updatedAt: new Date().toISOString() } }),
    { watch: watches[0], url: relay.url });
    expect(reply).toMatchObject({ ok: true });
    await desk.close();
  });

  it('talk turning sharply negative raises a flag with its reasons, on the badge and in the popup', async () => {
    const page = await session.context.newPage();
    await page.goto(site.urls.weiboLaunch);
    await page.waitForSelector('body[data-loaded]');
    await page.goto(crisisUrl);
    await page.waitForSelector('body[data-loaded]');

    const flags = await pollUntil(() => db.rows('flags'), (rows) => rows.length > 0, { what: 'a crisis flag', timeout: 20_000 });
    expect(flags).toHaveLength(1);
    const flag = flags[0];
    flagId = flag.id;
    expect(LEVEL_ORDER.indexOf(flag.level)).toBeGreaterThanOrEqual(LEVEL_ORDER.indexOf('orange'));
    const signals = flag.reasons.map((reason: any) => reason.signal);
    expect(signals).toEqual(expect.arrayContaining(['negative_share', 'lexicon', 'amplifier_author']));
    expect(flag.types).toContain('food_safety');
    expect(flag.evidence.map((item: any) => item.recordId)).toContain(`weibo:${crisisPost.id}`);

    const worker = await session.currentServiceWorker();
    const badge = await worker.evaluate(async () => ({
      text: await (globalThis as any).chrome.action.getBadgeText({}),
      color: await (globalThis as any).chrome.action.getBadgeBackgroundColor({}),
    }));
    expect(badge.text).toBe('1');
    expect(badge.color.slice(0, 3)).toEqual(flag.level === 'red' ? [220, 38, 38] : [234, 88, 12]);

    const popup = await session.context.newPage();
    await popup.goto(popupUrl(session.extensionId, crisisUrl));
    const alert = popup.locator('[data-testid="alert-item"]');
    await alert.first().waitFor();
    expect(await alert.count()).toBe(1);
    expect(await alert.getAttribute('data-level')).toBe(flag.level);
    expect(await alert.textContent()).toContain('光合咖啡');
    await popup.close();
    await page.close();
  });

  it('the flag moves through the response flow, and that is kept after reopening the desk', async () => {
    const desk = await session.context.newPage();
    await desk.goto(`chrome-extension://${session.extensionId}/dashboard.html#flag=${flagId}`);
    await desk.locator('[data-testid="flag-detail"]').waitFor();
    expect(await desk.locator('[data-testid="flag-reason"]').count()).toBeGreaterThanOrEqual(3);
    await desk.locator('[data-testid="stage-next"]').click();
    await pollUntil(() => db.rows('flags'), (rows) => rows[0].stage === 'assessed', { what: 'stage assessed' });
    await desk.locator('[data-testid="stage-next"]').click();
    await pollUntil(() => db.rows('flags'), (rows) => rows[0].stage === 'responding', { what: 'stage responding' });
    await desk.close();

    const reopened = await session.context.newPage();
    await reopened.goto(`chrome-extension://${session.extensionId}/dashboard.html#flag=${flagId}`);
    const detail = reopened.locator('[data-testid="flag-detail"]');
    await detail.waitFor();
    expect(await detail.getAttribute('data-stage')).toBe('responding');
    expect(await reopened.locator('[data-testid="flag-stage"][data-stage="responding"]').getAttribute('data-state')).toBe('current');
    const history = (await db.rows('flags'))[0].history.map((entry: any) => `${entry.event}:${entry.to ?? ''}`);
    expect(history).toEqual(expect.arrayContaining(['stage:assessed', 'stage:responding']));
    await reopened.close();
  });

  it('the watch\'s webhook received the flag', async () => {
    const bodies = await pollUntil(async () => relay.bodies, (list) => list.length > 0, { what: 'a webhook POST' });
    const text = JSON.stringify(bodies[0]);
    expect(text).toContain('Earshot');
    expect(text).toContain('光合咖啡');
    const flag = (await db.rows('flags'))[0];
    expect(flag.webhook).toMatchObject({ status: 'sent' });
  });
});
