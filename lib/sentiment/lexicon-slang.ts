// Current internet language on Weibo / Douyin / Xiaohongshu and English social media (2020s), weights -4..4.
// Slang moves fast: keep it here, as data, so it can be updated without touching the rules.

export const SLANG: Record<string, number> = {
  // Chinese
  yyds: 3.2, 永远的神: 3.2, 绝绝子: 3, 绝了: 2.4, 太绝了: 2.8, 神仙: 2.4, 宝藏: 2.6, 种草: 2, 被种草: 2, 已种草: 2, 入股不亏: 2.6,
  真香: 2.2, 上头: 1.2, 无限回购: 3, 闭眼入: 2.8, 冲: 1.4, 冲鸭: 2, 冲冲冲: 2.2, 安排: 1.2, 爱了爱了: 3, 狠狠爱了: 3, 针不戳: 2.4,
  真不错: 2.6, 奈斯: 2.2, 牛逼: 2.8, 牛b: 2.6, 牛批: 2.6, nb: 2.2, 666: 2.4, 6666: 2.6, 太6了: 2.6, 稳: 1.6, 稳了: 1.8, 燃: 2, 好家伙: 0.3,
  awsl: 2.6, 啊我死了: 2.6, 嗑到了: 2.4, 甜度超标: 2.6, 磕死我了: 2.4, 泰裤辣: 2.6, 太酷啦: 2.6, 赢麻了: 1.6, 拿捏: 1.6, 躺赢: 1.8,
  xswl: 1.8, 笑死: 1.2, 笑死我了: 1.4, 哈哈哈哈: 2.2, 2333: 1.8, 233: 1.6, 妙啊: 2.4, 封神: 3, 天花板: 2.6, 吹爆: 3, 狂推: 2.8,
  拔草: -1.6, 已拔草: -1.8, 拉胯: -2.6, 拉垮: -2.6, 踩雷: -2.6, 避雷: -2.6, 雷: -1.6, 翻车: -2.6, 大型翻车: -3, 智商税: -2.8,
  割韭菜: -3, 韭菜: -1.8, 退钱: -3, 破防: -1.8, 破防了: -1.8, 无语: -2.2, 无语了: -2.4, 下头: -2.4, 好下头: -2.6, 离谱: -2.2,
  太离谱: -2.8, 离大谱: -3, 绝了吧: -1.6, 裂开: -2, 我裂开了: -2.2, 麻了: -1.8, 栓q: -1.6, 芭比q: -1.8, 芭比q了: -2, 寄了: -2.2,
  g了: -2, 凉凉: -2.2, 凉了: -1.8, 糊了: -1.6, 塌房: -2.8, 塌房了: -3, 翻车了: -2.8, 暴雷: -2.8, 爆雷: -2.8, 劝退: -2.6, 一生黑: -3.4,
  避坑: -2.4, 踩坑: -2.4, 天坑: -3, 大坑: -2.6, 坑爹: -2.8, 吃相难看: -3, 资本家: -1.2, 恰烂钱: -3, 恰饭: -0.6, 吃相: -0.8,
  emo: -1.6, emo了: -2, 蚌埠住了: -0.4, 绷不住了: -0.6, 破大防: -2.4, 听劝: 0, 不理解: -1.4, 迷惑: -1.4, 迷惑行为: -2.2, 无力吐槽: -2.6,
  心态崩了: -2.6, 血亏: -2.8, 亏了: -1.8, 白嫖: -0.6, 摆烂: -1.8, 躺平: -0.6, 内卷: -1.6, 卷: -0.8, 社死: -2, 尬: -1.6, 尬住了: -1.8,
  一言难尽: -2.2, 辣眼睛: -2.6, 恶心心: -2.4, 吐了: -2.4, 我吐了: -2.6, 服了: -1.4, 我服了: -1.8, 醉了: -1.6, 我也是醉了: -2,
  tmd: -2.6, cnm: -3.4, sb: -3, 傻逼: -3.4, 傻b: -3.2, 脑残: -3, 弱智: -2.8, 狗屎: -3, 呸: -2.4, 滚粗: -2.6, 晦气: -2.4,
  // English
  goat: 2.6, goated: 2.6, 'the goat': 2.6, fire: 1.6, lit: 2, slaps: 2.4, 'it slaps': 2.4, bussin: 2.4, based: 1.6, w: 1.8,
  'big w': 2.4, 'huge w': 2.6, dope: 2.2, sick: 0.6, lowkey: 0, highkey: 0, iconic: 2.2, 'no cap': 0.4, vibes: 1, 'good vibes': 2.4,
  'chef\'s kiss': 2.8, banger: 2.6, ate: 1.2, 'ate that': 2.6, slay: 2.4, slayed: 2.4, stan: 1.8, hype: 1.4, hyped: 1.8, clutch: 1.8,
  lfg: 2.2, pog: 2, poggers: 2.2, 'valid': 1, 'w take': 2, 'l take': -2, wholesome: 2.4, blessed: 2.4, 'love this': 3, 'love it': 3,
  mid: -1.8, l: -1.8, 'big l': -2.4, 'huge l': -2.6, ratio: -1.6, ratioed: -1.8, cringe: -2.4, cringey: -2.4, trash: -2.6, garbage: -2.6,
  sus: -1.2, yikes: -2, oof: -1.4, smh: -1.8, wtf: -2.4, ffs: -2.6, meh: -1.2, 'not it': -1.6, flop: -2.2, flopped: -2.2,
  scam: -3, scammed: -3, 'rip off': -2.8, ripoff: -2.8, 'rip-off': -2.8, overrated: -1.8, 'fell off': -2, 'washed': -1.6, bruh: -0.8,
  'dead': -0.6, 'im dead': 1.2, "i'm dead": 1.2, lmao: 1.8, lmfao: 2, lol: 1.4, lolol: 1.6, rofl: 1.8, haha: 1.8, hahaha: 2.2,
  hehe: 1.4, yay: 2.4, woohoo: 2.6, woot: 2.2, omg: 0.6, ugh: -2, argh: -2, fml: -2.6, stfu: -2.6, gtfo: -2.6, idgaf: -1.6,
  'ngl': 0, 'not gonna lie': 0, tbh: 0, 'rip': -1.6, 'ily': 2.6, 'ilysm': 3, '<3': 2.4, '</3': -2.4, xoxo: 2.2, thx: 1.6, ty: 1.4,
  'thank you': 2, thanks: 1.8, 'no thanks': -1, refund: -1.4, 'want my money back': -3, 'money back': -1.6, 'waste of money': -3,
  'waste of time': -3, 'do not buy': -3, "don't buy": -3, 'dont buy': -3, 'stay away': -2.6, 'never again': -2.6, 'would not recommend': -2.8,
  'highly recommend': 3, 'highly recommended': 3, 'must have': 2.4, 'must-have': 2.4, 'game changer': 2.6, 'game-changer': 2.6,
  'worth it': 2.4, 'not worth': -2.4, 'broke down': -2, 'fell apart': -2.4, 'gave up': -1.6, 'works great': 2.8, 'works fine': 1.8,
  'works perfectly': 3, 'does the job': 1.6, 'five stars': 3, '5 stars': 3, 'one star': -2.8, '1 star': -2.8, 'zero stars': -3,
  'two thumbs up': 2.8, 'killed it': 2.4, 'killing it': 2.4, 'nailed it': 2.6, 'crushed it': 2.4, 'thumbs up': 2.2, 'thumbs down': -2.2, 'a must': 2,
};

/** Phrases that signal sarcasm: positive words near them are probably meant the other way. */
export const SARCASM: Record<string, number> = {
  // 呵呵 alone is often plain laughter in older posts and reviews: it lowers confidence, it does not flip
  呵呵: 0.6, 呵呵呵: 0.7, 呵呵哒: 0.9, 真是谢谢你了: 1, 真是谢谢: 0.8, 谢谢你全家: 1, 谢谢您嘞: 1, 真是服了: 0.8, 好棒棒: 0.9, 好棒棒哦: 1,
  你可真行: 1, 真行啊: 0.8, 可真会: 0.7, 真有你的: 0.7, 厉害了: 0.4, 厉害了我的哥: 0.6, 不愧是你: 0.6, 我谢谢你: 1, 我真是谢谢你: 1,
  '/s': 1, 'yeah right': 1, 'yea right': 1, 'sure jan': 1, 'oh great': 0.8, 'oh wonderful': 0.8, 'just great': 0.7,
  'thanks a lot': 0.5, 'thanks for nothing': 1, 'how convenient': 0.7, 'as if': 0.6, 'said no one ever': 1, 'said nobody ever': 1,
  'love how': 0.4, 'love that': 0.2, 'gotta love': 0.6, 'just what i needed': 0.6, 'big surprise': 0.7, 'what a surprise': 0.6,
  'slow clap': 0.9, 'wow just wow': 0.6, '🙄': 0.8, '🙃': 0.7, '🤡': 0.8,
};
