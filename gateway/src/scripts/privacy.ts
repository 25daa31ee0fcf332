// `npm run privacy -- export|erase --email <address> [--id <record id>...] [--out file.json]`:
// a person's data across every service, through the gateway as an admin (docs/privacy.md).
// Export writes one JSON document; erasure erases in every service and prints what each did.
// Needs SALESGRAPH_ADMIN_TOKEN (in development: npm run -s token -- admin) and, when the
// gateway is not http://127.0.0.1:4000/graphql, SALESGRAPH_GRAPHQL_URL.
import { writeFileSync } from 'node:fs';
import { PrivacyClient, PRIVACY_SERVICES } from './privacy-client';

function usage(): never {
  console.error(
    'usage: npm run privacy -- export|erase --email <address> [--id <record id>...] [--out file.json]',
  );
  process.exit(2);
}

async function main(): Promise<void> {
  const [action, ...rest] = process.argv.slice(2);
  if (action !== 'export' && action !== 'erase') usage();
  const valueOf = (flag: string) => rest.flatMap((a, i) => (a === flag ? [rest[i + 1]] : []));
  const email = valueOf('--email')[0];
  const ids = valueOf('--id');
  if (!email && ids.length === 0) usage();
  const token = process.env.SALESGRAPH_ADMIN_TOKEN;
  if (!token) {
    console.error('SALESGRAPH_ADMIN_TOKEN is not set (development: npm run -s token -- admin)');
    process.exit(2);
  }
  const client = new PrivacyClient(
    process.env.SALESGRAPH_GRAPHQL_URL ?? 'http://127.0.0.1:4000/graphql',
    token,
  );
  const subject = { email, ids };
  const document =
    action === 'export' ? await client.exportPerson(subject) : await client.erasePerson(subject);
  const out = valueOf('--out')[0];
  const text = JSON.stringify(document, null, 2);
  if (out) writeFileSync(out, text);
  else console.log(text);
  const missing = PRIVACY_SERVICES.filter((s) => !document.services[s]);
  if (missing.length) {
    console.error(`not answered by: ${missing.join(', ')} (${document.errors.join('; ')})`);
    process.exit(1);
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
