import { defineConfig } from 'vite';

/**
 * The web client: Preact with JSX compiled by Vite's built-in transformer. `npm run build:web`
 * writes `dist/web`, which the Hono server serves; `npm run dev` proxies the API and sockets.
 */
export default defineConfig({
  root: 'web',
  publicDir: 'public',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:3000',
      '/health': 'http://localhost:3000',
      '/socket.io': { target: 'ws://localhost:3000', ws: true },
    },
  },
});
