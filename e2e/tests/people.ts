import { expect, type Browser, type Page } from '@playwright/test';
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

/** A signed-in person on a 360 px phone, in English, with or without JavaScript. */
export async function person(browser: Browser, email: string, name: string, javaScriptEnabled = true) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-GB', javaScriptEnabled });
  const page = await context.newPage();
  await signedIn(page, email, name, `${name} has a long password`);
  return { context, page };
}

/** A mediator's profile: English, ethnomediation. */
export async function mediatorProfile(page: Page) {
  await page.goto('/mediator');
  await page.getByLabel('English').check();
  await page.getByLabel('ethnomediation').check();
  await page.getByRole('button', { name: 'Save' }).click();
}

/** An administrator records a mediator's certification, valid until 2030. */
export async function certify(admin: Page, mediatorMail: string, number: string) {
  await admin.goto('/admin/mediators');
  const card = admin.locator('li.card', { hasText: mediatorMail });
  await card.getByLabel('Issued by').fill('Ministry of Justice');
  await card.getByLabel('Certificate number').fill(number);
  await card.getByLabel('Valid until').fill('2030-01-01');
  await card.getByRole('button', { name: 'Record the certification' }).click();
}
