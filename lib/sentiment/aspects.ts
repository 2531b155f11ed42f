// What a complaint (or praise) is about, in the terms a brand's crisis playbook uses later.
// Terms are matched as whole tokens (the Chinese ones are also segmentation units, see lexicon.ts).

export type Aspect = 'price' | 'quality' | 'service' | 'logistics' | 'safety' | 'honesty';

export const ASPECT_TERMS: Record<Aspect, string[]> = {
  price: `价格 价钱 价位 贵 偏贵 便宜 性价比 划算 实惠 超值 物超所值 物美价廉 乱收费 宰客 智商税 割韭菜 韭菜 退钱 涨价 降价 优惠
    打折 折扣 运费 房价 收费 血亏 price prices pricing priced overpriced expensive pricey cheap affordable cost costs costly refund
    bargain value money fee fees charge charged`.trim().split(/\s+/),
  quality: `质量 品质 做工 材质 质感 用料 耐用 结实 破损 瑕疵 划痕 掉色 起球 褪色 变形 坏了 坏 次品 残次品 劣质 卡顿 死机 闪退 发热
    漏水 噪音 拉胯 拉垮 翻车 好用 难用 效果 quality build material materials durable sturdy flimsy broke broken defect defective
    faulty cheaply crack cracked scratch scratched leak leaking malfunction stopped works`.trim().split(/\s+/),
  service: `客服 服务 服务员 态度 售后 店家 卖家 商家 前台 工作人员 经理 导游 司机 服务态度 态度差 态度恶劣 敷衍 冷漠 推诿 甩锅 不理
    不理人 热情 耐心 周到 贴心 专业 不专业 傲慢 粗鲁 投诉 service staff support customer rude helpful unhelpful polite manager
    waiter waitress receptionist agent representative rep`.trim().split(/\s+/),
  logistics: `物流 快递 发货 送货 配送 到货 收货 包装 包裹 运输 外卖 骑手 送达 签收 丢件 漏发 少发 错发 发错 缺货 断货 延误
    shipping shipped ship delivery delivered deliver package packaging courier arrived arrival tracking dispatch shipment parcel`.trim().split(/\s+/),
  safety: `卫生 干净 脏 蟑螂 老鼠 跳蚤 虫子 头发丝 霉 发霉 变质 过期 馊 异物 拉肚子 食物中毒 中毒 过敏 甲醛 爆炸 起火 自燃 着火 漏电
    召回 安全 隐患 受伤 烫伤 致癌 hygiene dirty filthy unsafe safety recall recalled poisoning poisoned expired mold moldy
    cockroach cockroaches roach bedbugs contaminated allergic injury injured burn burned fire explode exploded hazard toxic`.trim().split(/\s+/),
  honesty: `虚假 虚假宣传 假货 山寨 骗 骗子 骗人 欺骗 欺诈 诈骗 忽悠 夸大 不符 货不对板 刷单 水军 造假 黑幕 套路 智商税 割韭菜
    上当 上当受骗 被骗 fake scam scammer scammed fraud fraudulent misleading mislead lie lied lies liar deceptive counterfeit
    ripoff rip-off bait dishonest false`.trim().split(/\s+/),
};

const TERM_TO_ASPECTS = new Map<string, Aspect[]>();
for (const [aspect, terms] of Object.entries(ASPECT_TERMS) as [Aspect, string[]][]) {
  for (const term of terms) TERM_TO_ASPECTS.set(term, [...(TERM_TO_ASPECTS.get(term) ?? []), aspect]);
}

/** A term can name two aspects: 智商税 is about price and about honest marketing. */
export function aspectsOf(token: string): Aspect[] | undefined {
  return TERM_TO_ASPECTS.get(token);
}

/** Every aspect term, for the Chinese segmenter's dictionary. */
export const ALL_ASPECT_TERMS: string[] = [...TERM_TO_ASPECTS.keys()];
