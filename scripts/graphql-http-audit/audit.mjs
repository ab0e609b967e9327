// Runs graphql-http's GraphQL-over-HTTP audits against a running server and writes the results as JSON.
// Usage: node audit.mjs <graphql endpoint URL> <bearer token> <output file>
import { writeFileSync } from 'node:fs';
import { auditServer } from 'graphql-http';

const [url, token, output] = process.argv.slice(2);
const authorised = (input, init = {}) =>
  fetch(input, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${token}` } });

const results = await auditServer({ url, fetchFn: authorised });
const rows = results.map((result) => ({
  id: result.id,
  name: result.name,
  status: result.status,
  reason: result.status === 'ok' ? undefined : result.reason,
}));
writeFileSync(output, JSON.stringify(rows, null, 2));
const count = (status) => rows.filter((row) => row.status === status).length;
console.log(`graphql-http audit: ${count('ok')} ok, ${count('error')} MUST not met, `
  + `${count('warn')} SHOULD not met, ${count('notice')} MAY not met`);
for (const row of rows.filter((row) => row.status !== 'ok')) {
  console.log(`${row.name}: ${row.reason}`);
}
