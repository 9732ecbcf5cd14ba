// A public dialogue under load, against the release build: VOTERS people vote on 200
// statements through the real form (votes per second, latency percentiles), then the
// dialogue's page with its map is read (requests per second). Used by bench/dialogue.sh.
//
//   node bench/dialogue.mjs BASE_URL MAIL_DIR DATABASE_FILE [VOTERS]
import { execFileSync } from 'node:child_process';
import { percentile, signedIn } from './lib.mjs';

const [base, mailDir, dbFile, voters = '100'] = process.argv.slice(2);
const sql = (text) => execFileSync('sqlite3', [dbFile, text]).toString().trim();
const STATEMENTS = 200;

// The dialogue and its statements go straight into the database: opening it through the
// forms needs a certified mediator and a coordinator, which this benchmark does not measure.
const owner = await signedIn(base, mailDir, 'facilitator@bench.kz');
const facilitator = sql("SELECT id FROM users WHERE email = 'facilitator@bench.kz'");
const id = sql(`INSERT INTO dialogues (question, background_en, kato, facilitator_user_id, opened_by_user_id,
  approved_by_user_id, opens_on, closes_on, created_at)
  VALUES ('How should the village share its water?', 'Benchmark.', '1132', ${facilitator}, ${facilitator},
  ${facilitator}, date('now', '-1 day'), date('now', '+30 days'), datetime('now')) RETURNING id;`);
const rows = [];
for (let i = 0; i < STATEMENTS; i++) {
  rows.push(`INSERT INTO dialogue_statements (dialogue_id, author_user_id, body, lang, seed, created_at)
    VALUES (${id}, ${facilitator}, 'Statement ${i}: the well, the pipes and who pays.', 'en', 1, datetime('now'));`);
}
sql(rows.join('\n'));
const statements = sql(`SELECT id FROM dialogue_statements WHERE dialogue_id = ${id} ORDER BY id`).split('\n');
const path = `/dialogues/${id}`;

// The voters sign up, sign in and join through the forms.
const people = [];
for (let p = 0; p < Number(voters); p++) {
  const s = await signedIn(base, mailDir, `voter${p}@bench.kz`);
  const res = await s.post(path, { op: 'join' });
  if (res.status !== 303) throw new Error(`join: ${res.status}`);
  people.push(s);
}

// 1. Votes through the form, 16 at a time: two camps, as in a real dialogue.
const jobs = [];
people.forEach((s, p) => statements.forEach((statement, i) => {
  jobs.push([s, statement, i === 0 || i % 2 === p % 2 ? 'agree' : 'disagree']);
}));
const latencies = [];
let next = 0;
let started = performance.now();
await Promise.all(Array.from({ length: 16 }, async () => {
  while (next < jobs.length) {
    const [s, statement, vote] = jobs[next++];
    const t0 = performance.now();
    const res = await s.post(path, { op: 'vote', statement, vote });
    await res.text();
    if (res.status !== 303) throw new Error(`vote: ${res.status}`);
    latencies.push(performance.now() - t0);
  }
}));
let seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const counted = sql(`SELECT COUNT(*) FROM dialogue_votes`);
console.log(JSON.stringify({
  votes: { voters: people.length, statements: STATEMENTS, cast: jobs.length, counted: Number(counted), per_second: Math.round(jobs.length / seconds), p50_ms: percentile(latencies, 50), p95_ms: percentile(latencies, 95), p99_ms: percentile(latencies, 99) },
}));

// 2. The page with its map, read by a participant (the map is kept after the first read).
const first = await (await people[0].get(path)).text();
if (!first.includes('Group A')) throw new Error('the map shows no groups');
const pageLatencies = [];
const total = 2000;
next = 0;
started = performance.now();
await Promise.all(Array.from({ length: 16 }, async () => {
  while (next < total) {
    next++;
    const t0 = performance.now();
    const res = await people[next % people.length].get(path);
    await res.text();
    if (res.status !== 200) throw new Error(`page: ${res.status}`);
    pageLatencies.push(performance.now() - t0);
  }
}));
seconds = (performance.now() - started) / 1000;
pageLatencies.sort((a, b) => a - b);
console.log(JSON.stringify({
  page: { statements: STATEMENTS, bytes: first.length, requests: total, per_second: Math.round(total / seconds), p50_ms: percentile(pageLatencies, 50), p95_ms: percentile(pageLatencies, 95), p99_ms: percentile(pageLatencies, 99) },
}));
void owner;
