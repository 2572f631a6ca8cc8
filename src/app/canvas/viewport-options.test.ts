import { describe, expect, it } from 'vitest';
import { LARGE_GRAPH_ELEMENTS } from './large-graph';
import { viewportOptions } from './viewport-options';

describe('viewportOptions', () => {
  it('turns the viewport levers on from the large-graph threshold, and leaves small graphs exact', () => {
    expect(viewportOptions(0)).toEqual({});
    expect(viewportOptions(LARGE_GRAPH_ELEMENTS - 1)).toEqual({});
    expect(viewportOptions(LARGE_GRAPH_ELEMENTS)).toEqual({ textureOnViewport: true, hideEdgesOnViewport: true });
    expect(viewportOptions(40_000)).toEqual({ textureOnViewport: true, hideEdgesOnViewport: true });
  });
});
