/** Long lists in messages: the first few items, then "and N more", so a hostile link cannot grow a notice without bound. */
export const LIST_LIMIT = 10;

/** "a, b, c" or "a, b, … j and 4,990 more". */
export function listSome(items: readonly string[], limit = LIST_LIMIT): string {
  if (items.length <= limit) return items.join(', ');
  return `${items.slice(0, limit).join(', ')} and ${(items.length - limit).toLocaleString('en-GB')} more`;
}
