/** One line of text per problem, the same in the CLI and the app. */
import type { Problem } from './types';

/**
 * "file:line: message (value) — fix"; "file: …" for a problem of a whole file or folder (line 0);
 * "warning: " before a warning.
 */
export function formatProblem(p: Problem): string {
  const value = p.value !== undefined && !p.message.includes(p.value) ? ` [${p.value}]` : '';
  return `${p.severity === 'warning' ? 'warning: ' : ''}${p.file}${p.line > 0 ? `:${p.line}` : ''}: ${p.message}${value} — ${p.fix}`;
}
