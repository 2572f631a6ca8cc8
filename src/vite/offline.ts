/**
 * The installable, offline app: vite-plugin-pwa (Workbox generateSW) precaches every file of the build (every
 * chunk, the lazily loaded ones and the workers included, and the graph data, which is a chunk), with a web
 * manifest and the build-time PNG icons. `registerType: 'prompt'`: a new version waits until the teacher presses
 * Reload (src/platform/offline.ts, <update-notice>), never mid-lesson. No script is injected into the page, so
 * the CSP `script-src 'self'` holds.
 */
import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';
import { appIconsPlugin, ICON_SIZES, iconFile } from './app-icons';

/**
 * The app's files are precached up to this size each (Workbox's default, 2 MiB, would skip a large chunk silently;
 * a 10,000-entity dataset's data chunk is 16 MB, and a build that cannot precache its own data would not work offline).
 */
export const PRECACHE_MAX_BYTES = 64 * 1024 * 1024;

export function offlinePlugins(): PluginOption[] {
  return [
    appIconsPlugin(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'generateSW',
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      manifest: {
        name: 'Allegiance: Bolshevik and Stalinist Russia',
        short_name: 'Allegiance',
        description: 'Explore who stood with whom in Bolshevik and Stalinist Russia, 1918–56, from your revision notes.',
        lang: 'en-GB',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#f4f6f9',
        theme_color: '#1f2a36',
        icons: [
          ...ICON_SIZES.map((size) => ({ src: iconFile(size), sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
          { src: iconFile(512), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The web manifest is added by the plugin itself.
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,json}'],
        maximumFileSizeToCacheInBytes: PRECACHE_MAX_BYTES,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first install takes the open page at once (nothing older to replace), so one visit is enough;
        // a later version waits (no skipWaiting) until the teacher agrees.
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ];
}
