import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Hosts Relance needs on every install: the mail apps only (least privilege).
export const MAIL_HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];

// Invoicing apps are self-hosted on any domain, so their hosts are optional and
// requested, one origin at a time, when the user enables that app.
export const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

export default defineConfig({
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    permissions: [
      'storage',
      'alarms',
      'notifications',
      'activeTab',
      'scripting',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // The demo build also reaches the local demo server; the store build never does.
    host_permissions: mode === 'demo' ? [...MAIL_HOSTS, 'http://127.0.0.1/*', 'http://localhost/*'] : MAIL_HOSTS,
    optional_host_permissions: OPTIONAL_HOSTS,
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          sidebar_action: { default_panel: 'sidepanel.html', default_title: '__MSG_extName__' },
          browser_specific_settings: { gecko: { id: 'relance@relance.app', strict_min_version: '128.0' } },
        }
      : {}),
    web_accessible_resources: [
      { resources: ['sidepanel.html'], matches: mode === 'demo' ? [...MAIL_HOSTS, 'http://127.0.0.1/*'] : MAIL_HOSTS },
    ],
  }),
});
