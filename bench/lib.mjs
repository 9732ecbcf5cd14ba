// Helpers for the benchmarks: a signed-in browser made of fetch calls against the real
// forms (cookies kept, Origin sent, redirects not followed).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OTPAuth from '../e2e/node_modules/otpauth/dist/otpauth.node.mjs';

export function session(base) {
  const jar = {};
  const header = () => Object.entries(jar).map(([k, v]) => `${k}=${v}`).join('; ');
  const remember = (res) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, value] = pair.split('=');
      if (value) jar[name] = value;
      else delete jar[name];
    }
    return res;
  };
  return {
    jar,
    cookie: header,
    async get(path) {
      return remember(await fetch(base + path, { redirect: 'manual', headers: { 'Accept-Language': 'en', Cookie: header() } }));
    },
    async post(path, form) {
      return remember(
        await fetch(base + path, {
          method: 'POST',
          redirect: 'manual',
          headers: { Origin: base, 'Accept-Language': 'en', 'Content-Type': 'application/x-www-form-urlencoded', Cookie: header() },
          body: new URLSearchParams(form),
        }),
      );
    },
  };
}

/** The verification token mailed to `email` (file transport: one .eml per mail). */
export async function tokenFor(mailDir, email) {
  for (let i = 0; i < 200; i++) {
    for (const f of readdirSync(mailDir)) {
      const text = readFileSync(join(mailDir, f), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      if (text.includes(email)) {
        const m = text.match(/verify\?token=([A-Za-z0-9_-]+)/);
        if (m) return m[1];
      }
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no verification mail for ${email}`);
}

/** A new account, confirmed and signed in. */
export async function signedIn(base, mailDir, email, name = email) {
  const s = session(base);
  const password = 'a bench password 2026';
  await s.post('/signup', { email, display_name: name, password });
  await s.post('/verify', { token: await tokenFor(mailDir, email) });
  const res = await s.post('/signin', { email, password });
  if (res.status !== 303) throw new Error(`sign-in failed for ${email}: ${res.status}`);
  return s;
}

/**
 * Staff accounts: `grant(email, ...scope)` runs `kenes grant-role` on the database;
 * `staff(email, ...scope)` signs a new account in, grants the role and enrols the second
 * factor that staff pages require.
 */
export function staffOf(base, mailDir, bin, databaseUrl) {
  const grant = (email, ...scope) =>
    execFileSync(bin, ['grant-role', '--email', email, ...scope], {
      env: { ...process.env, DATABASE_URL: databaseUrl, RUST_LOG: 'error' },
    });
  async function staff(email, ...scope) {
    const s = await signedIn(base, mailDir, email, email.split('@')[0]);
    grant(email, ...scope);
    const page = await (await s.post('/account/2fa', { step: 'start' })).text();
    const secret = page.match(/<code class="secret">([^<]+)</)[1];
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
    await s.post('/account/2fa', { step: 'confirm', code: totp.generate() });
    return s;
  }
  return { grant, staff };
}

export function percentile(sorted, p) {
  return Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1));
}

/** A signed-in citizen files a grievance through the form; returns its tracking code. */
export async function fileAs(s, { kato = '1132', title = 'Benchmark grievance', privacy = 'public_anonymous', email } = {}) {
  const form = await (await s.get('/file')).text();
  const key = form.match(/name="idempotency_key" value="([^"]+)"/)[1];
  const fields = {
    idempotency_key: key, appeal_kind: 'complaint', category: 'utilities', kato,
    title, body: 'No hot water in the building since Monday; the boiler is broken.', lang: 'en', privacy,
  };
  if (email) fields.email = email;
  const res = await s.post('/file', fields);
  const page = await res.text();
  return { res, page, code: page.match(/<p class="code big">([^<]+)</)?.[1] };
}

/**
 * A running mediation set up through the forms as people would: a citizen's grievance in
 * KATO 1132, its official, a certified mediator proposed by a coordinator, rules accepted by
 * the three. Returns their sessions and the room's path.
 */
export async function mediationRoom(base, mailDir, bin, databaseUrl) {
  const stamp = Date.now();
  const { grant, staff } = staffOf(base, mailDir, bin, databaseUrl);
  const citizen = await signedIn(base, mailDir, `citizen-${stamp}@example.kz`, 'Citizen');
  const { code } = await fileAs(citizen, { title: 'Benchmark room' });
  const g = `/g/${code}`;
  const room = `/room/${code}`;
  const official = await staff(`official-${stamp}@example.kz`, '--role', 'official', '--body', 'akimat-1132');
  await official.post(g, { op: 'accept' });
  await citizen.post(g, { op: 'm-request', hope: 'A calm meeting about the hot water.' });
  await official.post(g, { op: 'm-consent' });
  const mediator = await staff(`mediator-${stamp}@example.kz`, '--role', 'mediator', '--kato', '11');
  await mediator.post('/mediator', { op: 'profile', bio: '', languages: 'en', available: 'yes' });
  const admin = await staff(`admin-${stamp}@example.kz`, '--role', 'administrator');
  grant(`admin-${stamp}@example.kz`, '--role', 'coordinator', '--level', 'local', '--kato', '1132');
  const roster = await (await admin.get('/admin/mediators')).text();
  const id = roster.match(/name="mediator" value="(\d+)"/)[1];
  await admin.post('/admin/mediators', { op: 'certify', mediator: id, issuer: 'MoJ', number: 'M-1', valid_until: '2030-01-01' });
  await admin.post(g, { op: 'm-propose', mediator: id });
  await mediator.post(g, { op: 'm-confirm', no_conflict: 'yes' });
  for (const s of [citizen, official, mediator]) await s.post(room, { op: 'rules' });
  return { code, citizen, official, mediator, room };
}

/**
 * A mediation room (see `mediationRoom`) holding `count` threaded messages, every fourth a
 * reply. They are written straight to the SQLite file: the room's own rate limit would take
 * minutes to let them through the form. Checks that the room page shows them all.
 */
export async function roomWithMessages(base, mailDir, bin, dbFile, count) {
  const setup = await mediationRoom(base, mailDir, bin, `sqlite://${dbFile}`);
  const mediation = execFileSync('sqlite3', [dbFile, 'SELECT id FROM mediations ORDER BY id DESC LIMIT 1']).toString().trim();
  const rows = [];
  for (let i = 1; i <= count; i++) {
    const parent = i % 4 === 0 ? `(SELECT MAX(id) FROM room_messages WHERE mediation_id = ${mediation})` : 'NULL';
    const role = ['citizen', 'official', 'mediator'][i % 3];
    rows.push(`INSERT INTO room_messages (mediation_id, parent_id, author_role, lang, body, created_at) VALUES (${mediation}, ${parent}, '${role}', 'en', 'Message ${i}: the boiler, the schedule and who pays for the repair.', datetime('now'));`);
  }
  // Written behind the domain's back, so the thread gets its version here, as every post
  // gives it one (see core's discussion::kept).
  rows.push(`INSERT INTO thread_versions (venue, version) VALUES ('mediation:${mediation}', abs(random())) ON CONFLICT (venue) DO UPDATE SET version = excluded.version;`);
  execFileSync('sqlite3', [dbFile, rows.join('\n')]);
  const page = await (await setup.mediator.get(setup.room)).text();
  const shown = (page.match(/class="message"/g) || []).length;
  if (shown !== count) throw new Error(`the room shows ${shown} messages, not ${count}`);
  return setup;
}
