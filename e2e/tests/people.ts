import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { homedir } from 'node:os';
import * as OTPAuth from 'otpauth';
import { databaseUrl } from '../playwright.config';
import { mailTo, verifyLink } from './mail';

/** Signs up in English, confirms the address by the mailed link and signs in. */
export async function signedIn(page: Page, email: string, name: string, password: string) {
  await page.goto('/signup?lang=en');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.goto(verifyLink(await mailTo(email)));
  await page.getByRole('button', { name: 'Confirm my e-mail' }).click();
  await expect(page.getByRole('status')).toContainText('Your e-mail is confirmed');
  await page.goto('/signin');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);
}

/** Grants a staff role with the server's own command, as an operator would. */
export function grantRole(email: string, ...scope: string[]) {
  const target = process.env.CARGO_TARGET_DIR ?? `${homedir()}/.cache/kenes/target`;
  execFileSync(`${target}/release/kenes`, ['grant-role', '--email', email, ...scope], {
    env: { ...process.env, DATABASE_URL: databaseUrl, RUST_LOG: 'warn' },
  });
}

/** Turns on two-step sign-in from the account page; returns the TOTP generator. */
export async function enrolSecondFactor(page: Page): Promise<OTPAuth.TOTP> {
  await page.goto('/account/2fa');
  await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
  const secret = (await page.locator('code.secret').textContent())!.trim();
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
  await page.getByLabel('Code').fill(totp.generate());
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByRole('status')).toContainText('Two-step sign-in is on');
  return totp;
}
