// A room under load, against the release build: the room page with 100 messages
// (requests per second, latency percentiles) and live fan-out (one message, every watcher
// of the room told; delivery percentiles). Used by bench/room.sh.
//
//   node bench/room.mjs BASE_URL MAIL_DIR DATABASE_FILE KENES_BIN [WATCHERS]
import http from 'node:http';
import { roomWithMessages, percentile } from './lib.mjs';

const [base, mailDir, dbFile, bin, watchers = '2000'] = process.argv.slice(2);
const { citizen, official, mediator, room } = await roomWithMessages(base, mailDir, bin, dbFile, 100);

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
