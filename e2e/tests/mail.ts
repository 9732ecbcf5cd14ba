import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mailDir } from '../playwright.config';

export type Mail = { to: string[]; subject: string; body: string };

/** Waits for the newest mail to `to` (whose subject contains `subject`, if given) delivered
 * to the test SMTP server (smtp_sink.py). */
export async function mailTo(to: string, subject = ''): Promise<Mail> {
  for (let i = 0; i < 100; i++) {
    const mails = readdirSync(mailDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(mailDir, f), 'utf8')) as Mail)
      .filter((m) => m.to.includes(to) && m.subject.includes(subject));
    if (mails.length) return mails[mails.length - 1];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${to}`);
}

/** The verification link of a mail. */
export function verifyLink(mail: Mail): string {
  return mail.body.match(/https?:\/\/\S+\/verify\?token=\S+/)![0];
}
