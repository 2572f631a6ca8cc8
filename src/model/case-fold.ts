/** Case-insensitive comparison exactly as a regular expression with the `iu` flags does it (Unicode simple case folding). */

const cache = new Map<number, boolean>();

/** Whether two code points are equal ignoring case, as /x/iu sees them. */
export function foldEqual(a: number, b: number): boolean {
  if (a === b) return true;
  if (a < 0x80 && b < 0x80) {
    const la = a >= 0x41 && a <= 0x5a ? a + 32 : a;
    const lb = b >= 0x41 && b <= 0x5a ? b + 32 : b;
    return la === lb;
  }
  // Rare (letters outside ASCII, or "ſ" and the Kelvin sign against ASCII): ask the regular-expression engine once per pair.
  const key = a * 0x110000 + b;
  let same = cache.get(key);
  if (same === undefined) {
    same = new RegExp(`^\\u{${a.toString(16)}}$`, 'iu').test(String.fromCodePoint(b));
    cache.set(key, same);
  }
  return same;
}

/**
 * A key under which words equal ignoring case always meet (lower, upper, then lower case again, so
 * "ſ" meets "s" and "ς" meets "σ"). It may also join a few words that are not equal: callers check each
 * candidate with foldEqual.
 */
export function foldKey(word: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : word.toLowerCase().toUpperCase().toLowerCase();
}
