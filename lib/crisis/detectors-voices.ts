// Voices: what the sentiment share and the lexicon count. Each item is one voice, except that a coordinated
// cluster (near-identical texts from many accounts, coordinated.ts) is one voice however many accounts pasted it.
import { findCoordinated, type CoordinatedCluster, type CoordinationOptions } from './coordinated';
import type { WindowItem } from './types';

export type VoiceLabel = NonNullable<WindowItem['label']>;

export interface Voice {
  /** The item, or the cluster's earliest member. */
  lead: WindowItem;
  members: WindowItem[];
  label?: VoiceLabel;
}

export interface ClusterSignal extends CoordinatedCluster {
  /** The label most members carry (ties: the earliest member's). */
  label?: VoiceLabel;
}

function majorityLabel(members: readonly WindowItem[]): VoiceLabel | undefined {
  const counts = new Map<VoiceLabel, number>();
  for (const { label } of members) if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  let best: VoiceLabel | undefined = members.find((m) => m.label)?.label;
  for (const [label, count] of counts) if (count > (best ? counts.get(best)! : 0)) best = label;
  return best;
}

export function coordinatedClusters(items: readonly WindowItem[], options?: Partial<CoordinationOptions>): ClusterSignal[] {
  const byId = new Map(items.map((item) => [item.recordId, item]));
  const found = findCoordinated(items.map((item) => ({ id: item.recordId, authorId: item.authorId, text: item.text, at: item.firstSeenAt })), options);
  return found.map((cluster) => {
    const label = majorityLabel(cluster.memberIds.map((id) => byId.get(id)!));
    return label ? { ...cluster, label } : cluster;
  });
}

export function voicesOf(items: readonly WindowItem[], clusters: readonly ClusterSignal[]): Voice[] {
  const clusterOf = new Map<string, ClusterSignal>();
  for (const cluster of clusters) for (const id of cluster.memberIds) clusterOf.set(id, cluster);
  const byId = new Map(items.map((item) => [item.recordId, item]));
  const voices: Voice[] = [];
  const done = new Set<ClusterSignal>();
  for (const item of items) {
    const cluster = clusterOf.get(item.recordId);
    if (!cluster) { voices.push({ lead: item, members: [item], label: item.label }); continue; }
    if (done.has(cluster)) continue;
    done.add(cluster);
    const members = cluster.memberIds.map((id) => byId.get(id)!);
    voices.push({ lead: members[0], members, label: cluster.label });
  }
  return voices;
}
