/** The URL decoder door: decodeState on any query string, and on mangled real links. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARAMS, decodeState, encodeState, noticeText, type Vocabulary } from '../src/app/shell/url-state';
import { DEFAULT_STATE } from '../src/app/shell/view-state';
import { fuzz, hostileText } from './fuzz-config';

const vocab: Vocabulary = {
  hasEntity: (id) => ['stalin', 'lenin', 'zinoviev'].includes(id),
  hasEdge: (key) => key === 'stalin>purged>zinoviev@1936',
  types: ['allied-with', 'purged'],
  period: { from: 1917, to: 1953 },
  hasTracingItem: (id) => id === 'stalin>purged>zinoviev@1936',
  slideCount: 68,
};
const names = Object.values(PARAMS).flatMap((p) => (typeof p === 'string' ? [p] : []));
const key = fc.oneof(fc.constantFrom(...(names.length ? names : ['e', 'y'])), fc.constantFrom('e', 'y', 'k', 't', 'tone', 'f', 'ds', 'view', 's', 'plan', 'tool', '__proto__'), hostileText);
const query = fc.array(fc.tuple(key, hostileText), { maxLength: 12 }).map((pairs) => '?' + pairs.map(([k, v]) => `${k}=${v}`).join('&'));
const raw = fc.oneof(query, hostileText, hostileText.map((t) => `?${t}`));
const encoded = fc.oneof(query, raw).map((s) => s + '&' + encodeState({ ...DEFAULT_STATE, selected: 'stalin', year: 1936 }).replace(/^\?/, ''));

function check(search: string): void {
  const d = decodeState(search, vocab);
  expect(d.state).toBeDefined();
  for (const n of d.notices) expect(typeof n).toBe('string');
  const text = noticeText(d.notices);
  expect(text.length).toBeLessThan(5000);
}

describe('fuzz: the URL decoder', () => {
  it('any query string gives a state and short notices; never a throw', () => {
    fuzz('url/any query', raw, check, 1000);
  }, 60_000);

  it('hostile parameters next to a real link', () => {
    fuzz('url/beside a real link', encoded, check, 300);
  }, 60_000);
});
