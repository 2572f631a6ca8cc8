import { defineConfig } from 'vite';
import { graphDataPlugin } from './src/vite/graph-data-plugin';

export default defineConfig({
  // ALLEGIANCE_DATA points the app at another data folder (tests use it; a teacher may too).
  plugins: [graphDataPlugin({ dataDir: process.env.ALLEGIANCE_DATA })],
  optimizeDeps: {
    include: ['cytoscape', 'cytoscape-fcose', 'cose-base', 'layout-base', 'graphology', 'minisearch', 'lit'],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: { port: 4173, strictPort: false },
  server: { port: 5173 },
});
