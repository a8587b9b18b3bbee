import { defineConfig } from 'vite';

// JSX is compiled by esbuild's automatic runtime; no React plugin is needed.
export default defineConfig({
  base: '/',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    // During `npm run dev`, forward API calls to a locally running server.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
