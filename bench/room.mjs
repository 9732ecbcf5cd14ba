// A room under load, against the release build: the room page with 100 messages
// (requests per second, latency percentiles) and live fan-out (one message, every watcher
// of the room told; delivery percentiles). Used by bench/room.sh.
//
//   node bench/room.mjs BASE_URL MAIL_DIR DATABASE_FILE KENES_BIN [WATCHERS]
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import { percentile, signedIn, staffOf } from './lib.mjs';

const [base, mailDir, dbFile, bin, watchers = '2000'] = process.argv.slice(2);
const stamp = Date.now();
const { grant, staff } = staffOf(base, mailDir, bin, `sqlite://${dbFile}`);

// A running mediation, set up through the forms as people would.
const citizen = await signedIn(base, mailDir, `citizen-${stamp}@example.kz`, 'Citizen');
const filePage = await (await citizen.get('/file')).text();
const key = filePage.match(/name="idempotency_key" value="([^"]+)"/)[1];
const filed = await (
  await citizen.post('/file', {
    idempotency_key: key, appeal_kind: 'complaint', category: 'utilities', kato: '1132',
    title: 'Benchmark room', body: 'A grievance whose mediation room is measured.', lang: 'en', privacy: 'public_anonymous',
  })
).text();
const code = filed.match(/<p class="code big">([^<]+)</)[1];
const g = `/g/${code}`;
const room = `/room/${code}`;
const official = await staff(`official-${stamp}@example.kz`, '--role', 'official', '--body', 'akimat-1132');
await official.post(g, { op: 'accept' });
await citizen.post(g, { op: 'm-request', hope: 'A calm meeting about the hot water.' });
await official.post(g, { op: 'm-consent' });
const mediatorMail = `mediator-${stamp}@example.kz`;
const mediator = await staff(mediatorMail, '--role', 'mediator', '--kato', '11');
await mediator.post('/mediator', { op: 'profile', bio: '', languages: 'en', available: 'yes' });
const admin = await staff(`admin-${stamp}@example.kz`, '--role', 'administrator');
grant(`admin-${stamp}@example.kz`, '--role', 'coordinator', '--level', 'local', '--kato', '1132');
const roster = await (await admin.get('/admin/mediators')).text();
const id = roster.match(/name="mediator" value="(\d+)"/)[1];
await admin.post('/admin/mediators', { op: 'certify', mediator: id, issuer: 'MoJ', number: 'M-1', valid_until: '2030-01-01' });
await admin.post(g, { op: 'm-propose', mediator: id });
await mediator.post(g, { op: 'm-confirm', no_conflict: 'yes' });
for (const s of [citizen, official, mediator]) await s.post(room, { op: 'rules' });

// 100 messages in threads (written straight to the database: the room's own rate limit
// would take ten minutes to let them through the form).
const mediation = execFileSync('sqlite3', [dbFile, 'SELECT id FROM mediations ORDER BY id DESC LIMIT 1']).toString().trim();
const rows = [];
for (let i = 1; i <= 100; i++) {
  const parent = i % 4 === 0 ? `(SELECT MAX(id) FROM room_messages WHERE mediation_id = ${mediation})` : 'NULL';
  const role = ['citizen', 'official', 'mediator'][i % 3];
  rows.push(`INSERT INTO room_messages (mediation_id, parent_id, author_role, lang, body, created_at) VALUES (${mediation}, ${parent}, '${role}', 'en', 'Message ${i}: the boiler, the schedule and who pays for the repair.', datetime('now'));`);
}
execFileSync('sqlite3', [dbFile, rows.join('\n')]);
const check = await (await mediator.get(room)).text();
const shown = (check.match(/class="message"/g) || []).length;
if (shown !== 100) throw new Error(`the room shows ${shown} messages, not 100`);

// 1. The room page.
const total = 2000;
const latencies = [];
let next = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: 16 }, async () => {
    while (next < total) {
      next++;
      const t0 = performance.now();
      const res = await mediator.get(room);
      await res.text();
      if (res.status !== 200) throw new Error(`room page: ${res.status}`);
      latencies.push(performance.now() - t0);
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
console.log(JSON.stringify({
  room_page: { messages: 100, requests: total, per_second: Math.round(total / seconds), p50_ms: percentile(latencies, 50), p95_ms: percentile(latencies, 95), p99_ms: percentile(latencies, 99) },
}));

// 2. Fan-out: N watchers of the room, one message, when does each hear of it?
const n = Number(watchers);
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
const url = new URL(base + room + '/events');
const heard = [];
let sentAt = 0;
let ready = 0;
await new Promise((resolve, reject) => {
  for (let i = 0; i < n; i++) {
    const req = http.get(url, { agent, headers: { Cookie: official.cookie() } }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`stream: ${res.statusCode}`));
      let buffered = '';
      let counted = false;
      res.on('data', (chunk) => {
        buffered += chunk;
        if (!counted && buffered.includes(': connected')) {
          counted = true;
          if (++ready === n) resolve();
        }
        if (sentAt && buffered.includes('event: changed')) {
          heard.push(performance.now() - sentAt);
          buffered = '';
          res.destroy();
        }
      });
    });
    req.on('error', reject);
  }
});
sentAt = performance.now();
await citizen.post(room, { op: 'post', body: 'One message for every watcher.', lang: 'en' });
const deadline = Date.now() + 30_000;
while (heard.length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
heard.sort((a, b) => a - b);
console.log(JSON.stringify({
  fan_out: { watchers: n, told: heard.length, p50_ms: percentile(heard, 50), p99_ms: percentile(heard, 99), max_ms: Number(heard[heard.length - 1].toFixed(1)) },
}));
agent.destroy();
process.exit(heard.length === n ? 0 : 1);
