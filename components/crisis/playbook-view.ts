// Playbook text in the UI's language, taken from the playbook data in lib/crisis.
import { playbookFor as bilingualPlaybookFor } from '../../lib/crisis/playbooks';
import type { CrisisType } from '../../lib/crisis/types';

export interface PlaybookView {
  check: string[];
  say: string[];
  avoid: string[];
}

export function playbookFor(type: CrisisType, locale: string): PlaybookView | undefined {
  const { check, say, avoid } = bilingualPlaybookFor(type, locale.toLowerCase().startsWith('zh') ? 'zh' : 'en');
  return { check, say, avoid };
}
