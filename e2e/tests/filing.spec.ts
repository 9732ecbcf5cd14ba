import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mailTo, verifyLink } from './mail';
import { expectChoicesBesideLabels } from './layout';



/** Signs up, confirms the address by the mailed link and signs in (Kazakh interface). */
async function signedInCitizen(page: Page, email: string) {
  const password = 'Ақтөбе маңындағы жол';
  await page.goto('/signup');
  await page.getByLabel('Электрондық пошта').fill(email);
  await page.getByLabel('Көрсетілетін аты').fill('Ерлан');
  await page.getByLabel('Құпиясөз').fill(password);
  await page.getByRole('button', { name: 'Тіркелгі ашу' }).click();
  await page.goto(verifyLink(await mailTo(email)));
  await page.getByRole('button', { name: 'Поштамды растау' }).click();
  await page.goto('/signin');
  await page.getByLabel('Электрондық пошта').fill(email);
  await page.getByLabel('Құпиясөз').fill(password);
  await page.getByRole('button', { name: 'Кіру' }).click();
  await expect(page).toHaveURL(/\/account$/);
}

test('the filing form has no WCAG A/AA violations', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'kk-KZ' });
  const page = await context.newPage();
  await signedInCitizen(page, `axe-${Date.now()}@example.kz`);
  await page.goto('/file');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await context.close();
});

test('a citizen files a grievance on a 360 px phone without JavaScript and follows it', async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 360, height: 740 },
    locale: 'kk-KZ',
  });
  const page = await context.newPage();
  const email = `filer-${Date.now()}@example.kz`;
  await signedInCitizen(page, email);
  await page.getByRole('link', { name: 'Өтініш беру' }).first().click();

  await page.getByLabel('Санаты').selectOption('roads_transport');
  await page.getByLabel('Тақырыбы').fill('Жол');
  await page.getByLabel('Сипаттамасы').fill('Орталық көшедегі шұңқырлар көліктерді бүлдіреді.');
  await page.getByRole('button', { name: 'Өтініш беру' }).click();
  // A summary at the top, focused, linking to each field; the title says so; errors next to
  // the fields; what was typed stays.
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Нұсқалардың бірін таңдаңыз.' })).toHaveAttribute('href', '#kato');
  await expect(page).toHaveTitle(/^Қате: /);
  await expect(page.locator('#kato-error')).toHaveText('Нұсқалардың бірін таңдаңыз.');
  await expect(page.getByLabel('Сипаттамасы')).toHaveValue('Орталық көшедегі шұңқырлар көліктерді бүлдіреді.');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await expectChoicesBesideLabels(page);

  await page.getByLabel('Орны').selectOption('1510');
  await page.getByLabel('Тақырыбы').fill('Жол жөндеуді қажет етеді');
  await page.getByRole('button', { name: 'Өтініш беру' }).click();
  await expect(page.getByRole('status')).toContainText('Өтінішіңіз берілді');
  const code = (await page.locator('.code.big').textContent())!.trim();
  expect(code).toMatch(/^KZ-\d\d-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect((await mailTo(email, code)).body).toContain(`/g/${code}`);

  await page.getByRole('link', { name: 'Бақылау' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Жол жөндеуді қажет етеді');
  await expect(page.locator('ol.timeline li')).toHaveCount(1);
  await expect(page.locator('ol.timeline')).toContainText('Берілді');
  await context.close();
});
