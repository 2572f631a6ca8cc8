import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/** The script-src directive of a CSP text. */
const scriptSrc = (csp: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';

test("the built app's CSP allows scripts from 'self' only, in its meta tag and in the served header", async ({ page }) => {
  const html = readFileSync('dist/index.html', 'utf8');
  const meta = /<meta[^>]+http-equiv="Content-Security-Policy"[^>]+content="([^"]+)"/i.exec(html)?.[1] ?? '';
  expect(scriptSrc(meta)).toBe("script-src 'self'");
  const response = await page.goto('/');
  expect(scriptSrc(response!.headers()['content-security-policy'] ?? '')).toBe("script-src 'self'");
});

test('links and sources built from hostile link values never carry javascript:', async ({ page }) => {
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const payload = encodeURIComponent('javascript:alert(1)');
  for (const query of [`?e=${payload}&r=${payload}`, `?view=notes&s=${payload}`, `?ds=${payload}`, `?plan=${payload}`, `?tool=path&pf=${payload}&pt=stalin`]) {
    await page.goto(`/${query}`);
    await expect(page.locator('allegiance-app header h1')).toHaveText('Allegiance');
    const risky = await page.evaluate(() => {
      const found: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          for (const attr of ['href', 'src', 'action', 'formaction', 'xlink:href', 'data']) {
            const v = el.getAttribute(attr);
            if (v && /^\s*(javascript|vbscript|data:text\/html)/i.test(v)) found.push(`${el.tagName} ${attr}=${v}`);
          }
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return found;
    });
    expect(risky, query).toEqual([]);
  }
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
