/**
 * Diagnose a large build's page in headless Chromium: open `dist` (a bench build, e.g. bench/results/dist-10000)
 * with a renderer (`?renderer=webgl|canvas`), and log every few seconds the page's JS heap (CDP), the GPU and
 * renderer processes' memory (ps), Cytoscape's node count and renderer, until drawn or `--minutes` pass; page
 * 'crash'/'close', browser 'disconnected' and WebGL context loss are logged as they happen.
 *
 *   DEBUG=pw:browser npx tsx bench/diagnose-10k.ts bench/results/dist-10000 [--renderer webgl] [--minutes 6]
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { launchBrowser } from './lib/browser';
import { serveStatic } from './lib/server';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1]! : fallback;
};
const dist = argv[0] ?? 'bench/results/dist-10000';
const renderer = option('renderer', 'webgl');
const minutes = Number(option('minutes', '6'));
const t0 = Date.now();
const log = (s: string) => process.stdout.write(`[${((Date.now() - t0) / 1000).toFixed(1)} s] ${s}\n`);

/** RSS (MB) of each Chromium process by its --type (browser, renderer, gpu-process, utility). */
function chromiumMemory(): string {
  const out = execFileSync('ps', ['-eo', 'rss=,args='], { encoding: 'utf8' });
  const byType: Record<string, number> = {};
  for (const line of out.split('\n')) {
    if (!/chrom/.test(line) || /ps -eo/.test(line)) continue;
    const rss = Number(line.trim().split(/\s+/)[0]) / 1024;
    const type = /--type=([\w-]+)/.exec(line)?.[1] ?? 'browser';
    byType[type] = (byType[type] ?? 0) + rss;
  }
  return Object.entries(byType).map(([k, v]) => `${k} ${Math.round(v)} MB`).join(', ');
}

const server = await serveStatic(resolve(dist));
const browser = await launchBrowser();
browser.on('disconnected', () => log('BROWSER DISCONNECTED'));
try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 });
  await context.addInitScript({ path: resolve(import.meta.dirname, 'lib/probe.js') });
  await context.addInitScript(() => {
    addEventListener('webglcontextlost', (e) => console.log(`webglcontextlost on ${(e.target as Element).tagName}`), true);
  });
  const page = await context.newPage();
  page.on('crash', () => log('PAGE CRASH'));
  page.on('close', () => log('page closed'));
  page.on('console', (m) => log(`console.${m.type()}: ${m.text().slice(0, 300)}`));
  page.on('pageerror', (e) => log(`pageerror: ${e.message.slice(0, 300)}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${server.url}?renderer=${renderer}&bench-renderer=${renderer}`, { waitUntil: 'commit' });
  log(`opened ${dist} with renderer=${renderer}`);
  while (Date.now() - t0 < minutes * 60_000) {
    await new Promise((r) => setTimeout(r, 5000));
    const metrics = await Promise.race([
      cdp.send('Performance.getMetrics').then((m) => Object.fromEntries(m.metrics.map((x) => [x.name, x.value]))),
      new Promise<null>((r) => setTimeout(() => r(null), 4000)),
    ]).catch((e: unknown) => `metrics failed: ${String(e)}`);
    const state = await Promise.race([
      page.evaluate(`(() => { const cy = window.__bench && window.__bench.findCy(); return cy ? cy.nodes().length + ' nodes, ' + (cy.renderer().webgl ? 'webgl' : 'canvas') : 'no cy'; })()`),
      new Promise<string>((r) => setTimeout(() => r('page busy (no answer in 4 s)'), 4000)),
    ]).catch((e: unknown) => `evaluate failed: ${String(e).slice(0, 200)}`);
    const heap = metrics && typeof metrics === 'object' ? `JS heap ${Math.round(metrics.JSHeapUsedSize! / 2 ** 20)} MB of ${Math.round(metrics.JSHeapTotalSize! / 2 ** 20)} MB, nodes ${metrics.Nodes}` : String(metrics ?? 'metrics: page busy');
    log(`${state}; ${heap}; processes: ${chromiumMemory()}`);
    if (typeof state === 'string' && / nodes, /.test(state) && !state.startsWith('0 ')) {
      const after = await page.evaluate(`window.__bench.findCy().renderer().webgl ? 'webgl' : 'canvas'`).catch(() => '?');
      log(`drawn, renderer ${after}`);
      break;
    }
  }
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}
