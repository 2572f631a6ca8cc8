/**
 * Which view classes to take off and put on, grouped so that a year step restyles with a few collection
 * operations instead of two per element. Pure: the class strings an element has now and should have next.
 */

/** Elements that lose the same classes and gain the same classes. */
export interface ClassChange {
  /** Space-separated classes to remove ('' for none). */
  remove: string;
  /** Space-separated classes to add ('' for none). */
  add: string;
  ids: string[];
}

const split = (classes: string) => (classes ? classes.split(' ') : []);

/**
 * The changes that turn `on` (id → classes now; absent = none) into `next`, grouped by what is removed and
 * added. Elements whose classes are the same set (in any order) are left out. `on` is updated to `next`.
 */
export function classChanges(next: ReadonlyMap<string, string>, on: Map<string, string>): ClassChange[] {
  const groups = new Map<string, ClassChange>();
  for (const [id, classes] of next) {
    const before = on.get(id) ?? '';
    if (before === classes) continue;
    on.set(id, classes);
    const had = split(before);
    const wants = split(classes);
    const remove = had.filter((c) => !wants.includes(c)).join(' ');
    const add = wants.filter((c) => !had.includes(c)).join(' ');
    if (!remove && !add) continue;
    const key = `${remove}|${add}`;
    const group = groups.get(key);
    if (group) group.ids.push(id);
    else groups.set(key, { remove, add, ids: [id] });
  }
  return [...groups.values()];
}
