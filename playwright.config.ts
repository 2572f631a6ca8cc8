import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';

const executablePath = await findChromium();
const port = Number(process.env.E2E_PORT ?? 4318);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // The first-visit welcome is dismissed for every test but its own (e2e/screens.spec.ts starts clean).
    storageState: { cookies: [], origins: [{ origin: `http://127.0.0.1:${port}`, localStorage: [{ name: 'allegiance:welcome-seen', value: '1' }] }] },
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    viewport: { width: 1366, height: 768 },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --configLoader runner --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
