/**
 * How soon the first picture is on screen: opens the built app (dist/, served by `vite preview`) in headless Chromium
 * several times per window size and reports, in ms after navigation start (medians), when the response began, when
 * the picture's SVG entered the document (a MutationObserver set up before the page parses), the first paint and
 * first contentful paint (the picture is the page's first content), and when Cytoscape took over (the picture gone).
 *
 *   npx vite build --configLoader runner && npx tsx scripts/first-picture-paint.ts [--port 4313] [--runs 7]
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const port = arg('port', 4313);
const runs = arg('runs', 7);
const url = `http://127.0.0.1:${port}/`;

interface Timings {
  response: number;
  inserted: number;
  firstPaint: number;
  firstContentfulPaint: number;
  handOver: number;
}

/** Set up before the page parses (a string: tsx would add helpers to a function that the page does not have). */
const OBSERVE = `
  window.pictureTimes = {};
  const seen = () => document.getElementById('first-picture') ?? document.querySelector('allegiance-app')?.shadowRoot?.querySelector('graph-canvas')?.shadowRoot?.getElementById('first-picture');
  new MutationObserver(() => {
    if (!window.pictureTimes.inserted && document.getElementById('first-picture')) window.pictureTimes.inserted = performance.now();
  }).observe(document, { childList: true, subtree: true });
  const poll = () => {
    if (window.pictureTimes.inserted && !seen()) window.pictureTimes.handOver = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
`;

/** The timings, read in the page (a string for the same reason). */
const READ = `(() => {
  const t = window.pictureTimes;
  const paint = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
  const nav = performance.getEntriesByType('navigation')[0];
  return { response: nav.responseStart, inserted: t.inserted, firstPaint: paint('first-paint'), firstContentfulPaint: paint('first-contentful-paint'), handOver: t.handOver };
})()`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const server = spawn('node_modules/.bin/vite', ['preview', '--configLoader', 'runner', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
  try {
    for (let i = 0; i < 60; i++) {
      if (await fetch(url).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
    for (const [width, height] of [[1366, 768], [1920, 1080], [390, 844]] as const) {
      const all: Timings[] = [];
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({ viewport: { width, height } });
        const page = await context.newPage();
        await page.addInitScript(OBSERVE);
        await page.goto(url);
        await page.waitForFunction(() => (window as unknown as { pictureTimes: { handOver?: number } }).pictureTimes.handOver !== undefined, null, { timeout: 120_000 });
        all.push((await page.evaluate(READ)) as Timings);
        await context.close();
      }
      const row = (key: keyof Timings) => `${key} ${median(all.map((t) => t[key])).toFixed(0)} ms`;
      console.log(`${width}×${height} (median of ${runs}): ${(['response', 'inserted', 'firstPaint', 'firstContentfulPaint', 'handOver'] as const).map(row).join(', ')}`);
    }
    await browser.close();
  } finally {
    server.kill();
  }
}

await main();
