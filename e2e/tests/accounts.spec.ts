import { test, expect } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import { mailTo, verifyLink } from './mail';
import { grantRole } from './people';
import { expectAccessible } from './layout';

test('sign up on a phone without JavaScript, verify by the mailed link, sign in and out', async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 360, height: 740 },
    locale: 'ru-RU',
  });
  const page = await context.newPage();
  const email = `citizen-${Date.now()}@example.kz`;

  await page.goto('/');
  // On a phone the header folds its second rank under "More".
  await page.locator('.site-nav .more summary').click();
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
  await page.goto(verifyLink(mail));
  await page.getByRole('button', { name: 'Подтвердить почту' }).click();
  await expect(page.getByRole('status')).toContainText('Почта подтверждена');

  await page.getByRole('link', { name: 'Вход' }).first().click();
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByLabel('Пароль').fill('ветер над Улытау 2026');
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ваша учётная запись');
  await expectAccessible(page);
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
  // Back to the account once signed in again.
  await expect(page).toHaveURL(/\/signin\?next=%2Faccount$/);
  await context.close();
});

test('a coordinator enrols in two-step sign-in and signs in with a code', async ({ page }) => {
  const email = `coordinator-${Date.now()}@example.kz`;
  const password = 'coordinating-in-Shymkent';
  await page.goto('/signup?lang=en');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Display name').fill('Coordinator');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.goto(verifyLink(await mailTo(email)));
  await page.getByRole('button', { name: 'Confirm my e-mail' }).click();
  await expect(page.getByRole('status')).toContainText('Your e-mail is confirmed');
  grantRole(email, '--role', 'coordinator', '--level', 'regional', '--kato', '79');

  await page.goto('/signin');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('Your account has a staff role');
  await page.getByRole('link', { name: 'Two-step sign-in' }).first().click();
  await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
  const secret = (await page.locator('code.secret').textContent())!.trim();
  await expect(page.getByRole('link', { name: 'Open in the app on this phone' })).toHaveAttribute('href', /^otpauth:\/\/totp\//);
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
  await page.getByLabel('Code').fill(totp.generate());
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByRole('status')).toContainText('Two-step sign-in is on');
  await expect(page.locator('ul.codes li')).toHaveCount(10);

  await page.goto('/account');
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.goto('/signin');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/signin\/2fa$/);
  // The code of the next 30-second step: the current one was used to turn the factor on.
  await page.getByLabel('Code').fill(totp.generate({ timestamp: Date.now() + 30_000 }));
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByText('Your account has a staff role')).toHaveCount(0);
});
