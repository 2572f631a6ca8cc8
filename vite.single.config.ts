// `npm run build:single`: the whole app and its data in one HTML file, dist-single/allegiance.html (src/vite/single-file.ts).
import { defineConfig } from 'vite';
import { sharedConfig } from './vite.config';
import { singleFilePlugins } from './src/vite/single-file';

export default defineConfig({
  ...sharedConfig,
  publicDir: false,
  plugins: [...sharedConfig.plugins, ...singleFilePlugins()],
  build: { ...sharedConfig.build, outDir: 'dist-single', emptyOutDir: true, chunkSizeWarningLimit: 100_000 },
});
