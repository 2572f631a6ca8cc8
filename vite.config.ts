import { defineConfig } from 'vite';
import { graphDataPlugin } from './src/vite/graph-data-plugin';

export default defineConfig({
  plugins: [graphDataPlugin()],
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
