import { describe, expect, it } from 'vitest';
import { applyToolChange, DEFAULT_TOOL_STATE, sameToolState } from './tool-state';

describe('applyToolChange', () => {
  it('starts a new path query at its first path', () => {
    const s = { ...DEFAULT_TOOL_STATE, pathFrom: 'trotsky', pathTo: 'kirov', pathIndex: 3 };
    expect(applyToolChange(s, { pathTo: 'stalin' }).pathIndex).toBe(0);
    expect(applyToolChange(s, { pathTones: new Set(['hostile'] as const) }).pathIndex).toBe(0);
    expect(applyToolChange(s, { pathTo: 'kirov' }).pathIndex).toBe(3);
    expect(applyToolChange(s, { pathTo: 'stalin', pathIndex: 2 }).pathIndex).toBe(2);
    expect(applyToolChange(s, { tool: 'path' }).pathIndex).toBe(3);
  });

  it('keeps year windows in order', () => {
    expect(applyToolChange({ ...DEFAULT_TOOL_STATE, pathFromYear: 1930 }, { pathToYear: 1920 })).toMatchObject({ pathFromYear: 1920, pathToYear: 1930 });
    expect(applyToolChange({ ...DEFAULT_TOOL_STATE, rankTo: 1920 }, { rankFrom: 1930 })).toMatchObject({ rankFrom: 1920, rankTo: 1930 });
  });

  it('keeps the rest of a wider state', () => {
    const wide = { ...DEFAULT_TOOL_STATE, year: 1925 as number | null };
    expect(applyToolChange(wide, { tool: 'rank' })).toMatchObject({ year: 1925, tool: 'rank' });
  });
});

describe('sameToolState', () => {
  it('compares tone sets by content', () => {
    const a = { ...DEFAULT_TOOL_STATE, pathTones: new Set(['hostile', 'friendly'] as const) };
    const b = { ...DEFAULT_TOOL_STATE, pathTones: new Set(['friendly', 'hostile'] as const) };
    expect(sameToolState(a, b)).toBe(true);
    expect(sameToolState(a, DEFAULT_TOOL_STATE)).toBe(false);
    expect(sameToolState(DEFAULT_TOOL_STATE, { ...DEFAULT_TOOL_STATE, size: 'degree' })).toBe(false);
  });
});
