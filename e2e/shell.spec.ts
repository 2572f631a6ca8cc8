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
