import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The service host worker is a second entry: out/main/serviceWorker.js, beside main.js.
      lib: {
        entry: {
          main: resolve(__dirname, 'electron/main.ts'),
          serviceWorker: resolve(__dirname, 'electron/host/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: resolve(__dirname, 'electron/preload.ts'), formats: ['cjs'] },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // Minified: the window parses the desk's code before its first read goes out (issue 9: time to
      // interactive); unminified it was about 1 MB.
      minify: true,
      rolldownOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
