/**
 * The one-file build (`npm run build:single`): vite-plugin-singlefile inlines every chunk (code splitting off,
 * so the lazily loaded parts and the data are in it) and the style sheet into the HTML, then this names the
 * file dist-single/allegiance.html and rewrites its CSP meta to allow that one inline script by its SHA-256
 * hash (never 'unsafe-inline'; the served app keeps `script-src 'self'`). It opens from file://.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

export const SINGLE_FILE_NAME = 'allegiance.html';

const PLACEHOLDER = "'sha256-to-be-computed'";
const CSP_META = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;
const INLINE_SCRIPTS = /<script\b[^>]*>([\s\S]*?)<\/script>/g;

/** The CSP for the one file: the served policy with `script-src` allowing exactly the given inline scripts. */
export function singleFileCsp(policy: string, scripts: readonly string[]): string {
  const hashes = scripts.map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
  const directives = policy.split(';').map((d) => d.trim()).filter(Boolean).filter((d) => !/^(script-src|worker-src)\b/.test(d));
  // Workers of the one file are blob: URLs made from inlined code (run-time datasets).
  return [...directives, `script-src ${hashes.join(' ')}`, "worker-src 'self' blob:"].join('; ');
}

const WORKER_URL = /new Worker\(new URL\((['"])(\.\/[\w.-]+\.worker\.ts)\1, import\.meta\.url\),\s*(\{[^}]*\})\)/g;

/** Workers of the one file: `new Worker(new URL('./x.worker.ts', import.meta.url), opts)` becomes Vite's inline (blob:) worker. */
function inlineWorkers(): Plugin {
  return {
    name: 'allegiance-inline-workers',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/]/.test(id) || !code.includes('new Worker(')) return undefined;
      const imports: string[] = [];
      const out = code.replace(WORKER_URL, (_all, _q: string, path: string, options: string) => {
        const name = `__InlineWorker${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(`${path}?worker&inline`)};`);
        return `new ${name}(${options})`;
      });
      return imports.length ? { code: `${imports.join('\n')}\n${out}`, map: null } : undefined;
    },
  };
}

/** Renames the inlined page and pins its inline script in the CSP by hash. */
function pinInlineScript(): Plugin {
  return {
    name: 'allegiance-single-file-csp',
    enforce: 'post',
    // Before inlining: the favicon goes in as a data: URL (one file), and the CSP names a placeholder hash, replaced
    // below by the real one, so vite-plugin-singlefile's CSP check sees a policy that allows the inlined script.
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const icon = `data:image/svg+xml;base64,${readFileSync(resolve('public/favicon.svg')).toString('base64')}`;
        return html.replace(/href="\/favicon\.svg"/, `href="${icon}"`).replace(CSP_META, (_, open: string, policy: string, close: string) => `${open}${policy.replace(/script-src [^;]*/, `script-src ${PLACEHOLDER}`)}${close}`);
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') this.error('single file: the build has no index.html');
        const html = String(page.source);
        const scripts = [...html.matchAll(INLINE_SCRIPTS)].map((m) => m[1]!).filter((code) => code.trim() !== '');
        if (!CSP_META.test(html)) this.error('single file: index.html has no Content-Security-Policy meta to rewrite');
        page.source = html.replace(CSP_META, (_, open: string, policy: string, close: string) => `${open}${singleFileCsp(policy, scripts)}${close}`);
        page.fileName = SINGLE_FILE_NAME;
        const left = Object.keys(bundle).filter((f) => f !== 'index.html' && /\.(m?js|css)$/.test(f));
        if (left.length) this.error(`single file: not inlined: ${left.join(', ')}`);
      },
    },
  };
}

export function singleFilePlugins(): PluginOption[] {
  return [inlineWorkers(), viteSingleFile(), pinInlineScript()];
}
