/**
 * What a built app ships, gzipped: what index.html loads on first load (its scripts, stylesheets and
 * modulepreloads, plus every static import of those scripts, transitively) and, separately, the rest of
 * the JavaScript and CSS in the build (loaded lazily, by dynamic import()).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface AssetSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface BundleReport {
  html: AssetSize;
  initialJs: AssetSize[];
  initialCss: AssetSize[];
  lazyJs: AssetSize[];
  lazyCss: AssetSize[];
  totals: { initialJsGzip: number; initialCssGzip: number; lazyJsGzip: number; lazyCssGzip: number; initialJsBytes: number };
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

function size(root: string, file: string): AssetSize {
  const buf = readFileSync(join(root, file));
  return { file, bytes: buf.length, gzip: gz(buf) };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}

/** A URL from the HTML or a chunk, as a path relative to the build root (null if external). */
function local(root: string, fromFile: string, url: string): string | null {
  if (/^[a-z]+:/i.test(url) || url.startsWith('//') || url.startsWith('data:')) return null;
  const clean = url.split(/[?#]/)[0]!;
  const path = clean.startsWith('/') ? clean.slice(1) : posix.join(posix.dirname(fromFile), clean);
  return existsSync(join(root, path)) ? posix.normalize(path) : null;
}

/** Static imports of an ES module chunk (`import … from "x"`, `import "x"`, `export … from "x"`), not import(). */
export function staticImports(code: string): string[] {
  const out = new Set<string>();
  const re = /(?:\bfrom\s*|\bimport\s*)(["'])([^"'\n]+\.(?:m?js|css))\1/g;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    // `import("x")` is dynamic: the character before the quote is "(".
    const before = code.slice(Math.max(0, m.index), m.index + m[0].length - m[2]!.length - 1);
    if (/import\s*\($/.test(before)) continue;
    out.add(m[2]!);
  }
  return [...out];
}

/** Sizes of the build in `dist`: first load from index.html, and the lazily loaded rest. */
export function bundleReport(dist: string): BundleReport {
  const root = resolve(dist);
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const initial = new Set<string>();
  const pending: string[] = [];
  const tagRe = /<(script|link)\b([^>]*)>/gi;
  for (let m = tagRe.exec(html); m; m = tagRe.exec(html)) {
    const attrs = m[2]!;
    const src = /\b(?:src|href)\s*=\s*["']([^"']+)["']/i.exec(attrs)?.[1];
    if (!src) continue;
    const rel = /\brel\s*=\s*["']([^"']+)["']/i.exec(attrs)?.[1] ?? '';
    if (m[1]!.toLowerCase() === 'link' && !/\b(modulepreload|stylesheet)\b/i.test(rel)) continue;
    const path = local(root, 'index.html', src);
    if (path && /\.(m?js|css)$/.test(path) && !initial.has(path)) {
      initial.add(path);
      pending.push(path);
    }
  }
  while (pending.length) {
    const file = pending.pop()!;
    if (!/\.m?js$/.test(file)) continue;
    for (const spec of staticImports(readFileSync(join(root, file), 'utf8'))) {
      const path = local(root, file, spec);
      if (path && !initial.has(path)) {
        initial.add(path);
        pending.push(path);
      }
    }
  }
  const all = walk(root).map((p) => relative(root, p).split('\\').join('/'));
  const pick = (files: string[], ext: RegExp) => files.filter((f) => ext.test(f)).sort().map((f) => size(root, f));
  const initialList = [...initial];
  const lazy = all.filter((f) => !initial.has(f));
  const report: BundleReport = {
    html: { file: 'index.html', bytes: Buffer.byteLength(html), gzip: gz(Buffer.from(html)) },
    initialJs: pick(initialList, /\.m?js$/),
    initialCss: pick(initialList, /\.css$/),
    lazyJs: pick(lazy, /\.m?js$/),
    lazyCss: pick(lazy, /\.css$/),
    totals: { initialJsGzip: 0, initialCssGzip: 0, lazyJsGzip: 0, lazyCssGzip: 0, initialJsBytes: 0 },
  };
  const sum = (xs: AssetSize[], k: 'gzip' | 'bytes') => xs.reduce((a, x) => a + x[k], 0);
  report.totals = {
    initialJsGzip: sum(report.initialJs, 'gzip'),
    initialCssGzip: sum(report.initialCss, 'gzip') + report.html.gzip * 0, // inline CSS stays counted in the HTML
    lazyJsGzip: sum(report.lazyJs, 'gzip'),
    lazyCssGzip: sum(report.lazyCss, 'gzip'),
    initialJsBytes: sum(report.initialJs, 'bytes'),
  };
  return report;
}

/** How much of the first-load JavaScript is the data module: the gzipped size of what the plugin emits. */
export function dirOf(file: string): string {
  return dirname(file);
}
