import { defineConfig, type Entrypoint } from 'wxt';
import preact from '@preact/preset-vite';
import { MAIL_MATCHES } from './lib/webmail/hosts';

// Hosts Relance needs on every install: the mail apps only (least privilege).
export const MAIL_HOSTS = MAIL_MATCHES;

// Invoicing apps are self-hosted on any domain, so their hosts are optional and
// requested, one origin at a time, when the user enables that app.
export const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

export default defineConfig({
  manifestVersion: 3,
  hooks: {
    // The popup is built on its own: its first screen then loads as one script, not a
    // handful of chunks shared with the other pages (each file costs the page a request).
    'entrypoints:grouped': (_wxt, groups) => {
      const pages = groups.find(
        (g): g is Entrypoint[] => Array.isArray(g) && g.some((e) => e.type === 'popup'),
      );
      if (!pages || pages.length < 2) return;
      const popup = pages.find((e) => e.type === 'popup')!;
      pages.splice(pages.indexOf(popup), 1);
      groups.push([popup]);
    },
    // The demo build runs the invoice overlay on the local demo server; the store build
    // registers it only for sites the user enabled (optional permissions).
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'demo') return;
      manifest.content_scripts ??= [];
      manifest.content_scripts.push(
        {
          matches: ['http://127.0.0.1/*', 'http://localhost/*'],
          exclude_matches: ['http://127.0.0.1/webmail*', 'http://localhost/webmail*'],
          js: ['content-scripts/invoice.js'],
          run_at: 'document_idle',
        },
        // The demo's Gmail-like page, so the compose panel can be tried without an account.
        {
          matches: ['http://127.0.0.1/webmail*', 'http://localhost/webmail*'],
          js: ['content-scripts/gmail.js'],
          run_at: 'document_idle',
        },
      );
    },
  },
  // Every build is a production build, the demo's too (Vite would treat a mode other than
  // "production" as development: JSX with source paths, preact/debug).
  vite: (env) => {
    const build = env.command === 'build';
    return {
      plugins: [preact({ devToolsEnabled: !build })],
      oxc: build ? { jsx: { development: false } } : undefined,
    };
  },
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
    host_permissions:
      mode === 'demo' ? [...MAIL_HOSTS, 'http://127.0.0.1/*', 'http://localhost/*'] : MAIL_HOSTS,
    optional_host_permissions: OPTIONAL_HOSTS,
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          sidebar_action: { default_panel: 'sidepanel.html', default_title: '__MSG_extName__' },
          browser_specific_settings: {
            gecko: {
              id: 'relance@relance.app',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    // Framed by our content scripts. Any page of those hosts can frame them too: both show
    // nothing without the single-use token our content script got (lib/app/grants.ts).
    web_accessible_resources: [
      {
        resources: ['sidepanel.html'],
        matches: mode === 'demo' ? [...MAIL_HOSTS, 'http://127.0.0.1/*'] : MAIL_HOSTS,
      },
      // The invoice overlay runs on the invoicing sites the user enables, any host.
      { resources: ['overlay.html'], matches: OPTIONAL_HOSTS },
    ],
  }),
});
