// Starts what the browser tests start (the platform on free ports with
// throwaway databases, the built workbench, the test issuer) and keeps it
// running until Ctrl-C: for working on the workbench against real data
// without disturbing `npm start`. Run: npx jiti scripts/run-browser-stack.ts
import globalSetup from '../test/browser/browser.global-setup';
import globalTeardown from '../test/browser/browser.global-teardown';
import { browserStack } from '../test/browser/support/browser-stack-info';

async function main() {
  await globalSetup();
  const info = browserStack();
  console.log(`workbench (demo users): ${info.workbenchUrl}`);
  console.log(`workbench (OIDC):       ${info.oidcWorkbenchUrl}`);
  console.log(`gateway:                ${info.gatewayUrl}`);
  const stop = async () => {
    await globalTeardown();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch(async (error) => {
  console.error(error);
  await globalTeardown();
  process.exit(1);
});
