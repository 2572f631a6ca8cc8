import { describe, expect, it } from 'vitest';
import { classChanges } from './class-changes';

describe('classChanges', () => {
  it('groups elements that lose and gain the same classes, and records the new classes', () => {
    const on = new Map([
      ['a', ''],
      ['b', ''],
      ['c', 'hidden'],
      ['d', 'faded selected'],
    ]);
    const next = new Map([
      ['a', 'hidden'],
      ['b', 'hidden'],
      ['c', ''],
      ['d', 'selected faded'],
      ['e', 'dimmed'],
    ]);
    const changes = classChanges(next, on);
    expect(changes).toEqual([
      { remove: '', add: 'hidden', ids: ['a', 'b'] },
      { remove: 'hidden', add: '', ids: ['c'] },
      { remove: '', add: 'dimmed', ids: ['e'] },
    ]);
    expect(Object.fromEntries(on)).toEqual({ a: 'hidden', b: 'hidden', c: '', d: 'selected faded', e: 'dimmed' });
  });

  it('changes nothing when the classes are the same', () => {
    const on = new Map([['a', 'incident labelled']]);
    expect(classChanges(new Map([['a', 'incident labelled']]), on)).toEqual([]);
  });

  it('keeps the classes that stay, removing only those that go', () => {
    const on = new Map([['a', 'selected incident']]);
    expect(classChanges(new Map([['a', 'selected dimmed']]), on)).toEqual([{ remove: 'incident', add: 'dimmed', ids: ['a'] }]);
  });
});
