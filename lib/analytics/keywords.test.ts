import { describe, expect, it } from 'vitest';
import { bilibiliSearchPosts, storedPost, weiboTimelinePosts, xSearchPosts } from '../../tests/analytics-posts';
import { describeShared } from '../../tests/shared-fixtures';
import { postWords, termsOf, topKeywords } from './keywords';

describe('postWords', () => {
  it('joins the single characters of names the dictionary lacks, cut at particles, and drops long runs', () => {
    expect(postWords('今天的桂花拿铁很好喝，瑞幸新品')).toEqual(['桂花', '拿铁', '很好', '瑞幸', '新品']);
    expect(postWords('生椰拿铁测评')).toEqual([]); // six unknown characters in a row: not taken for one word
    expect(postWords('The new oat latte is great, 2026 edition')).toEqual(['new', 'oat', 'latte', 'great', 'edition']);
  });
});

describe('termsOf', () => {
  it('reads Weibo #话题# between two hashes, even back to back, and the words around them', () => {
    const { topics, words } = termsOf({ platform: 'weibo', text: '#新品发布##Brand X#今天的桂花拿铁很好喝' });
    expect(topics).toEqual(['新品发布', 'brand x']);
    expect(words).toEqual(expect.arrayContaining(['桂花', '拿铁']));
  });

  it('reads one-hash tags (#AI, Douyin\'s #话题 #话题) and lowercases Latin ones', () => {
    expect(termsOf({ platform: 'x', text: 'Shipping #AI and #MachineLearning, #AI again' }).topics).toEqual(['ai', 'machinelearning', 'ai']);
    expect(termsOf({ platform: 'douyin', text: '#火影忍者 #动漫 太燃了' }).topics).toEqual(['火影忍者', '动漫']);
  });

  it('drops URLs, @handles (Chinese ones too), bare-number tags, emoticon alt text and the 话题 suffix', () => {
    const terms = termsOf({
      platform: 'xiaohongshu',
      text: '@品牌官方 @brand_cn https://t.cn/A6abcdef www.example.com/page #4 #2026 第#44期[偷笑R] #秋冬穿搭[话题]# robots',
    });
    expect(terms.topics).toEqual(['44期', '秋冬穿搭']);
    expect(terms.words).toEqual(['robots']);
  });

  it('reads the title with the text, and leaves C# or a lone # alone', () => {
    // The segmenter's dictionary does not know 开箱 or 测评: their single characters are joined back.
    expect(termsOf({ platform: 'bilibili', title: '开箱测评', text: 'C# 与 # 号' }).topics).toEqual([]);
    expect(termsOf({ platform: 'bilibili', title: '开箱测评', text: '很好' }).words).toEqual(['开箱测评', '很好']);
  });
});

describe('topKeywords', () => {
  it('counts posts using a term (once per post), sums those posts\' known engagement, and keeps topics apart from words', () => {
    const rows = topKeywords([
      storedPost({ text: '#拿铁# 拿铁，拿铁！拿铁', metrics: { likes: 10 } }),
      storedPost({ text: '拿铁 好喝', metrics: { likes: 5, comments: 1 } }),
      storedPost({ text: '拿铁', metrics: {} }),
      storedPost({ text: '好喝', metrics: {} }),
    ]);
    expect(rows).toEqual([
      { term: '拿铁', isTopic: false, posts: 3, engagement: 16 },
      { term: '好喝', isTopic: false, posts: 2, engagement: 6 },
      { term: '拿铁', isTopic: true, posts: 1, engagement: 10 },
    ]);
  });

  it('leaves engagement unknown when none of the posts has one; topics first on a tie; limit', () => {
    const rows = topKeywords([storedPost({ text: 'zebra #zebra', metrics: {} })]);
    expect(rows).toEqual([{ term: 'zebra', isTopic: true, posts: 1, engagement: undefined }, { term: 'zebra', isTopic: false, posts: 1, engagement: undefined }]);
    expect(topKeywords([storedPost({ text: 'alpha beta gamma delta' })], 2)).toHaveLength(2);
  });
});

describeShared('topKeywords', () => {
  it('Weibo timeline 2019: the topics the posts carry, and no @handle', () => {
    const rows = topKeywords(weiboTimelinePosts(), 1000);
    const topics = rows.filter((row) => row.isTopic).map((row) => row.term);
    expect(topics).toEqual(expect.arrayContaining(['我的身边有非遗', '极限挑战', '蓝天保卫战我是行动者', '和地球自拍', '614致敬法医', '首部法医秦明大电影', '高考加油']));
    expect(topics).toHaveLength(9);
    // "@联合国环境规划署 @星光公益联盟" are mentions, not words of the post.
    expect(rows.some((row) => row.term.includes('联合国') || row.term.includes('公益'))).toBe(false);
    expect(rows.find((row) => row.term === '极限挑战')).toMatchObject({ posts: 1, engagement: 229303 + 30720 + 867586 });
  });

  it('X search for Tesla: "tesla" leads, counted in every post that says it outside @handles and links', () => {
    const posts = xSearchPosts();
    const [first] = topKeywords(posts);
    const saysTesla = posts.filter((post) => /(^|[^\p{L}@'’])tesla(?![\p{L}'’])/iu.test(post.text.replace(/https?:\/\/\S+/g, '')));
    expect(first).toMatchObject({ term: 'tesla', isTopic: false, posts: saysTesla.length });
    expect(saysTesla.length).toBeGreaterThan(10);
  });

  it('Bilibili search for 火影忍者: 火影 leads; episode tags like #44 are not topics, and no term is a number', () => {
    const posts = bilibiliSearchPosts();
    expect(posts.some((post) => post.title?.includes('#44'))).toBe(true);
    const rows = topKeywords(posts, 1000);
    expect(rows[0]).toMatchObject({ term: '火影', isTopic: false });
    expect(rows[0].posts).toBeGreaterThanOrEqual(posts.filter((post) => `${post.title}${post.text}`.includes('火影忍者')).length);
    expect(rows.filter((row) => row.isTopic)).toEqual([]);
    expect(rows.some((row) => /^\d+$/.test(row.term) || row.term.includes('http'))).toBe(false);
  });
});
