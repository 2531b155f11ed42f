import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { PLATFORM_HOST_MATCHES } from './lib/platforms/hosts';

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the IndexedDB is ours; host permissions only for the platforms we read.
    // contextMenus + activeTab: "Check sentiment" on selected text; the click grants access to that one tab.
    // scripting: to show the verdict card in that tab (scripting.executeScript with a function, no remote code).
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    host_permissions: [...PLATFORM_HOST_MATCHES],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'earshot@earshot.local', strict_min_version: '128.0' } } }
      : {}),
  }),
});
