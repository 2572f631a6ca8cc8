import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';
import { graphDataPlugin } from './src/vite/graph-data-plugin';

// The browser project needs a Chromium; findChromium() fails with install instructions when there is none.
const wantsBrowser = !process.argv.includes('unit');
const executablePath = wantsBrowser ? await findChromium() : undefined;

export default defineConfig({
  plugins: [graphDataPlugin()],
  optimizeDeps: {
    include: ['cytoscape', 'cytoscape-fcose', 'cose-base', 'layout-base', 'graphology', 'minisearch', 'lit', 'yaml', 'zod', 'idb', 'mammoth', 'fflate', 'docx', 'pdfjs-dist/legacy/build/pdf.mjs'],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'fuzz/**/*.fuzz.test.ts'],
          exclude: ['src/**/*.browser.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
            viewport: { width: 1366, height: 768 },
          },
        },
      },
    ],
  },
});
