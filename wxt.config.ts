import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

const require = createRequire(import.meta.url);

// wink's 3 MB core model ships as a packaged JSON file that the analyser fetches when it
// starts (lib/nlp-host/load-wink-analyzer.ts), instead of a JS literal in the bundle.
const WINK_CORE_JSON = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');

// Hosts of the helpdesks Tact knows out of the box. Self-hosted helpdesks are enabled at
// run time through optional host permissions (see the adapters issue), never <all_urls>.
const KNOWN_HELPDESK_HOSTS = [
  'https://*.zendesk.com/*',
  'https://app.intercom.com/*',
  'https://app.chatwoot.com/*',
  'https://*.rocket.chat/*',
];

// `npm run build:test` (mode "test") also injects on loopback pages, so anyone's e2e tests
// can serve a helpdesk page on 127.0.0.1 and have Tact recognise it by its DOM.
const LOOPBACK_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: ({ browser }) => ({
    define: { 'import.meta.env.TACT_LAZY_WINK': JSON.stringify('true') },
    resolve: {
      alias: [
        { find: /^\.\/languages\/cur\/models\/eng-core-web-model\.json$/, replacement: resolve('lib/nlp-host/wink-core-model-slot.cjs') },
        // Where the analyser runs: in Chrome an offscreen NLP host (lib/background/offscreen-analysis.ts),
        // in Firefox the background itself. TACT_NLP_IN_WORKER=1 builds Chrome's in-worker variant for
        // the benchmark that compares the two. Swapping the file keeps the unused engine's code out.
        ...(browser === 'firefox' || process.env.TACT_NLP_IN_WORKER === '1'
          ? [{ find: /^\.\.\/lib\/background\/engine-for-chrome$/, replacement: resolve('lib/background/engine-in-worker.ts') }]
          : []),
      ],
    },
  }),
  hooks: {
    'build:publicAssets': (_wxt, assets) => {
      assets.push({ absoluteSrc: WINK_CORE_JSON, relativeDest: 'wink/eng-core-web-model.json' });
      assets.push({ absoluteSrc: resolve('lib/sync/managed-schema.json'), relativeDest: 'managed-schema.json' });
    },
  },
  webExt: { disabled: true },
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // offscreen (Chrome): the NLP host document, see lib/background/offscreen-analysis.ts.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: mode === 'test' || mode === 'development' ? [...KNOWN_HELPDESK_HOSTS, ...LOOPBACK_HOSTS] : KNOWN_HELPDESK_HOSTS,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extName__' },
    // Organisations pre-configure the hub (URL, team, token) through managed policies.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    // Keyboard shortcuts (the agent can rebind them in the browser's shortcut settings).
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+T' },
        description: '__MSG_commandOpenPanel__',
      },
      'next-chat': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commandNextChat__' },
      'insert-top-suggestion': { suggested_key: { default: 'Alt+Shift+I' }, description: '__MSG_commandInsertTop__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Tact collects nothing: chats are analysed locally; hub traffic is the team's own.
            gecko: { id: 'tact@tact.dev', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
