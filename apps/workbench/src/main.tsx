import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { sessionStore } from './auth/session-store';
import { loadRuntimeConfig } from './config/runtime-config';
import { createGraphClient } from './graphql/graph-client';
import './ui/styles.css';

const root = createRoot(document.getElementById('root')!);

loadRuntimeConfig().then(
  (config) => {
    sessionStore.configure(config.signIn.kind === 'development' ? 'session-storage' : 'memory');
    root.render(
      <StrictMode>
        <App config={config} client={createGraphClient(config.graphqlUrl)} />
      </StrictMode>,
    );
  },
  (error: Error) => {
    root.render(
      <main id="main" className="sign-in">
        <h1>SalesGraph workbench</h1>
        <p role="alert" className="error-box">
          The workbench is not configured: {error.message}
        </p>
      </main>,
    );
  },
);
