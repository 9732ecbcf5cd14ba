import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mailDir } from '../playwright.config';

type Mail = { to: string[]; subject: string; body: string };

/** Waits for a mail to `to` delivered to the test SMTP server. */
async function mailTo(to: string): Promise<Mail> {
  for (let i = 0; i < 100; i++) {
    const mails = readdirSync(mailDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(mailDir, f), 'utf8')) as Mail)
      .filter((m) => m.to.includes(to));
    if (mails.length) return mails[mails.length - 1];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${to}`);
}

test('sign up on a phone without JavaScript, verify by the mailed link, sign in and out', async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 360, height: 740 },
    locale: 'ru-RU',
  });
  const page = await context.newPage();
  const email = `citizen-${Date.now()}@example.kz`;

  await page.goto('/');
  await page.getByRole('link', { name: 'Создать учётную запись' }).click();
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByLabel('Отображаемое имя').fill('Айгүл');
  await page.getByLabel('Пароль').fill('qwerty123');
  await page.getByRole('button', { name: 'Создать' }).click();
  // A common password is refused next to its field; the other values stay.
  await expect(page.locator('#password-error')).toContainText('самых распространённых');
  await expect(page.getByLabel('Электронная почта')).toHaveValue(email);

  await page.getByLabel('Пароль').fill('ветер над Улытау 2026');
  await page.getByRole('button', { name: 'Создать' }).click();
  await expect(page.getByRole('status')).toContainText('мы отправили вам письмо');

  const mail = await mailTo(email);
  expect(mail.subject).toBe('Подтвердите почту для Кеңес');
  const link = mail.body.match(/https?:\/\/\S+\/verify\?token=\S+/)![0];
  await page.goto(link);
  await page.getByRole('button', { name: 'Подтвердить почту' }).click();
  await expect(page.getByRole('status')).toContainText('Почта подтверждена');

  await page.getByRole('link', { name: 'Вход' }).first().click();
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByLabel('Пароль').fill('ветер над Улытау 2026');
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ваша учётная запись');
  await expect(page.getByText(email)).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);

  const cookies = await context.cookies();
  const session = cookies.filter((c) => c.name.startsWith('__Host-kenes_'));
  expect(session.map((c) => c.name).sort()).toEqual(['__Host-kenes_at', '__Host-kenes_rt']);
  for (const c of session) {
    expect(c.httpOnly && c.secure && c.sameSite === 'Lax').toBe(true);
  }

  await page.getByRole('button', { name: 'Выйти', exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/signin$/);
  await context.close();
});
