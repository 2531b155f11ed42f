// What to do per crisis type, Chinese and English: what to check, what to say, what not to do. Apology and fix for
// quality and service failures, emergency response first for safety incidents, facts and evidence for rumours.
import type { CrisisType } from './types';

export type PlaybookLang = 'zh' | 'en';

export interface Playbook {
  title: string;
  check: string[];
  say: string[];
  avoid: string[];
}

type Bilingual = Record<PlaybookLang, Playbook>;

export const PLAYBOOKS: Record<CrisisType, Bilingual> = {
  quality: {
    zh: { title: '产品质量问题',
      check: ['核实批次、购买渠道和数量，是个例还是批量', '让质检/供应链确认问题能否复现', '查看是否已有监管抽检或召回信息'],
      say: ['承认问题并道歉，不附加条件', '说明已采取的措施：下架、召回、退换货的具体方式和时间', '给出专门的联系渠道，并承诺跟进进度'],
      avoid: ['不要先质疑消费者使用不当', '不要私下要求删帖换取赔偿', '不要在查清前断言"个别现象"'] },
    en: { title: 'Product quality',
      check: ['Confirm batch, channel and count: isolated or widespread', 'Have QA/supply chain reproduce the defect', 'Look for regulator tests or recall notices already out'],
      say: ['Acknowledge the problem and apologise without conditions', 'State the fix: withdrawal, recall, replacement — how and by when', 'Give one contact channel and promise progress updates'],
      avoid: ['Do not blame customers for misuse first', 'Do not trade compensation for deleting posts', 'Do not call it "isolated" before you know'] },
  },
  food_safety: {
    zh: { title: '食品安全/卫生',
      check: ['是否有人就医，先确认健康状况', '封存涉事批次和留样，联系门店/工厂核查后厨与供应商', '是否已有市场监管部门介入'],
      say: ['把消费者健康放在第一位：承担就医费用并主动联系', '说明已暂停销售/停业自查，并邀请监管部门检测', '公布检测结果和整改措施'],
      avoid: ['不要在检测前否认', '不要销毁证据或清理现场', '不要用"个别门店""临时工"推卸责任'] },
    en: { title: 'Food safety / hygiene',
      check: ['Has anyone needed medical care? Their health first', 'Quarantine the batch and samples; inspect kitchen and suppliers', 'Is a food-safety regulator already involved?'],
      say: ['Put health first: cover medical costs and reach out personally', 'Say sales are paused / the site is closed for inspection, and invite official testing', 'Publish test results and corrective actions'],
      avoid: ['Do not deny before testing', 'Do not destroy or clean up evidence', 'Do not blame "one store" or "temporary staff"'] },
  },
  service: {
    zh: { title: '服务问题',
      check: ['调取沟通记录/录音，还原经过', '确认是个人行为还是流程问题', '找到当事消费者，了解诉求'],
      say: ['向当事人道歉并解决其具体问题', '说明对流程或人员的改进', '感谢反馈，公开后续处理结果'],
      avoid: ['不要公开争辩谁对谁错', '不要泄露消费者个人信息', '不要只发模板式回复'] },
    en: { title: 'Service failure',
      check: ['Pull the conversation logs or recordings and reconstruct what happened', 'One person or a process problem?', 'Reach the customer and learn what they want'],
      say: ['Apologise to the customer and solve their problem', 'Say what changes in process or staffing', 'Thank them for the feedback and share the outcome'],
      avoid: ['Do not argue in public about who was right', 'Do not expose the customer\'s personal details', 'Do not answer with a template only'] },
  },
  false_advertising: {
    zh: { title: '虚假宣传争议',
      check: ['逐条核对被质疑的宣传语和依据（检测报告、数据来源）', '法务评估是否违反广告法', '查看实物与宣传图/描述的差异'],
      say: ['拿出依据；依据不足就承认并撤下相关表述', '为受影响的消费者提供退换', '说明今后的审核机制'],
      avoid: ['不要用更夸张的说法回应', '不要删评控评', '不要攻击提出质疑的人'] },
    en: { title: 'Misleading claims',
      check: ['Check each disputed claim against its evidence (test reports, data sources)', 'Legal: does it break advertising law?', 'Compare the product with its pictures and description'],
      say: ['Show the evidence; where it is thin, admit it and withdraw the claim', 'Offer returns to affected customers', 'Explain how claims are reviewed from now on'],
      avoid: ['Do not answer with bigger claims', 'Do not delete or bury critical reviews', 'Do not attack the people asking'] },
  },
  price_refund: {
    zh: { title: '价格/退款纠纷',
      check: ['核对订单、扣费记录和退款规则', '统计同类投诉数量（12315、黑猫投诉等）', '确认是系统错误还是规则问题'],
      say: ['对多扣、错扣立即退还并说明时间', '用简单的话解释规则，不合理的规则承诺修改', '提供直接处理的渠道'],
      avoid: ['不要让消费者反复提交材料', '不要拖延到对方去监管部门投诉', '不要用格式条款搪塞'] },
    en: { title: 'Price / refund dispute',
      check: ['Check orders, charges and refund terms', 'Count similar complaints (consumer-rights sites, app reviews)', 'A system error or the rules themselves?'],
      say: ['Refund wrong charges now and say when the money arrives', 'Explain the rules plainly; commit to changing unfair ones', 'Offer a direct channel that resolves cases'],
      avoid: ['Do not make customers resubmit again and again', 'Do not stall until they go to a regulator', 'Do not hide behind fine print'] },
  },
  privacy: {
    zh: { title: '数据/隐私事件',
      check: ['技术团队确认是否真的泄露、范围和时间', '按法规要求评估是否需要向监管部门和用户通报', '先堵住漏洞'],
      say: ['如实说明发生了什么、影响了哪些数据', '告诉用户现在该做什么（改密码、警惕诈骗）', '说明修复措施和时间表'],
      avoid: ['不要在查清前说"没有泄露"', '不要隐瞒或拖延通报', '不要把责任推给用户'] },
    en: { title: 'Data / privacy incident',
      check: ['Have engineering confirm whether data leaked, what and since when', 'Assess legal duties to notify regulators and users', 'Close the hole first'],
      say: ['Say plainly what happened and which data was affected', 'Tell users what to do now (change passwords, watch for scams)', 'Explain the fix and the timeline'],
      avoid: ['Do not say "no data was leaked" before you know', 'Do not hide or delay notification', 'Do not blame users'] },
  },
  legal: {
    zh: { title: '法律/监管事件',
      check: ['法务确认事实：立案、处罚、诉讼的正式文件', '核实媒体报道与官方通报是否一致', '评估对经营的影响'],
      say: ['以官方通报为准，简洁说明公司立场', '表明配合调查和整改的态度', '对外口径统一，由指定发言人回应'],
      avoid: ['不要评论正在进行的案件细节', '不要与监管部门公开对抗', '不要让员工各自发言'] },
    en: { title: 'Legal / regulatory',
      check: ['Legal confirms the facts from official documents (case, penalty, filing)', 'Do media reports match the official notice?', 'Assess the business impact'],
      say: ['Anchor on the official notice and state the company\'s position briefly', 'Say you cooperate and what you are correcting', 'One spokesperson, one message'],
      avoid: ['Do not comment on details of ongoing cases', 'Do not fight the regulator in public', 'Do not let staff speak individually'] },
  },
  safety_incident: {
    zh: { title: '安全事故',
      check: ['先救人：确认伤员情况和救援进展', '确认时间、地点、原因的已知事实，保护现场', '通知相关部门并启动应急预案'],
      say: ['第一时间表达关切，公布已采取的救援和处置措施', '说明承担的责任和对伤者的支持', '持续更新进展，直到调查结论公布'],
      avoid: ['不要在调查前推测原因或推卸责任', '不要沉默等待', '不要发布未经核实的伤亡数字'] },
    en: { title: 'Safety incident',
      check: ['People first: who is hurt and is help on the way', 'Known facts of time, place and cause; secure the site', 'Notify the authorities and start the emergency plan'],
      say: ['Express concern at once and state the rescue and response steps taken', 'Say what responsibility you take and how you support the injured', 'Keep updating until the investigation concludes'],
      avoid: ['Do not speculate about causes or shift blame before the investigation', 'Do not go silent', 'Do not publish unverified casualty numbers'] },
  },
  executive: {
    zh: { title: '高管言行',
      check: ['核实原始视频/原文，区分断章取义与真实言论', '评估是否违法违规或违背公司价值观', '确认董事会/管理层的处理意见'],
      say: ['如言论不当，由本人和公司分别道歉', '说明公司立场和处理结果', '把注意力带回产品和用户'],
      avoid: ['不要用"个人言论与公司无关"草草切割', '不要为不当言论辩护', '不要删除原始内容制造"掩盖"话题'] },
    en: { title: 'Executive conduct',
      check: ['Find the full original video or text: out of context or not?', 'Is it unlawful, or against company values?', 'What do the board and management decide?'],
      say: ['If it was wrong, the person and the company each apologise', 'State the company\'s position and the action taken', 'Bring attention back to products and customers'],
      avoid: ['Do not brush it off as "personal views"', 'Do not defend the remark', 'Do not delete the original and start a cover-up story'] },
  },
  rumour: {
    zh: { title: '谣言/恶意攻击',
      check: ['找到源头和最早的传播账号', '整理事实证据：检测报告、记录、第三方证明', '查看是否为水军（相同文案、新账号、集中发布）'],
      say: ['用事实和证据澄清，附上可核验的材料', '必要时请权威第三方或媒体核实', '对恶意造谣保留法律追责，并说明已向平台举报'],
      avoid: ['不要情绪化回击或人身攻击', '不要反复回应扩大传播', '不要用水军对冲水军'] },
    en: { title: 'Rumour / attack',
      check: ['Find the source and the earliest accounts spreading it', 'Gather evidence: test reports, records, third-party proof', 'Look for astroturfing: same text, new accounts, bursts'],
      say: ['Correct it with facts and verifiable evidence', 'Ask an independent authority or media to verify where needed', 'Say you reported it to the platform and reserve legal action against deliberate fabrication'],
      avoid: ['Do not hit back emotionally or personally', 'Do not keep replying and spread it further', 'Do not fight bots with bots'] },
  },
};

/** For a flag without a crisis type (a volume or negativity change): watch, understand, be ready. */
export const GENERAL_PLAYBOOK: Bilingual = {
  zh: { title: '舆情变化',
    check: ['看证据里的高赞负面内容，判断大家在说什么', '确认是否涉及具体产品、门店或事件', '留意是否在向其他平台扩散'],
    say: ['在弄清事实前，只做简短回应：已关注，正在核实', '对个别用户的具体问题直接私信解决'],
    avoid: ['不要在事实不明时发长篇声明', '不要删帖'] },
  en: { title: 'Change in talk',
    check: ['Read the most-liked negative evidence: what are people saying?', 'Does it concern a product, a store or an event?', 'Is it spreading to other platforms?'],
    say: ['Until the facts are clear, answer briefly: we have seen it and are checking', 'Solve individual customers\' problems directly in private messages'],
    avoid: ['Do not publish a long statement before the facts are clear', 'Do not delete posts'] },
};

export function playbookFor(type: CrisisType | undefined, lang: PlaybookLang): Playbook {
  const bilingual = type ? PLAYBOOKS[type] : undefined;
  return (bilingual ?? GENERAL_PLAYBOOK)[lang === 'zh' ? 'zh' : 'en'];
}

/** The playbooks for a flag's types, in its order; the general one when it has none. */
export function playbooksFor(types: readonly CrisisType[], lang: PlaybookLang): Playbook[] {
  const known = types.filter((type) => type in PLAYBOOKS);
  return known.length ? [...new Set(known)].map((type) => playbookFor(type, lang)) : [playbookFor(undefined, lang)];
}
