import { defineConfig, type UserConfig } from 'vite';
import { graphDataPlugin } from './src/vite/graph-data-plugin';
import { offlinePlugins } from './src/vite/offline';

/**
 * Headers to serve the built app with (README, "Deploying"). The <meta> CSP in index.html cannot forbid
 * framing or restrict <base> and forms; these can. No websocket host in production: connect-src 'self'.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** What every build of the app shares: the data plugin and the build target (vite.single.config.ts reuses it). */
export const sharedConfig = {
  // ALLEGIANCE_DATA points the app at another data folder (tests use it; a teacher may too).
  plugins: [graphDataPlugin({ dataDir: process.env.ALLEGIANCE_DATA })],
  optimizeDeps: {
    // Only the app is scanned for dependencies (the bench's pages import their own virtual modules).
    entries: ['index.html'],
    include: ['cytoscape', 'cytoscape-fcose', 'cose-base', 'layout-base', 'graphology', 'minisearch', 'lit'],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
} satisfies UserConfig;

// The served app also works offline and installs (src/vite/offline.ts).
export default defineConfig({
  ...sharedConfig,
  plugins: [...sharedConfig.plugins, ...offlinePlugins()],
  preview: { port: 4173, strictPort: false, headers: SECURITY_HEADERS },
  server: { port: 5173 },
});
