// Crisis terms by type, Chinese and English (anchors A.4: 内容敏感度; 清博's keyword-based "sensitive" alerts).
// Data only; matching is in lexicon.ts. Terms are written normalised (lower case, half-width). Chinese terms match
// anywhere (spaces ignored); Latin terms match as whole words, so list the inflections that matter.
// Traditional characters need no entries: normalisation (lib/watch/normalize.ts) folds them to simplified.
// `exclude`: everyday phrases that contain a term but are not the crisis (卫生巾 is not hygiene, 优惠券过期 is
// not expired food); they are blanked out before this type's terms are matched.
import type { CrisisType } from './types';

export interface CrisisLexiconEntry {
  zh: string[];
  en: string[];
  /** Everyday words that point at a crisis type only when the item is negative (客服, CEO, 隐私). */
  weak?: string[];
  exclude?: string[];
}

const words = (list: string) => list.trim().split(/\s+/);

export const CRISIS_LEXICON: Record<CrisisType, CrisisLexiconEntry> = {
  quality: {
    zh: words(`质量问题 质量差 质量太差 质量堪忧 做工差 做工粗糙 品控 次品 残次品 瑕疵 异物 发霉 霉点 变质 漏水 漏液 漏电 爆炸 自燃
      断裂 开裂 裂开 掉漆 褪色 起球 缩水 用坏 坏掉 就坏 故障 失灵 死机 黑屏 异响 返厂 召回 质检不合格 抽检不合格
      瑕疵品 故障率`),
    en: ['defect', 'defects', 'defective', 'broken', 'recall', 'recalls', 'recalled', 'faulty', 'malfunction',
      'malfunctioning', 'stopped working', 'fell apart', 'poor quality', 'low quality', 'cracked', 'leaking',
      'leaks', 'overheating', 'overheats', 'exploded', 'explosion', 'battery swelling', 'swollen battery'],
    exclude: ['爆炸好', '好吃爆炸', '到爆炸', '信息爆炸', '爆炸头'],
    weak: ['keeps crashing', 'crashes', 'crashed', 'stopped charging'],
  },
  food_safety: {
    zh: words(`食品安全 食安 拉肚子 腹泻 上吐下泻 食物中毒 集体中毒 中毒住院 蟑螂 老鼠 苍蝇 有虫 吃出虫 吃出头发 有头发 头发丝
      吃出异物 过期 不卫生 卫生差 卫生问题 脏乱差 地沟油 馊了 发臭 变味 霉菌 长毛了 致癌 超标 三无 无证经营`),
    en: ['food poisoning', 'poisoning', 'expired', 'mold', 'moldy', 'mould', 'mouldy', 'cockroach', 'cockroaches',
      'roach', 'roaches', 'rat', 'rats', 'hair in my', 'hair in the', 'diarrhea', 'diarrhoea', 'vomiting',
      'threw up', 'unsanitary', 'unhygienic', 'poor hygiene', 'salmonella', 'listeria', 'e. coli', 'contaminated',
      'contamination', 'spoiled', 'rotten'],
    exclude: ['券过期', '会员过期', '活动过期', '链接过期', '优惠过期', '过期不候', '卫生巾', '卫生纸', '卫生间'],
    weak: ['后厨', 'kitchen'],
  },
  service: {
    zh: words(`态度差 态度恶劣 态度极差 服务差 服务太差 机器人客服 不理人 没人理 爱答不理 已读不回 不回复
      踢皮球 推诿 甩锅 敷衍 打不通 投诉无门 售后差 怼顾客 骂顾客 店大欺客`),
    en: ['rude', 'ignored', 'ignoring', 'no response', 'never responded', 'never replied', 'unhelpful',
      'terrible service', 'poor service', 'worst service', 'hung up', 'runaround', 'no one answers'],
    weak: ['客服', '人工客服', '售后', '服务态度', '客服电话', 'customer service', 'customer support', 'support ticket'],
  },
  false_advertising: {
    zh: words(`虚假宣传 虚假广告 夸大宣传 货不对板 图文不符 与描述不符 名不副实 割韭菜 智商税 欺骗消费者 忽悠 骗人 骗子 骗局 诈骗
      照骗 以次充好 假货 山寨 缺斤少两 虚标 刷单 刷好评 智商稅`),
    en: ['misleading', 'false advertising', 'false claims', 'scam', 'scams', 'scammed', 'scammy', 'scammer',
      'scammers', 'ripoff', 'rip-off', 'rip off', 'ripped off', 'bait and switch', 'fake reviews',
      'not as described', 'counterfeit', 'knockoff', 'deceptive'],
    weak: ['套路', '广告', 'advertised'],
  },
  price_refund: {
    zh: words(`退款 退钱 不退款 拒绝退款 拒不退款 维权 投诉 12315 黑猫投诉 乱收费 乱扣费 多扣 扣费 自动续费 拒绝退货 霸王条款
      价格欺诈 大数据杀熟 杀熟 索赔 不退押金 维权群 退费`),
    en: ['refund', 'refunds', 'refunded', 'no refund', 'chargeback', 'chargebacks', 'double charged',
      'charged twice', 'overcharged', 'hidden fees', 'hidden fee', 'price gouging', 'auto-renew', 'auto renewal',
      'money back'],
    weak: ['退货', '差价', '押金', '赔偿', '涨价', 'compensation', 'return policy', 'price hike'],
  },
  privacy: {
    zh: words(`泄露 信息泄露 数据泄露 侵犯隐私 窃听 偷听 监听 偷拍 人脸信息 骚扰电话 信息被卖
      外泄 资料外泄`),
    en: ['data breach', 'breach', 'leaked', 'data leak', 'hacked', 'spying', 'doxxed', 'gdpr', 'sold my data',
      'selling data'],
    weak: ['个人信息', '隐私', '用户数据', '数据安全', '个资', 'privacy', 'personal data', 'personal information'],
  },
  legal: {
    zh: words(`起诉 被起诉 诉讼 违法 违规 罚款 处罚 立案 立案调查 市场监管 市场监督管理局 市监局 工商局 监管部门 约谈 通报 判决
      律师函 侵权 涉嫌 报警 查封 整改 吊销 停业整顿 消协 消费者协会`),
    en: ['lawsuit', 'lawsuits', 'sued', 'suing', 'class action', 'fined', 'penalty', 'investigation', 'investigated',
      'ftc', 'illegal', 'violation', 'violations', 'subpoena', 'cease and desist', 'banned'],
    weak: ['法院', '警方', 'court', 'regulator', 'regulators'],
    exclude: ['food court', 'tennis court', 'basketball court'],
  },
  safety_incident: {
    zh: words(`受伤 伤人 事故 起火 着火 火灾 爆燃 燃气泄漏 泄漏 烫伤 烧伤 触电 坍塌 伤亡 死亡 身亡 遇难 送医 踩踏 坠落 砸伤
      割伤 窒息`),
    en: ['injured', 'injury', 'injuries', 'caught fire', 'burned', 'accident', 'accidents', 'killed', 'death',
      'deaths', 'hospitalized', 'hospitalised', 'electrocuted', 'collapsed', 'emergency room'],
    weak: ['住院', '急救', 'fire', 'burns', 'car crash', 'crashed into', 'plane crash'],
    exclude: ['fire sale', 'to death', '笑死', '死亡芭比粉'],
  },
  executive: {
    zh: words(`ceo言论 老板言论 不当言论 言论不当 雷人言论 辞职 丑闻 出轨 被抓 被捕 被带走
      失联 性骚扰 辱骂 傲慢`),
    en: ['scandal', 'resign', 'resigned', 'resignation', 'arrested', 'harassment', 'misconduct', 'step down'],
    weak: ['高管', '董事长', '总裁', '创始人', '老板', '道歉', '致歉', 'ceo', 'founder', 'chairman', 'executive', 'executives',
      'apology', 'apologize', 'apologise'],
  },
  rumour: {
    zh: words(`谣言 造谣 辟谣 传谣 抹黑 水军 黑公关 恶意中伤 诽谤 带节奏 假新闻 不实信息 恶意攻击 网暴 黑稿`),
    en: ['rumor', 'rumors', 'rumour', 'rumours', 'fake news', 'hoax', 'smear', 'smears', 'defamation', 'bots',
      'bot accounts', 'astroturfing', 'misinformation', 'disinformation', 'debunked'],
    weak: ['洗地', '控评', 'shills'],
  },
};
