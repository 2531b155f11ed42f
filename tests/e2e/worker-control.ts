// Stop the extension's service worker the way Chrome does when it is idle, and watch it come back.
// Playwright's Worker 'close' event arrives late or not at all for a stopped (not destroyed)
// worker, so the DevTools ServiceWorker domain's own running status is the source of truth.
import type { CDPSession, Page } from 'playwright-core';

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: RunningStatus;
}

export class ServiceWorkerControl {
  private readonly versions = new Map<string, WorkerVersion>();
  private waiters: Array<() => void> = [];
  /** How many times our worker went to 'running' since attaching (restarts show up here). */
  starts = 0;

  private constructor(private readonly cdp: CDPSession, private readonly scriptPrefix: string) {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: WorkerVersion[] }) => {
      for (const version of versions) {
        if (!version.scriptURL.startsWith(this.scriptPrefix)) continue;
        const before = this.versions.get(version.versionId)?.runningStatus;
        if (version.runningStatus === 'running' && before !== 'running') this.starts++;
        this.versions.set(version.versionId, version);
      }
      const waiters = this.waiters;
      this.waiters = [];
      waiters.forEach((wake) => wake());
    });
  }

  /** `page` must be a page of the extension's origin (e.g. ExtensionDb's page). */
  static async attach(page: Page, extensionId: string): Promise<ServiceWorkerControl> {
    const cdp = await page.context().newCDPSession(page);
    const control = new ServiceWorkerControl(cdp, `chrome-extension://${extensionId}/`);
    await cdp.send('ServiceWorker.enable');
    return control;
  }

  /** Running status of our newest worker version (undefined before DevTools has reported it). */
  status(): RunningStatus | undefined {
    const versions = [...this.versions.values()];
    return versions[versions.length - 1]?.runningStatus;
  }

  async waitFor(status: RunningStatus, timeout = 10_000): Promise<void> {
    const deadline = Date.now() + timeout;
    while (this.status() !== status) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`service worker still '${this.status()}', wanted '${status}'`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 250));
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
  }

  /** Stop every service worker of the profile, ours included (as Chrome does to idle ones). */
  async stopAll(): Promise<void> {
    await this.cdp.send('ServiceWorker.stopAllWorkers');
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => {});
  }
}
