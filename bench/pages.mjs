// Whole pages over HTTP, one request at a time: a regional coordinator's dashboard (signed
// in with the second factor) and the public accountability pages. Used by bench/pages.sh.
//
//   node bench/pages.mjs BASE_URL MAIL_DIR KENES_BIN DATABASE_URL LABEL
import http from 'node:http';
import { percentile, session, staffOf } from './lib.mjs';

const [base, mailDir, bin, databaseUrl, label] = process.argv.slice(2);
const { staff } = staffOf(base, mailDir, bin, databaseUrl);
const coordinator = await staff(`coordinator-${Date.now()}@example.kz`, '--role', 'coordinator', '--level', 'regional', '--kato', '19');
const visitor = session(base);

// Timed with node:http on a kept-alive connection: fetch (undici) adds tens of
// milliseconds of its own per request on this machine, curl and node:http do not.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function get(who, path) {
  return new Promise((resolve, reject) => {
    const url = new URL(path, base);
    const headers = { 'Accept-Language': 'en', Cookie: who.cookie() };
    http
      .get(url, { agent, headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode, body }));
      })
      .on('error', reject);
  });
}

// Each page, who reads it, and words that prove it is the page and not an error.
const pages = [
  ['dashboard (Almaty region)', coordinator, '/dashboard', 'New grievances per week'],
  ['dashboard, map by overdue', coordinator, '/dashboard?measure=overdue', 'Map of the regions'],
  ['home page', visitor, '/', 'Kenes'],
  ['public grievances', visitor, '/grievances', 'Kenes'],
  ['public grievances as CSV (the newest 10,000)', visitor, '/grievances.csv', 'code,url,kind'],
  ['accountability, all regions', visitor, '/accountability', 'How bodies handle grievances'],
  ['accountability, bodies of a region', visitor, '/accountability?region=19', 'All regions'],
];
for (const [name, who, path, proof] of pages) {
  const times = [];
  for (let i = 0; i < 53; i++) {
    const t = performance.now();
    const { status, body } = await get(who, path);
    const ms = performance.now() - t;
    if (status !== 200 || !body.includes(proof)) throw new Error(`${path}: ${status}\n${body.slice(0, 500)}`);
    if (i >= 3) times.push(ms); // the first requests warm the caches
  }
  times.sort((a, b) => a - b);
  console.log(`${label}: ${name}: p50 ${percentile(times, 50)} ms, p95 ${percentile(times, 95)} ms`);
}
