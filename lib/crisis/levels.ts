// Level rules: the signals of one window → blue / yellow / orange / red, with the reasons (values and thresholds)
// and the evidence. Start: anchors A.4's proposal. Changed for a one-person browsing sample:
//
//  | level  | rule id                  | fires when (medium sensitivity; high × 0.8, low × 1.25)                    |
//  |--------|--------------------------|-----------------------------------------------------------------------------|
//  | —      | gate                     | V < 10 mentions in the window: nothing at all, whatever else is true         |
//  | blue   | blue.volume              | mention RATE z ≥ 2 vs the 7-day baseline (or the spike scorer's alarm)       |
//  | blue   | blue.negative            | N ≥ 30 % of ≥ 10 labelled voices                                            |
//  | blue   | blue.lexicon             | ≥ 3 non-positive voices name one crisis type                                |
//  | blue   | blue.coordinated         | a negative coordinated cluster (≥ 5 accounts, near-identical, 30 min)       |
//  | blue   | blue.hot_list            | the watch is on a captured hot list                                         |
//  | yellow | yellow.volume_negative   | z ≥ 2 and N ≥ 30 %                                                          |
//  | yellow | yellow.negative_rise     | ΔN ≥ +15 pt over the 7-day share, and ≥ 2 standard errors at this sample    |
//  | yellow | yellow.negative_crisis   | N ≥ 30 % and ≥ 5 non-positive voices name one crisis type                   |
//  | orange | orange.volume_negative   | z ≥ 3 and N ≥ 40 %                                                          |
//  | orange | orange.amplified_author  | yellow + an author ≥ 100k followers or verified posting negatively          |
//  | orange | orange.spread            | yellow + spread: hot list, or a negative post growing ≥ 1000/h and ≥ p95    |
//  | red    | red.spread               | orange (by volume+negativity or an amplifier author) + spread               |
//
// Differences from A.4, and why:
//  - Volume is a rate per captured record (browsing more is no spike), and blue needs z ≥ 2, not 1.5: with the
//    sampling error of small hourly samples, z ≥ 1.5 fires on noise several times a day and the flag is switched off.
//  - ΔN alone must also clear the sampling error: +15 pt in ten labelled comments is two people.
//  - "S above the platform's p95" alone meant red for the top 5 % of any window: growth must also pass an
//    absolute rate, and it is spread (with the hot list), which lifts an existing yellow/orange, never a level alone.
//  - A.4's red "Orange + hot list" with "Orange = Yellow + hot list" would make yellow + hot list red: the hot
//    list is counted once (orange.spread), and red needs orange from another rule plus spread.
//  - Crisis terms (内容敏感度) and coordinated negative clusters give blue notices, and crisis terms concentrated in
//    negative talk give yellow: "食物中毒" is not ordinary grumbling.
//  - Volume without negativity (a launch going well) stays at blue: every rule above blue needs negativity.
import { SPIKE_ALARM_Z } from './score-series';
import { detectSignals, type WindowSignals } from './detectors';
import { selectEvidence } from './evidence';
import { DEFAULT_THRESHOLDS } from './thresholds';
import { LEVEL_ORDER, type CrisisLevel, type CrisisType, type FlagReason, type LevelSettings, type WatchWindow, type WindowVerdict } from './types';
import { DEFAULT_COORDINATION } from './coordinated';

export { nextFlag, type FlagIds } from './next-flag';

export type LevelRuleId =
  | 'blue.volume' | 'blue.negative' | 'blue.lexicon' | 'blue.coordinated' | 'blue.hot_list'
  | 'yellow.volume_negative' | 'yellow.negative_rise' | 'yellow.negative_crisis'
  | 'orange.volume_negative' | 'orange.amplified_author' | 'orange.spread'
  | 'red.spread';

export interface LevelRule {
  id: LevelRuleId;
  level: CrisisLevel;
  /** The signals the rule reads (FlagReason.signal keys). */
  signals: string[];
  en: string;
  zh: string;
}

const T = DEFAULT_THRESHOLDS;
const pct = (share: number) => `${Math.round(share * 100)}`;

/** The default rules at medium sensitivity, for the UI to show next to a flag ("why this colour"). */
export const LEVEL_RULES: readonly LevelRule[] = [
  { id: 'blue.volume', level: 'blue', signals: ['volume_z'],
    en: `Mentions per captured record ${T.volumeZ} standard deviations above the 7-day baseline`,
    zh: `提及占浏览量的比例高于7天基线 ${T.volumeZ} 个标准差` },
  { id: 'blue.negative', level: 'blue', signals: ['negative_share'],
    en: `Negative share ≥ ${pct(T.negativeShare)}% of at least ${T.minLabelled} labelled voices`,
    zh: `负面占比 ≥ ${pct(T.negativeShare)}%（至少 ${T.minLabelled} 条有情感标注）` },
  { id: 'blue.lexicon', level: 'blue', signals: ['lexicon'],
    en: `At least ${T.lexiconItems} non-positive posts or comments about one crisis type`,
    zh: `至少 ${T.lexiconItems} 条非正面内容涉及同一危机类型` },
  { id: 'blue.coordinated', level: 'blue', signals: ['coordinated'],
    en: `Negative near-identical texts from ≥ ${DEFAULT_COORDINATION.minAuthors} accounts within ${DEFAULT_COORDINATION.spanMinutes} min (possible astroturfing)`,
    zh: `${DEFAULT_COORDINATION.spanMinutes} 分钟内 ≥ ${DEFAULT_COORDINATION.minAuthors} 个账号发布几乎相同的负面内容（疑似水军）` },
  { id: 'blue.hot_list', level: 'blue', signals: ['hot_list'],
    en: 'The watch appears on a captured hot list', zh: '监测对象出现在热榜上' },
  { id: 'yellow.volume_negative', level: 'yellow', signals: ['volume_z', 'negative_share'],
    en: `Volume z ≥ ${T.volumeZ} and negative share ≥ ${pct(T.negativeShare)}%`,
    zh: `声量 z ≥ ${T.volumeZ} 且负面占比 ≥ ${pct(T.negativeShare)}%` },
  { id: 'yellow.negative_rise', level: 'yellow', signals: ['negative_rise'],
    en: `Negative share up ≥ ${pct(T.negativeRise)} points on the 7-day share, beyond sampling error`,
    zh: `负面占比比7天基线上升 ≥ ${pct(T.negativeRise)} 个百分点，且超出抽样误差` },
  { id: 'yellow.negative_crisis', level: 'yellow', signals: ['negative_share', 'lexicon'],
    en: `Negative share ≥ ${pct(T.negativeShare)}% and ≥ ${T.lexiconItemsStrong} posts or comments about one crisis type`,
    zh: `负面占比 ≥ ${pct(T.negativeShare)}% 且 ≥ ${T.lexiconItemsStrong} 条内容涉及同一危机类型` },
  { id: 'orange.volume_negative', level: 'orange', signals: ['volume_z', 'negative_share'],
    en: `Volume z ≥ ${T.volumeZStrong} and negative share ≥ ${pct(T.negativeShareStrong)}%`,
    zh: `声量 z ≥ ${T.volumeZStrong} 且负面占比 ≥ ${pct(T.negativeShareStrong)}%` },
  { id: 'orange.amplified_author', level: 'orange', signals: ['amplifier_author'],
    en: `Yellow, and an account with ≥ ${T.amplifierFollowers / 1000}k followers or verified posts negatively`,
    zh: `达到黄色，且粉丝 ≥ ${T.amplifierFollowers / 10_000} 万或认证账号发布负面内容` },
  { id: 'orange.spread', level: 'orange', signals: ['hot_list', 'growth'],
    en: `Yellow, and spreading: on a hot list, or a negative post gaining ≥ ${T.fastGrowthPerHour} interactions/h (and above the window's p95)`,
    zh: `达到黄色，且在扩散：上热榜，或负面帖每小时互动增长 ≥ ${T.fastGrowthPerHour}（且高于窗口 p95）` },
  { id: 'red.spread', level: 'red', signals: ['hot_list', 'growth'],
    en: 'Orange by volume and negativity or by an amplifier account, and spreading (hot list or fast-growing negative post)',
    zh: '因声量与负面或大V达到橙色，且在扩散（上热榜或负面帖快速增长）' },
];

/** Guards that hold across windows (nextFlag), shown with the rules. */
export const LEVEL_GUARDS = [
  { id: 'gate', en: `No flag from fewer than ${T.minMentions} mentions in the window`, zh: `窗口内提及少于 ${T.minMentions} 条时不预警` },
  { id: 'escalate', en: 'A higher level is raised at once', zh: '级别升高立即生效' },
  { id: 'cooldown', en: 'No re-raise to the same or a lower level within the cooldown after the last change', zh: '冷却期内不重复预警同级或更低级别' },
  { id: 'step_down', en: 'Steps down one level only after the set number of quiet windows, and not within the cooldown', zh: '连续若干个平静窗口后才降一级，且不在冷却期内' },
  { id: 'resolved', en: 'A resolved flag is not reopened by the same evidence; new trouble raises a new flag', zh: '已解决的预警不会因同样的证据重开；新的问题另起预警' },
] as const;

export interface WindowEvaluation {
  verdict: WindowVerdict;
  signals: WindowSignals;
  /** Rules that fired, in LEVEL_RULES order. */
  rules: LevelRuleId[];
}

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;
const preview = (text: string, chars = 40) => ([...text].length > chars ? `${[...text].slice(0, chars).join('')}…` : text);

function firedRules(s: WindowSignals): LevelRuleId[] {
  const t = s.thresholds;
  const { z, spikeZ } = s.volume;
  const spike = spikeZ !== undefined && spikeZ >= SPIKE_ALARM_Z;
  const volumeHigh = (z !== undefined && z >= t.volumeZ) || spike;
  const volumeStrong = (z !== undefined && z >= t.volumeZStrong) || spike;
  const share = s.negative.share;
  const negativeHigh = share !== undefined && share >= t.negativeShare;
  const negativeStrong = share !== undefined && share >= t.negativeShareStrong;
  const { rise, riseThreshold } = s.negative;
  const risen = rise !== undefined && riseThreshold !== undefined && rise > 0 && rise >= riseThreshold;
  const topLexicon = s.lexicon[0]?.voices ?? 0;
  const spread = s.hotList.length > 0 || s.growth.posts.length > 0;

  const fired = new Set<LevelRuleId>();
  const when = (id: LevelRuleId, condition: boolean) => { if (condition) fired.add(id); };
  when('blue.volume', volumeHigh);
  when('blue.negative', negativeHigh);
  when('blue.lexicon', topLexicon >= t.lexiconItems);
  when('blue.coordinated', s.clusters.some((c) => c.label === 'negative'));
  when('blue.hot_list', s.hotList.length > 0);
  when('yellow.volume_negative', volumeHigh && negativeHigh);
  when('yellow.negative_rise', risen);
  when('yellow.negative_crisis', negativeHigh && topLexicon >= t.lexiconItemsStrong);
  const yellow = fired.has('yellow.volume_negative') || fired.has('yellow.negative_rise') || fired.has('yellow.negative_crisis');
  when('orange.volume_negative', volumeStrong && negativeStrong);
  when('orange.amplified_author', yellow && s.amplifierAuthors.length > 0);
  when('orange.spread', yellow && spread);
  when('red.spread', (fired.has('orange.volume_negative') || fired.has('orange.amplified_author')) && spread);
  return LEVEL_RULES.map((rule) => rule.id).filter((id) => fired.has(id));
}

function reasonsFor(s: WindowSignals, rules: readonly LevelRuleId[]): FlagReason[] {
  const t = s.thresholds;
  const has = (id: LevelRuleId) => rules.includes(id);
  const reasons: FlagReason[] = [{ signal: 'mentions', value: s.volume.mentions, threshold: t.minMentions, detail: `${s.volume.captured} captured` }];
  const { z, spikeZ, rate, baselineRate } = s.volume;
  if (has('blue.volume')) {
    const strong = has('orange.volume_negative');
    if (z !== undefined && z >= t.volumeZ) {
      const detail = rate !== undefined && baselineRate !== undefined ? `rate ${round(rate * 100, 1)}% vs ${round(baselineRate * 100, 1)}% baseline` : undefined;
      reasons.push({ signal: 'volume_z', value: round(z, 2), threshold: strong ? t.volumeZStrong : t.volumeZ, ...(detail ? { detail } : {}) });
    } else if (spikeZ !== undefined) {
      reasons.push({ signal: 'volume_z', value: round(spikeZ, 2), threshold: SPIKE_ALARM_Z, detail: 'spike scorer' });
    }
  }
  const { share, negative, labelled, rise, riseThreshold, baselineShare } = s.negative;
  if (has('blue.negative') && share !== undefined) {
    reasons.push({ signal: 'negative_share', value: round(share), threshold: has('orange.volume_negative') ? t.negativeShareStrong : t.negativeShare, detail: `${negative}/${labelled}` });
  }
  if (has('yellow.negative_rise') && rise !== undefined && riseThreshold !== undefined) {
    reasons.push({ signal: 'negative_rise', value: round(rise), threshold: round(riseThreshold), detail: `baseline ${round((baselineShare ?? 0) * 100, 1)}%` });
  }
  const lexiconLine = has('yellow.negative_crisis') ? t.lexiconItemsStrong : t.lexiconItems;
  for (const hit of s.lexicon.filter((l) => l.voices >= t.lexiconItems)) {
    reasons.push({ signal: 'lexicon', value: hit.voices, threshold: lexiconLine, detail: `${hit.type}: ${hit.terms.slice(0, 3).join(', ')}` });
  }
  for (const author of s.amplifierAuthors.slice(0, 3)) {
    reasons.push({ signal: 'amplifier_author', value: author.followers ?? 0, threshold: t.amplifierFollowers,
      detail: `${author.authorName}${author.verified ? ' (verified)' : ''}: ${author.items} negative` });
  }
  for (const post of s.growth.posts.slice(0, 3)) {
    reasons.push({ signal: 'growth', value: round(post.growthPerHour, 1), threshold: round(s.growth.threshold, 1), detail: post.authorName });
  }
  if (s.hotList.length > 0) {
    const top = s.hotList[0];
    reasons.push({ signal: 'hot_list', value: s.hotList.length, threshold: 1, detail: `${top.platform} #${top.rank} ${preview(top.title)}` });
  }
  for (const cluster of s.clusters.slice(0, 3)) {
    reasons.push({ signal: 'coordinated', value: cluster.authors, threshold: DEFAULT_COORDINATION.minAuthors,
      detail: `${cluster.memberIds.length} items${cluster.label ? `, ${cluster.label}` : ''}: ${preview(cluster.text)}` });
  }
  return reasons;
}

function typesFor(s: WindowSignals): CrisisType[] {
  const named = s.lexicon.filter((l, index) => l.voices >= 2 || index === 0).map((l) => l.type);
  if (s.clusters.some((c) => c.label === 'negative') && !named.includes('rumour')) named.push('rumour');
  return named;
}

export function evaluateWindowDetailed(window: WatchWindow, settings: Pick<LevelSettings, 'sensitivity'>): WindowEvaluation {
  const signals = detectSignals(window, settings);
  if (signals.volume.mentions < signals.thresholds.minMentions) {
    return { verdict: { types: [], reasons: [], evidence: [] }, signals, rules: [] };
  }
  const rules = firedRules(signals);
  if (rules.length === 0) return { verdict: { types: [], reasons: [], evidence: [] }, signals, rules };
  const level = LEVEL_ORDER[Math.max(...rules.map((id) => LEVEL_ORDER.indexOf(LEVEL_RULES.find((r) => r.id === id)!.level)))];
  return {
    verdict: { level, types: typesFor(signals), reasons: reasonsFor(signals, rules), evidence: selectEvidence(signals.voices) },
    signals,
    rules,
  };
}

/** One window → a level (or none), the types, the reasons with values and thresholds, and the evidence. */
export function evaluateWindow(window: WatchWindow, settings: LevelSettings): WindowVerdict {
  return evaluateWindowDetailed(window, settings).verdict;
}
