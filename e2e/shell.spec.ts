import { expect, test } from '@playwright/test';

test('the built app draws the graph of the notes', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.locator('allegiance-app header h1')).toHaveText('Allegiance');
  const drawn = await page.evaluate(
    () =>
      new Promise<{ nodes: number; edges: number }>((resolve) => {
        const canvas = document.querySelector('allegiance-app')?.shadowRoot?.querySelector('graph-canvas') as unknown as { instance: { nodes(): { length: number }; edges(): { length: number } } | null } | null;
        const check = () => {
          const cy = canvas?.instance;
          if (cy && cy.nodes().length > 0) resolve({ nodes: cy.nodes().length, edges: cy.edges().length });
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
  expect(drawn.nodes).toBeGreaterThan(20);
  expect(errors).toEqual([]);
});

test('vite preview serves the security headers (framing forbidden, no websocket host)', async ({ page }) => {
  const response = await page.goto('/');
  const headers = response!.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).toContain("form-action 'self'");
  expect(csp).toMatch(/connect-src 'self'(;|$)/);
  expect(csp).not.toMatch(/ws:|wss:/);
  expect(headers['x-frame-options']).toBe('DENY');
});

test('a link with 5,000 unknown kinds gives one short notice, and the app still works', async ({ page }) => {
  await page.goto(`/?k=${',zz'.repeat(5000)}`);
  const notice = page.locator('allegiance-app').getByRole('status').filter({ hasText: 'Part of this link was ignored' });
  await expect(notice).toContainText('and 4,990 more');
  const box = await notice.boundingBox();
  expect(box!.height).toBeLessThan(200);
  await expect(page.locator('allegiance-app header h1')).toHaveText('Allegiance');
});
