import { defineConfig } from 'vite';

/**
 * Headers to serve the built app with (README, "Deploying"). The <meta> CSP in index.html cannot forbid
 * framing or restrict <base> and forms; these can. No websocket host in production: connect-src 'self'.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
import { graphDataPlugin } from './src/vite/graph-data-plugin';

export default defineConfig({
  // ALLEGIANCE_DATA points the app at another data folder (tests use it; a teacher may too).
  plugins: [graphDataPlugin({ dataDir: process.env.ALLEGIANCE_DATA })],
  optimizeDeps: {
    include: ['cytoscape', 'cytoscape-fcose', 'cose-base', 'layout-base', 'graphology', 'minisearch', 'lit'],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: { port: 4173, strictPort: false, headers: SECURITY_HEADERS },
  server: { port: 5173 },
});
