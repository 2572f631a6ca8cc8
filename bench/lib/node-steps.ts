/** Child processes the bench runs (pipeline timing, Vite builds), with time limits and input-hash caching. */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/** Run a command with a time limit (the whole process group is stopped when it runs over). */
export function runChild(cmd: string, args: string[], options: { env?: NodeJS.ProcessEnv; timeoutMs: number; onLine?: (line: string) => void }): Promise<ChildResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let pending = '';
    child.stdout.on('data', (d: Buffer) => {
      const text = d.toString();
      stdout += text;
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) options.onLine?.(line);
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, options.timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - started, timedOut });
    });
  });
}

/** The last line of output that parses as a JSON object, or null. */
export function lastJson<T>(stdout: string): T | null {
  const lines = stdout.trim().split('\n').reverse();
  for (const line of lines) {
    try {
      const v = JSON.parse(line) as unknown;
      if (v && typeof v === 'object') return v as T;
    } catch {
      // not JSON
    }
  }
  return null;
}

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => (name === 'node_modules' || name.startsWith('.') ? [] : files(join(path, name))));
}

/** The newest modification time (ms) among the files of `paths` (files and folders); 0 when there are none. */
export function newestMtime(paths: string[]): number {
  let newest = 0;
  for (const p of paths) for (const f of files(p)) newest = Math.max(newest, statSync(f).mtimeMs);
  return newest;
}

/** sha256 over the contents (and names) of files and folders, for caching results on their inputs. */
export function hashInputs(paths: string[]): string {
  const h = createHash('sha256');
  for (const p of paths) {
    for (const f of files(p)) {
      h.update(f);
      h.update('\0');
      h.update(readFileSync(f));
      h.update('\0');
    }
  }
  return h.digest('hex').slice(0, 24);
}

/** A small JSON cache: one file per entry, valid while its key matches. */
export function cached<T>(file: string, key: string): T | null {
  if (!existsSync(file)) return null;
  try {
    const v = JSON.parse(readFileSync(file, 'utf8')) as { key: string; value: T };
    return v.key === key ? v.value : null;
  } catch {
    return null;
  }
}

export function store<T>(file: string, key: string, value: T): void {
  writeFileSync(file, JSON.stringify({ key, value, at: new Date().toISOString() }));
}
