// Files grievances concurrently through the real filing form (POST /file, signed in) and
// reports grievances per second and latency percentiles. Used by bench/filing.sh.
//
//   node bench/filing.mjs BASE_URL MAIL_DIR [TOTAL] [CONCURRENCY] [USERS]
import { writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { percentile, signedIn } from './lib.mjs';

const [base, mailDir, total = '3000', concurrency = '32', users = '16'] = process.argv.slice(2);

const jars = [];
for (let i = 0; i < Number(users); i++) jars.push(await signedIn(base, mailDir, `bench-${i}-${Date.now()}@example.kz`));

const places = ['1132', '2340', '3548', '5552', '7113'];
const latencies = [];
let next = 0;
let failures = 0;
async function worker(w) {
  while (next < Number(total)) {
    const n = next++;
    const start = performance.now();
    const res = await jars[w % jars.length].post(
      '/file',
      {
        idempotency_key: randomUUID(),
        appeal_kind: 'complaint',
        category: 'utilities',
        kato: places[n % places.length],
        title: `Benchmark grievance ${n}`,
        body: 'No hot water in the building since Monday; the boiler is broken.',
        lang: 'en',
        privacy: 'public_anonymous',
      },
    );
    const page = await res.text();
    latencies.push(performance.now() - start);
    if (res.status !== 200 || !page.includes('class="code big"')) {
      if (!failures && process.env.BENCH_DUMP) writeFileSync(process.env.BENCH_DUMP, page);
      failures++;
    }
  }
}
const started = performance.now();
await Promise.all(Array.from({ length: Number(concurrency) }, (_, w) => worker(w)));
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p) => percentile(latencies, p);
console.log(
  JSON.stringify({
    filed: latencies.length - failures,
    failures,
    concurrency: Number(concurrency),
    seconds: Number(seconds.toFixed(2)),
    per_second: Math.round(latencies.length / seconds),
    p50_ms: Number(pct(50)),
    p95_ms: Number(pct(95)),
    p99_ms: Number(pct(99)),
  }),
);
if (failures) process.exit(1);
