import { describe, expect, it } from 'vitest';
import { type ChunkLike, appPreloads } from './preload-app';

const chunk = (fileName: string, imports: string[] = [], extra: Partial<ChunkLike> = {}): ChunkLike => ({ type: 'chunk', fileName, imports, ...extra });

describe('appPreloads', () => {
  const bundle: Record<string, ChunkLike> = {
    'assets/index.js': chunk('assets/index.js', ['assets/load-once.js'], { isEntry: true, facadeModuleId: '/r/index.html' }),
    'assets/load-once.js': chunk('assets/load-once.js'),
    'assets/start-app.js': chunk('assets/start-app.js', ['assets/lit.js', 'assets/load-once.js'], { facadeModuleId: '/r/src/start-app.ts' }),
    'assets/lit.js': chunk('assets/lit.js', ['assets/dates.js']),
    'assets/dates.js': chunk('assets/dates.js', ['assets/lit.js']),
    'assets/cytoscape.js': chunk('assets/cytoscape.js', [], { facadeModuleId: '/r/node_modules/cytoscape/x.js' }),
    'assets/logo.svg': { type: 'asset', fileName: 'assets/logo.svg' },
  };

  it("lists the app's chunk and its static imports, not what the entry loads already nor other lazy chunks", () => {
    expect(appPreloads(bundle)).toEqual(['assets/start-app.js', 'assets/lit.js', 'assets/dates.js']);
  });

  it('lists nothing when the app has no chunk of its own (the one-file build inlines it)', () => {
    const { ['assets/start-app.js']: _gone, ...inlined } = bundle;
    expect(appPreloads(inlined)).toEqual([]);
  });
});
