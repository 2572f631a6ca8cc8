// The dev server shows data problems in the page, naming file and line, and recovers when the file is fixed.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

let PORT = 0;
let server: ChildProcess;

/** A port nobody listens on now (other servers may run on this machine). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
let dataDir: string;

test.beforeAll(async () => {
  PORT = await freePort();
  dataDir = mkdtempSync(join(tmpdir(), 'allegiance-dev-'));
  cpSync('graph-data', dataDir, { recursive: true });
  writeFileSync(join(dataDir, 'relations', 'zz-bad.yaml'), readFileSync('src/cli/fixtures/bad-relations.yaml', 'utf8'));
  server = spawn('npx', ['vite', '--configLoader', 'runner', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    env: { ...process.env, ALLEGIANCE_DATA: dataDir, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    stdio: 'pipe',
    detached: true,
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('dev server did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
});

test.afterAll(() => {
  try {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  rmSync(dataDir, { recursive: true, force: true });
});

test('invalid data shows its problems in the page; fixing the file brings the graph back', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${PORT}/`);
  const list = page.locator('data-problems li');
  await expect(list).toHaveCount(3, { timeout: 30_000 });
  await expect(page.getByRole('alert')).toContainText('3 problems in 1 file');
  await expect(list.nth(0)).toContainText('relations/zz-bad.yaml:4');
  await expect(list.nth(0)).toContainText('"nobody-at-all" is not an entity id');
  await expect(list.nth(1)).toContainText('nowhere in the notes');
  await expect(list.nth(2)).toContainText('month 13');

  // Fix the file: the dev server reloads the page by itself and the graph appears.
  writeFileSync(join(dataDir, 'relations', 'zz-bad.yaml'), '# fixed: nothing here any more\n');
  await expect(page.locator('data-problems')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('graph-canvas')).toHaveCount(1, { timeout: 30_000 });
});
