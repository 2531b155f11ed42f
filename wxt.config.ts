import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { PLATFORM_HOST_MATCHES } from './lib/platforms/hosts';

const WEBHOOK_ORIGINS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the IndexedDB is ours; host permissions only for the platforms we read.
    // contextMenus + activeTab: "Check sentiment" on selected text; the click grants access to that one tab.
    // scripting: to show the verdict card in that tab (scripting.executeScript with a function, no remote code).
    // notifications: a system notification when a crisis flag is raised or escalated to orange/red.
    // alarms: the crisis radar re-evaluates every 15 min, so quiet windows step levels down even when
    // nothing new is captured (a timer would die with the idle service worker).
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting', 'notifications', 'alarms'],
    host_permissions: [...PLATFORM_HOST_MATCHES],
    // Crisis webhooks (Slack, Feishu, DingTalk, WeCom, or a relay on this machine): the dashboard asks for
    // the one origin of the URL the user entered when they save or test it (lib/crisis/webhook-url.ts).
    // Without it the worker's JSON POST would need a CORS preflight those services do not answer.
    // Manifest v2 (Firefox) has no optional_host_permissions: origins go in optional_permissions there.
    ...(manifestVersion === 2
      ? { optional_permissions: [...WEBHOOK_ORIGINS] }
      : { optional_host_permissions: [...WEBHOOK_ORIGINS] }),
    action: { default_title: '__MSG_extName__' },
    // Swipe file: the shortcut saves the post in view. Pressing it grants activeTab for that tab, which
    // tabs.captureVisibleTab needs for the picture (the context-menu item grants the same).
    commands: {
      'save-example': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_command_saveExample__' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'earshot@earshot.local', strict_min_version: '128.0' } } }
      : {}),
  }),
});
