/** Bounds that keep validation's cost and its messages small whatever the input. */
import { MAX_ECHO_LENGTH, MAX_PROBLEMS_PER_FILE } from './limits';
import type { Problem } from './types';

export { MAX_ECHO_LENGTH, MAX_PROBLEMS_PER_FILE, MAX_SUGGEST_LENGTH } from './limits';

/** A value as it may appear in a message: long ones cut, with "… (N characters)". */
export function clip(value: string): string {
  return value.length > MAX_ECHO_LENGTH ? `${value.slice(0, MAX_ECHO_LENGTH)}… (${value.length.toLocaleString('en-GB')} characters)` : value;
}

/** NUL and other control characters, zero-width and direction-changing characters: never wanted in a name. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/u;
const NAMES: Record<number, string> = {
  0x0: 'NUL', 0xad: 'soft hyphen', 0x61c: 'Arabic letter mark', 0x200b: 'zero-width space', 0x200c: 'zero-width non-joiner', 0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark', 0x200f: 'right-to-left mark', 0x202a: 'left-to-right embedding', 0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting', 0x202d: 'left-to-right override', 0x202e: 'right-to-left override', 0x2060: 'word joiner',
  0x2066: 'left-to-right isolate', 0x2067: 'right-to-left isolate', 0x2068: 'first strong isolate', 0x2069: 'pop directional isolate', 0xfeff: 'zero-width no-break space',
};

/** The first hidden character of a text as "U+202E (right-to-left override)", or undefined. */
export function hiddenCharacter(text: string): string | undefined {
  const m = HIDDEN.exec(text);
  if (!m) return undefined;
  const cp = m[0].codePointAt(0)!;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${hex} (${NAMES[cp] ?? 'a control or invisible character'})`;
}

/** At most MAX_PROBLEMS_PER_FILE problems per file, in order, and one "and N more in this file" for the rest. */
export function capPerFile(problems: Problem[]): Problem[] {
  const count = new Map<string, number>();
  const out: Problem[] = [];
  for (const p of problems) {
    const n = (count.get(p.file) ?? 0) + 1;
    count.set(p.file, n);
    if (n <= MAX_PROBLEMS_PER_FILE) out.push(p);
  }
  for (const [file, n] of count) {
    if (n <= MAX_PROBLEMS_PER_FILE) continue;
    const more = n - MAX_PROBLEMS_PER_FILE;
    const last = out.findLast((p) => p.file === file)!;
    out.splice(out.lastIndexOf(last) + 1, 0, {
      file, line: last.line, code: 'more-problems',
      message: `and ${more.toLocaleString('en-GB')} more problem${more === 1 ? '' : 's'} in this file (only the first ${MAX_PROBLEMS_PER_FILE} are listed)`,
      fix: 'correct these, then validate again to see the rest',
    });
  }
  return out;
}
