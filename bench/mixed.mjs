// Mixed load against the release build: USERS virtual people for SECONDS, each taking
// realistic journeys with a pause of one to three seconds between steps, as people on
// phones do. Most are citizens who browse, search the public record, track, support and
// file (signed in or as guests, who confirm by the mailed link); five officials answer from
// their queues; three parties talk in a live room that forty participants watch (each
// change fetches the room again after a random wait of up to 400 ms, as the RoomLive
// island does). Every step is timed; a step is an error when its status or page is not
// what a person would get. Reported per step:
// requests, errors, p50/p95/p99; the server's CPU and RSS; the load generator's own CPU.
// Used by bench/mixed.sh.
//
//   node bench/mixed.mjs BASE_URL MAIL_DIR KENES_BIN DATABASE_URL SERVER_PID [USERS] [SECONDS]
import { readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { fileAs, mediationRoom, percentile, session, signedIn, staffOf } from './lib.mjs';

const [base, mailDir, bin, databaseUrl, serverPid, users = '500', duration = '300'] = process.argv.slice(2);
const stamp = Date.now();
const places = ['1132', '2340', '3548', '5552', '7113'];
const words = ['water', 'road', 'school', 'heating', 'pension', 'land', 'bus', 'clinic', 'вода', 'су'];
const pick = (xs) => xs[Math.floor(Math.random() * xs.length)];
const pause = () => new Promise((r) => setTimeout(r, 1000 + Math.random() * 2000));
const until = () => Date.now() < endAt;
let endAt = Infinity;

// ---- measuring ----------------------------------------------------------------------

const steps = new Map();
function record(name, ms, ok, detail) {
  if (!steps.has(name)) steps.set(name, { latencies: [], errors: 0, firstError: null });
  const s = steps.get(name);
  s.latencies.push(ms);
  if (!ok) {
    s.errors++;
    s.firstError ??= detail;
  }
}

/** Runs one request as a named step; `expect(res, text)` says whether a person got what they came for. */
async function step(name, request, expect = (res) => res.status === 200) {
  const t0 = performance.now();
  try {
    const res = await request();
    const text = await res.text();
    const ok = expect(res, text);
    record(name, performance.now() - t0, ok, ok ? null : `${res.status}: ${text.slice(0, 200)}`);
    return ok ? text : null;
  } catch (e) {
    record(name, performance.now() - t0, false, String(e));
    return null;
  }
}

/** The server's CPU ticks and RSS, sampled each second. */
function watchServer(pid) {
  const hz = 100;
  const ticks = () => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ').slice(11, 13).map(Number).reduce((a, b) => a + b);
  const rss = () => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]);
  const start = { ticks: ticks(), at: performance.now() };
  let peak = rss();
  const timer = setInterval(() => { peak = Math.max(peak, rss()); }, 1000);
  return () => {
    clearInterval(timer);
    const seconds = (performance.now() - start.at) / 1000;
    return { cpu_percent_of_one_core: Math.round(((ticks() - start.ticks) / hz / seconds) * 100), rss_peak_mb: Math.round(peak / 1024), rss_end_mb: Math.round(rss() / 1024) };
  };
}

// ---- the mailbox: guests' confirmation links, read as the file transport writes them ----

const confirmations = new Map();
const readMails = new Set();
function readMailbox() {
  for (const f of readdirSync(mailDir)) {
    if (readMails.has(f)) continue;
    const text = readFileSync(join(mailDir, f), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    const to = text.match(/^To: .*?<?([^\s<>]+@[^\s<>]+)>?\s*$/m)?.[1];
    const token = text.match(/file\/confirm\?token=([A-Za-z0-9_-]+)/)?.[1];
    if (!to || !text.includes('\r\n\r\n') && !text.includes('\n\n')) continue; // still being written
    readMails.add(f);
    if (token) confirmations.set(to, token);
  }
}
async function confirmationFor(email) {
  for (let i = 0; i < 300 && !confirmations.has(email); i++) await new Promise((r) => setTimeout(r, 100));
  return confirmations.get(email);
}

// ---- the people ---------------------------------------------------------------------

const codes = []; // tracking codes seen on public lists and filed during the run
const remember = (page) => {
  for (const m of page.matchAll(/href="\/g\/([A-Za-z0-9-]+)"/g)) if (codes.length < 5000) codes.push(m[1]);
};
const isPage = (marker) => (res, text) => res.status === 200 && text.includes(marker);

async function browse(s) {
  const home = await step('browse: home', () => s.get('/'));
  if (!home) return;
  await pause();
  const page = 1 + Math.floor(Math.random() * 5);
  const list = await step('browse: public list', () => s.get(`/grievances?page=${page}`), isPage('href="/g/'));
  if (!list) return;
  remember(list);
  await pause();
  await step('browse: grievance', () => s.get(`/g/${pick(codes)}`), isPage('<p class="code">'));
}

async function searchOutcomes(s) {
  const found = await step('search: outcomes', () => s.get(`/outcomes?q=${encodeURIComponent(pick(words))}`), isPage('name="q"'));
  if (!found) return;
  const ids = [...found.matchAll(/href="\/outcomes\/(\d+)"/g)].map((m) => m[1]);
  if (!ids.length) return;
  await pause();
  await step('search: outcome', () => s.get(`/outcomes/${pick(ids)}`), isPage('<h1'));
}

async function track(s) {
  await step('track: by code', () => s.get(`/track?code=${pick(codes)}`), isPage('class="card"'));
}

async function fileSignedIn(s) {
  const t0 = performance.now();
  try {
    const { res, code } = await fileAs(s, { kato: pick(places), title: `Mixed load ${stamp}` });
    record('file: signed in', performance.now() - t0, res.status === 200 && !!code, `${res.status}`);
    if (!code) return;
    codes.push(code);
    await pause();
    await step('file: own grievance', () => s.get(`/g/${code}`), isPage('<p class="code">'));
  } catch (e) {
    record('file: signed in', performance.now() - t0, false, String(e));
  }
}

let guests = 0;
async function fileAsGuest() {
  const s = session(base);
  const email = `guest-${stamp}-${guests++}@example.kz`;
  const t0 = performance.now();
  let pending = false;
  try {
    const { res, page } = await fileAs(s, { kato: pick(places), title: `Guest load ${stamp}`, email });
    pending = res.status === 200 && page.includes('Almost done: we have sent you an e-mail.');
    record('file: guest', performance.now() - t0, pending, `${res.status}: ${page.slice(0, 200)}`);
  } catch (e) {
    record('file: guest', performance.now() - t0, false, String(e));
  }
  if (!pending) return;
  const token = await confirmationFor(email);
  if (!token) return record('file: guest confirmation mail', 30000, false, `no mail for ${email}`);
  await pause();
  await step('file: guest confirms', () => s.get(`/file/confirm?token=${token}`), isPage('name="token"'));
  const done = await step('file: guest filed', () => s.post('/file/confirm', { token }), isPage('class="code big"'));
  if (done) codes.push(done.match(/<p class="code big">([^<]+)</)[1]);
}

async function support(s) {
  const page = await step('support: grievance', () => s.get(`/g/${pick(codes)}`), isPage('<p class="code">'));
  if (!page || !page.includes('value="support"')) return;
  const code = page.match(/<p class="code[^"]*">([^<]+)</)?.[1];
  await pause();
  if (code) await step('support: add', () => s.post(`/g/${code}`, { op: 'support' }), (res) => res.status === 303 || res.status === 200);
}

/** A citizen's next few journeys, in the mix people come for. */
async function citizen(s, signed) {
  while (until()) {
    const r = Math.random();
    if (r < 0.35) await browse(s);
    else if (r < 0.55) await searchOutcomes(s);
    else if (r < 0.7) await track(s);
    else if (r < 0.85) await support(s);
    else if (signed) await fileSignedIn(s);
    else await fileAsGuest();
    await pause();
  }
}

/** An official opens the queue, takes the oldest waiting grievance, accepts or answers it. */
async function official(s) {
  while (until()) {
    const queue = await step('staff: queue', () => s.get('/queue'), isPage('<h1'));
    const code = queue?.match(/href="\/g\/([A-Za-z0-9-]+)"/)?.[1];
    await pause();
    if (!code) continue;
    const page = await step('staff: grievance', () => s.get(`/g/${code}`), isPage('<p class="code">'));
    await pause();
    const ok = (res, text) => res.status === 303 || (res.status === 200 && !/role="alert">[^<]/.test(text));
    if (page?.includes('value="accept"')) await step('staff: accept', () => s.post(`/g/${code}`, { op: 'accept' }), ok);
    else if (page?.includes('value="answer"')) {
      await step('staff: answer', () => s.post(`/g/${code}`, { op: 'answer', answer: 'The boiler is repaired; hot water is back since this morning.' }), ok);
    }
    await pause();
  }
}

/** A party to the mediation posts every eight to twelve seconds (the room allows ten a minute). */
async function party(s, room) {
  let n = 0;
  while (until()) {
    await new Promise((r) => setTimeout(r, 8000 + Math.random() * 4000));
    await step('room: post', () => s.post(room, { op: 'post', body: `Message ${n++}: about the boiler and the schedule.`, lang: 'en' }), (res) => res.status === 303 || res.status === 200);
    await step('room: page', () => s.get(room), isPage('id="thread"'));
  }
}

/** A participant watching the room live: on each change, the room again. */
function watcher(s, room, agent) {
  return new Promise((resolve) => {
    const req = http.get(new URL(base + room + '/events'), { agent, headers: { Cookie: s.cookie() } }, (res) => {
      record('room: event stream opened', 0, res.statusCode === 200, `${res.statusCode}`);
      let buffered = '';
      let pending = false;
      res.on('data', (chunk) => {
        buffered += chunk;
        while (buffered.includes('event: changed')) {
          buffered = buffered.slice(buffered.indexOf('event: changed') + 14);
          if (pending) continue;
          pending = true;
          setTimeout(() => {
            pending = false;
            step('room: refresh on event', () => s.get(room), isPage('id="thread"'));
          }, Math.random() * 400);
        }
      });
      res.on('end', resolve);
      res.on('error', resolve);
    });
    req.on('error', (e) => { if (until()) record('room: event stream opened', 0, false, String(e)); resolve(); });
    setTimeout(() => { req.destroy(); resolve(); }, endAt - Date.now());
  });
}

// ---- setting up, then the run -------------------------------------------------------

const { staff } = staffOf(base, mailDir, bin, databaseUrl);
const live = await mediationRoom(base, mailDir, bin, databaseUrl);
const officials = [];
for (const kato of places) officials.push(await staff(`queue-${kato}-${stamp}@example.kz`, '--role', 'official', '--body', `akimat-${kato}`));
const citizens = [];
for (let i = 0; i < 40; i++) citizens.push(await signedIn(base, mailDir, `load-${i}-${stamp}@example.kz`, `Citizen ${i}`));
remember(await (await session(base).get('/grievances')).text());
const mailbox = setInterval(readMailbox, 200);

const total = Number(users);
const watchers = 40;
const parties = [live.citizen, live.official, live.mediator];
const crowd = total - officials.length - parties.length - watchers;
console.error(`${total} people: ${crowd} citizens, ${officials.length} officials, ${parties.length} room parties, ${watchers} room watchers; ${duration} s`);

const usage0 = process.cpuUsage();
const stopWatching = watchServer(Number(serverPid));
const started = performance.now();
endAt = Date.now() + Number(duration) * 1000;
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
// Arrivals spread over the first 30 seconds, as a crowd gathers.
const arrive = (i, n) => new Promise((r) => setTimeout(r, (30000 * i) / n));
await Promise.all([
  ...officials.map((s) => official(s)),
  ...parties.map((s) => party(s, live.room)),
  ...Array.from({ length: watchers }, (_, i) => arrive(i, watchers).then(() => watcher(pick([live.official, live.mediator, live.citizen]), live.room, agent))),
  ...Array.from({ length: crowd }, (_, i) => arrive(i, crowd).then(() => (i % 3 === 0 ? citizen(citizens[i % citizens.length], true) : citizen(session(base), false)))),
]);
const seconds = (performance.now() - started) / 1000;
const server = stopWatching();
const usage = process.cpuUsage(usage0);
clearInterval(mailbox);
agent.destroy();

// ---- the report ---------------------------------------------------------------------

const rows = [...steps.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, s]) => {
  const sorted = s.latencies.sort((a, b) => a - b);
  return { step: name, requests: sorted.length, errors: s.errors, p50_ms: percentile(sorted, 50), p95_ms: percentile(sorted, 95), p99_ms: percentile(sorted, 99), first_error: s.firstError };
});
const requests = rows.reduce((n, r) => n + r.requests, 0);
const errors = rows.reduce((n, r) => n + r.errors, 0);
console.log('| step | requests | errors | p50 ms | p95 ms | p99 ms |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.step} | ${r.requests} | ${r.errors} | ${r.p50_ms} | ${r.p95_ms} | ${r.p99_ms} |`);
for (const r of rows.filter((r) => r.first_error)) console.log(`first error in "${r.step}": ${r.first_error}`);
console.log(JSON.stringify({
  users: total, seconds: Math.round(seconds), requests, per_second: Math.round(requests / seconds), errors,
  worst_p99_ms: Math.max(...rows.filter((r) => r.step !== 'room: event stream opened').map((r) => r.p99_ms)),
  server,
  load_generator_cpu_percent_of_one_core: Math.round(((usage.user + usage.system) / 1e6 / seconds) * 100),
}));
process.exit(errors ? 1 : 0);
