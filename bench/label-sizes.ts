/**
 * `npm run bench:labels [-- --dist DIR]`: the rendered label size at each moment of issue 11, on a built app
 * (default dist/; build first). Prints a table; the full `npm run bench` reports the same figures.
 */
import { launchBrowser } from './lib/browser';
import { figure } from './lib/figures';
import { labelMoments } from './lib/label-moments';
import { serveStatic } from './lib/server';

const argv = process.argv.slice(2);
const i = argv.indexOf('--dist');
const dist = i >= 0 ? argv[i + 1]! : 'dist';
const server = await serveStatic(dist);
const browser = await launchBrowser();
try {
  const moments = await labelMoments(browser, server.url);
  process.stdout.write(`| moment | smallest label drawn | labels drawn | zoom |\n|---|---|---|---|\n`);
  for (const m of moments) process.stdout.write(`| ${figure(m.key).label} | ${m.min.toFixed(1)} px | ${m.count} | ${m.zoom.toFixed(3)} |\n`);
} finally {
  await browser.close();
  await server.close();
}
