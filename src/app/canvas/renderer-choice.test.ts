import { describe, expect, it } from 'vitest';
import { WEBGL_MIN_ELEMENTS, chooseRenderer, rendererSetting } from './renderer-choice';

const gpu = { available: true, software: false };
const software = { available: true, software: true };
const none = { available: false, software: false };

describe('renderer choice', () => {
  it('reads ?renderer= from the URL, anything else being auto', () => {
    expect(rendererSetting('?renderer=webgl&e=stalin')).toBe('webgl');
    expect(rendererSetting('?renderer=canvas')).toBe('canvas');
    expect(rendererSetting('?renderer=WebGL')).toBe('auto');
    expect(rendererSetting('')).toBe('auto');
  });

  it('auto: canvas for small graphs, WebGL for large ones on a GPU, canvas on software WebGL or none', () => {
    expect(chooseRenderer('auto', 462, gpu)).toBe('canvas');
    expect(chooseRenderer('auto', WEBGL_MIN_ELEMENTS - 1, gpu)).toBe('canvas');
    expect(chooseRenderer('auto', WEBGL_MIN_ELEMENTS, gpu)).toBe('webgl');
    expect(chooseRenderer('auto', 30_000, software)).toBe('canvas');
    expect(chooseRenderer('auto', 30_000, none)).toBe('canvas');
  });

  it('an override wins over size, but WebGL only where the browser has it', () => {
    expect(chooseRenderer('webgl', 10, software)).toBe('webgl');
    expect(chooseRenderer('webgl', 10, none)).toBe('canvas');
    expect(chooseRenderer('canvas', 30_000, gpu)).toBe('canvas');
  });

  it('probes WebGL only when the choice depends on it (a probe creates a WebGL context)', () => {
    let probes = 0;
    const probe = () => (probes++, gpu);
    expect(chooseRenderer('auto', 462, probe)).toBe('canvas');
    expect(chooseRenderer('canvas', 30_000, probe)).toBe('canvas');
    expect(probes).toBe(0);
    expect(chooseRenderer('auto', WEBGL_MIN_ELEMENTS, probe)).toBe('webgl');
    expect(chooseRenderer('webgl', 10, probe)).toBe('webgl');
    expect(probes).toBe(2);
  });
});
