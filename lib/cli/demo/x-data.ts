// Invented X activity around the fictional Lumina Coffee (光合咖啡) for `npm run demo` and the e2e
// specs that must run anywhere. Every name, handle and text here is made up.

export interface DemoXUser {
  id: string;
  handle: string;
  name: string;
  followers: number;
  blue?: boolean;
  location?: string;
}

export interface DemoTweet {
  /** Distinguishes tweets; the real snowflake id is derived from the time (see x-shapes). */
  key: string;
  user: DemoXUser;
  text: string;
  minutesAgo: number;
  likes: number;
  retweets: number;
  replies: number;
  quotes?: number;
  views?: number;
  lang?: string;
  /** Key of the tweet this one answers. */
  replyTo?: string;
  /** A pure retweet of this key. */
  retweetOf?: string;
}

const user = (id: string, handle: string, name: string, followers: number, extra: Partial<DemoXUser> = {}): DemoXUser => ({
  id, handle, name, followers, ...extra,
});

export const LUMINA_X = user('1580412345678901248', 'LuminaCoffee', 'Lumina Coffee 光合咖啡', 48_210, { blue: true, location: 'Shanghai' });
const ava = user('1402233445566778899', 'avaroasts', 'Ava | home barista', 6_730, { location: 'Melbourne' });
const kenji = user('1298765432109876543', 'kenji_commutes', 'Kenji', 412, { location: 'Shanghai' });
const lin = user('1511122233344455566', 'linyu_eats', '林语 Lin Yu', 15_900, { blue: true, location: 'Hangzhou' });
const marco = user('1187766554433221100', 'marco_in_china', 'Marco Rossi', 2_045, { location: 'Beijing' });
const devon = user('1623344556677889900', 'devon_builds', 'Devon', 980);
const sara = user('1455566677788899900', 'sara_reviews', 'Sara Reviews Everything', 73_400, { blue: true });
const wei = user('1366677788899900011', 'weiwei_pm', '魏魏', 3_120, { location: 'Shenzhen' });
const tom = user('1577788899900011122', 'tom_decaf', 'Tom (decaf please)', 256);

export const X_LAUNCH: DemoTweet = {
  key: 'launch', user: LUMINA_X, minutesAgo: 200, likes: 1_284, retweets: 231, replies: 8, quotes: 19, views: 96_400, lang: 'en',
  text: 'Our Osmanthus Oat Latte is back for autumn 🍂 Real osmanthus from Guilin, creamy oat milk, less sugar. In all 100 stores and the app from today. #LuminaAutumn',
};

export const X_LAUNCH_REPLIES: readonly DemoTweet[] = [
  { key: 'r1', user: ava, replyTo: 'launch', minutesAgo: 190, likes: 88, retweets: 3, replies: 1, lang: 'en', text: '@LuminaCoffee Finally! Last year\'s version was my favourite drink of the season. Is the oat milk your own blend?' },
  { key: 'r1a', user: LUMINA_X, replyTo: 'r1', minutesAgo: 185, likes: 41, retweets: 0, replies: 0, lang: 'en', text: '@avaroasts Yes, it\'s a barista oat blend we developed with a local dairy-free partner 💛' },
  { key: 'r2', user: kenji, replyTo: 'launch', minutesAgo: 170, likes: 57, retweets: 4, replies: 0, lang: 'en', text: '@LuminaCoffee Love the drink, but the app crashed twice at checkout this morning. Please fix before the Monday rush 🙏' },
  { key: 'r3', user: lin, replyTo: 'launch', minutesAgo: 150, likes: 203, retweets: 12, replies: 0, lang: 'zh', text: '@LuminaCoffee 杭州门店今天试了，桂花香很清爽，甜度刚好，比去年的配方更好喝！' },
  { key: 'r4', user: marco, replyTo: 'launch', minutesAgo: 130, likes: 19, retweets: 0, replies: 0, lang: 'en', text: '@LuminaCoffee 28 RMB is a bit steep for a medium. Any student or early-bird discount?' },
  { key: 'r5', user: tom, replyTo: 'launch', minutesAgo: 100, likes: 33, retweets: 1, replies: 0, lang: 'en', text: '@LuminaCoffee Please make a decaf version, I want this at 9pm without staring at the ceiling until 3am 😅' },
  { key: 'r6', user: wei, replyTo: 'launch', minutesAgo: 70, likes: 26, retweets: 0, replies: 0, lang: 'zh', text: '@LuminaCoffee 深圳什么时候有？南山这边等了好久了' },
  { key: 'r7', user: devon, replyTo: 'launch', minutesAgo: 30, likes: 12, retweets: 0, replies: 0, lang: 'en', text: '@LuminaCoffee The cup sleeve illustration is gorgeous. Selling those as prints would be a hit.' },
];

export const X_OUTAGE: DemoTweet = {
  key: 'outage', user: LUMINA_X, minutesAgo: 2 * 24 * 60 + 40, likes: 402, retweets: 96, replies: 57, quotes: 31, views: 128_000, lang: 'en',
  text: 'Update on Nov 24: a payment-service upgrade caused duplicate charges for some app orders between 8:10 and 9:40. Service is fully restored and every affected order will be refunded within 3 business days. We\'re sorry.',
};

export const X_PROFILE_TWEETS: readonly DemoTweet[] = [
  X_LAUNCH,
  { key: 'fanRt', user: LUMINA_X, retweetOf: 'fanReview', minutesAgo: 160, likes: 0, retweets: 0, replies: 0, text: '' },
  X_OUTAGE,
  { key: 'store100', user: LUMINA_X, minutesAgo: 4 * 24 * 60, likes: 2_310, retweets: 402, replies: 120, views: 210_000, lang: 'en', text: 'Store #100 is open at Taikoo Li, Chengdu 🎉 Second cup half price all weekend, plus free pour-over classes.' },
  { key: 'beans', user: LUMINA_X, minutesAgo: 7 * 24 * 60, likes: 512, retweets: 44, replies: 23, views: 40_200, lang: 'en', text: 'Why do light roasts taste brighter? Less roasting keeps more of the fruit acids. Try our Yirgacheffe single origin if you like floral cups ☕' },
];

/** A customer's review the brand retweets from its profile. */
export const X_FAN_REVIEW: DemoTweet = {
  key: 'fanReview', user: sara, minutesAgo: 240, likes: 3_904, retweets: 512, replies: 140, quotes: 40, views: 380_000, lang: 'en',
  text: 'Blind-tasted five autumn lattes in Shanghai. Lumina\'s osmanthus oat latte won: fragrant, not syrupy. Brightbean\'s was sweeter but flat. Full notes in the thread 🧵',
};

/** What a search for the brand turns up: other people talking, praise, complaints, comparisons. */
export const X_SEARCH_RESULTS: readonly DemoTweet[] = [
  X_FAN_REVIEW,
  { key: 's1', user: kenji, minutesAgo: 45, likes: 14, retweets: 2, replies: 3, lang: 'en', text: 'Lumina coffee app double charged me again?? Third time this month. Switching to Brightbean until they sort it out.' },
  { key: 's2', user: lin, minutesAgo: 80, likes: 260, retweets: 31, replies: 12, lang: 'zh', text: '光合咖啡的桂花燕麦拿铁真的可以，今年秋天的第一杯就它了 🍂 #LuminaAutumn' },
  { key: 's3', user: marco, minutesAgo: 210, likes: 9, retweets: 0, replies: 1, lang: 'en', text: 'Working from the Lumina coffee on Nanjing Rd. Fast wifi, quiet upstairs, decent flat white. 8/10 for remote work.' },
  { key: 's4', user: devon, minutesAgo: 600, likes: 5, retweets: 0, replies: 0, lang: 'en', text: 'Is it just me or did Lumina coffee get way slower at peak hours? 25 minutes for two lattes today.' },
  { key: 's5', user: wei, minutesAgo: 900, likes: 77, retweets: 6, replies: 4, lang: 'zh', text: '对比了光合咖啡和Brightbean的会员体系，光合的积分更实在，但App太卡了。' },
  { key: 's6', user: ava, minutesAgo: 1_400, likes: 140, retweets: 9, replies: 6, lang: 'en', text: 'Lumina coffee\'s Yirgacheffe beans are the best supermarket-available light roast I\'ve tried. Bright, jammy, clean.' },
];

export const X_ALL_TWEETS: readonly DemoTweet[] = [X_LAUNCH, ...X_LAUNCH_REPLIES, ...X_PROFILE_TWEETS, X_FAN_REVIEW, ...X_SEARCH_RESULTS];
