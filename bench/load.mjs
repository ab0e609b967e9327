// One load run with autocannon: node load.mjs <target> <scenario> <connections> <seconds> <fixtures.json> [privateKey.pem]
// target: "server" (our GraphQL API, with a bearer token signed by privateKey.pem) or "postgraphile".
// Prints one JSON line: requests per second, latency p50/p99 in ms, request count, failures.
import autocannon from 'autocannon';
import { createSign } from 'node:crypto';
import { readFileSync } from 'node:fs';

const [target, scenario, connections, seconds, fixturesFile, keyFile] = process.argv.slice(2);
const fixtures = JSON.parse(readFileSync(fixturesFile, 'utf8'));
const url = target === 'server' ? fixtures.serverUrl : fixtures.postgraphileUrl;

const SESSION_PAGE = `{ sessions(first: 50) { totalCount edges { node { id name startDate endDate
  dates { date startTime endTime }
  enrollments { id learner { id firstName lastName } client { id kind name } }
  clients { id name kind } } } } }`;
const POSTGRAPHILE_SESSION_PAGE = `{ allTrainingSessions(first: 50, orderBy: [START_DATE_DESC, ID_DESC]) { totalCount nodes {
  id name startDate endDate
  sessionDatesBySessionId { nodes { day startTime endTime } }
  enrollmentsBySessionId { nodes { id learnerByLearnerId { id firstName lastName } clientByClientId { id kind name } } } } } }`;
const LEARNER_SEARCH = `query($s: String) { learners(first: 20, search: $s) { totalCount edges { node { id firstName lastName } } } }`;
const POSTGRAPHILE_LEARNER_SEARCH = `query($s: String) { allLearners(first: 20, orderBy: [LAST_NAME_ASC, FIRST_NAME_ASC, ID_ASC],
  filter: { or: [{ lastName: { includesInsensitive: $s } }, { firstName: { includesInsensitive: $s } }, { email: { includesInsensitive: $s } }] })
  { totalCount nodes { id firstName lastName } } }`;
const PREVIEW = `query($s: ID!, $l: ID!) { removalPreview(sessionId: $s, learnerId: $l) { kind totalDeletions version
  deletions { type count items { id label } } preserved { type count } warnings { code } } }`;
const REMOVE = `mutation($i: RemoveCompanyLearnerInput!) { removeCompanyLearner(input: $i) { userErrors { code } removal { id totalDeleted } } }`;

function body(query, variables = {}) {
  return JSON.stringify({ query, variables });
}

function token() {
  const encode = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode({
    iss: fixtures.issuer, aud: fixtures.audience, sub: 'bench', preferred_username: 'bench', groups: ['admin'],
    iat: now, exp: now + 3600 })}`;
  const signature = createSign('RSA-SHA256').update(unsigned).sign(readFileSync(keyFile), 'base64url');
  return `${unsigned}.${signature}`;
}

const headers = { 'content-type': 'application/json' };
if (target === 'server') {
  headers.authorization = `Bearer ${token()}`;
}

let requests;
let next = 0;
const removals = fixtures.removals[connections] ?? [];
switch (`${target}:${scenario}`) {
  case 'server:S1': requests = [{ body: body(SESSION_PAGE) }]; break;
  case 'postgraphile:S1': requests = [{ body: body(POSTGRAPHILE_SESSION_PAGE) }]; break;
  case 'server:S2': requests = [{ body: body(LEARNER_SEARCH, { s: 'mar' }) }]; break;
  case 'postgraphile:S2': requests = [{ body: body(POSTGRAPHILE_LEARNER_SEARCH, { s: 'mar' }) }]; break;
  case 'server:S3': requests = [{ body: body(PREVIEW, fixtures.preview) }]; break;
  case 'server:S4':
    // Each request removes a learner not removed before.
    requests = [{ setupRequest: (request) => {
      const pick = removals[next++ % removals.length];
      return { ...request, body: body(REMOVE, { i: pick }) };
    } }];
    break;
  default: throw new Error(`no scenario ${target}:${scenario}`);
}

// One request first: a scenario that answers errors is not worth measuring.
const probe = await fetch(url, { method: 'POST', headers,
  body: requests[0].body ?? body(REMOVE, { i: removals[removals.length - 1] }) });
const probeText = await probe.text();
if (probe.status !== 200 || probeText.includes('"errors"')) {
  throw new Error(`${target} ${scenario} answers ${probe.status}: ${probeText.slice(0, 500)}`);
}

const result = await autocannon({ url, method: 'POST', headers, requests, connections: Number(connections),
  duration: Number(seconds) });
console.log(JSON.stringify({ target, scenario, connections: Number(connections), rps: result.requests.average,
  p50: result.latency.p50, p99: result.latency.p99, requests: result.requests.total,
  failures: result.errors + result.non2xx + result.timeouts }));
