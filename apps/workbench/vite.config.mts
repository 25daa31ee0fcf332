import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { devSignInMiddleware } from './server/dev-sign-in.mjs';
import { runtimeConfig } from './server/runtime-config.mjs';

// `npm run dev` talks to the gateway through its own /graphql (proxied), so it
// needs no CORS entry and runs beside `npm start`'s workbench on 4020.
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';

/** `npm run dev`: /config.json and the development sign-in, as serve-workbench.mjs serves them. */
function developmentEndpoints(): Plugin {
  return {
    name: 'workbench-development-endpoints',
    apply: 'serve',
    configureServer(server) {
      const config = runtimeConfig({ ...process.env, WORKBENCH_GRAPHQL_URL: '/graphql' });
      server.middlewares.use(
        devSignInMiddleware({
          secretsFile: fileURLToPath(new URL('../../.dev/secrets.json', import.meta.url)),
        }),
      );
      server.middlewares.use('/config.json', (_request, response) => {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify(config));
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), developmentEndpoints()],
  server: {
    host: '127.0.0.1',
    port: Number(process.env.PORT ?? 4030),
    strictPort: true,
    proxy: { '/graphql': gateway },
  },
  build: {
    // The manifest lets the bundle-budget test find what the first page loads.
    manifest: true,
    sourcemap: true,
    target: 'es2022',
    // ECharts is one lazy chunk of ~540 kB (~185 kB gzip), loaded with the first chart only.
    chunkSizeWarningLimit: 600,
  },
});
