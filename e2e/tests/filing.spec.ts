import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mailTo, verifyLink } from './mail';
import { expectAccessible, expectChoicesBesideLabels } from './layout';



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
  await expect(summary.getByRole('link', { name: 'Мәселе болған аудан не қаланы таңдаңыз.' })).toHaveAttribute('href', '#kato');
  await expect(page).toHaveTitle(/^Қате: /);
  await expect(page.locator('#kato-error')).toHaveText('Мәселе болған аудан не қаланы таңдаңыз.');
  await expect(page.getByLabel('Сипаттамасы')).toHaveValue('Орталық көшедегі шұңқырлар көліктерді бүлдіреді.');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await expectChoicesBesideLabels(page);

  await page.getByLabel('Орны').selectOption('1510');
  await page.getByLabel('Тақырыбы').fill('Жол жөндеуді қажет етеді');
  // Is it already reported? The answer comes in view, and what she typed stays.
  await page.getByRole('button', { name: 'Бұрын хабарланғанын тексеру' }).click();
  const alike = page.locator('#alike');
  await expect(alike.getByRole('heading', { level: 2 })).toHaveText('Бұл туралы бұрын хабарланды ма?');
  await expect(alike).toBeInViewport();
  await expect(alike).toContainText('Жазғаныңыз жоба ретінде сақталды');
  await expect(page.getByLabel('Тақырыбы')).toHaveValue('Жол жөндеуді қажет етеді');
  await expect(page.getByLabel('Орны')).toHaveValue('1510');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Өтініш беру' }).click();
  await expect(page.getByRole('status')).toContainText('Өтінішіңіз берілді');
  const code = (await page.locator('.code.big').textContent())!.trim();
  expect(code).toMatch(/^KZ-\d\d-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect((await mailTo(email, code)).body).toContain(`/g/${code}`);

  await page.getByRole('link', { name: 'Бақылау' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Жол жөндеуді қажет етеді');
  await expect(page.locator('ol.timeline li')).toHaveCount(1);
  await expect(page.locator('ol.timeline')).toContainText('Берілді');

  // Second thoughts: she takes it out of public view, confirming that it is for good.
  const hide = page.locator('details', { has: page.locator('summary', { hasText: 'Жария көрсетілімнен алу' }) });
  await hide.locator('summary').click();
  await hide.getByRole('button', { name: 'Жария көрсетілімнен алу' }).click();
  await expect(page.locator('#hide-confirm-error')).toHaveText('Өтінішті біржола жасыру керегін растау үшін белгі қойыңыз.');
  await expect(page.locator('#hide-confirm-error')).toBeInViewport();
  await expectAccessible(page);
  await page.getByLabel('Иә, жария көрсетілімнен біржола алу').check();
  await page.getByRole('button', { name: 'Жария көрсетілімнен алу' }).click();
  await expect(page.getByRole('status')).toContainText('Өтініш жасырылды');
  await expect(page.locator('ol.timeline')).toContainText('Жария көрсетілімнен алынды');
  const reader = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const stranger = await reader.newPage();
  await stranger.goto(`/g/${code}?lang=kk`);
  await expect(stranger.locator('.code')).toContainText(code);
  await expect(stranger.getByText('Жол жөндеуді қажет етеді')).toHaveCount(0);
  await reader.close();
  await context.close();
});

test('a guest who mistyped the address corrects it on the check-your-mail page, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, locale: 'en-GB' });
  const page = await context.newPage();
  const stamp = Date.now();
  const wrong = `guets-${stamp}@example.kz`;
  const right = `guest-${stamp}@example.kz`;
  await page.goto('/file');
  await page.getByLabel('E-mail').fill(wrong);
  await page.getByLabel('Category').selectOption('utilities');
  await page.getByLabel('Place').selectOption('1132');
  await page.getByLabel('Title').fill(`No water in the yard ${stamp}`);
  await page.getByLabel('Description').fill('The yard tap has been dry for a week now.');
  // A guest adds a photo before confirming.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
  await page.getByLabel('Photos or PDF documents').setInputFiles({ name: 'tap.png', mimeType: 'image/png', buffer: png });
  await page.getByRole('button', { name: 'File the grievance' }).click();
  // The page names the address the link went to, and offers to correct it.
  await expect(page.getByRole('status')).toContainText(wrong);
  await expectAccessible(page);
  const first = await mailTo(wrong, 'Confirm your grievance');
  await page.getByLabel('E-mail').fill(right);
  await page.getByRole('button', { name: 'Send the link again' }).click();
  await expect(page.getByRole('status')).toContainText(right);
  const second = await mailTo(right, 'Confirm your grievance');
  const link = (mail: { body: string }) => mail.body.match(/https?:\/\/\S+\/file\/confirm\?token=\S+/)![0];
  // The first link no longer files; the new one does, once.
  await page.goto(link(first));
  await page.getByRole('button', { name: 'Confirm and file' }).click();
  await expect(page.getByRole('alert')).toContainText('This link is not valid or has expired');
  await page.goto(link(second));
  await page.getByRole('button', { name: 'Confirm and file' }).click();
  await expect(page.locator('.code.big')).toHaveText(/^KZ-\d\d-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  // The photo came with it, kept through the corrected address.
  await page.getByRole('link', { name: 'Follow it' }).click();
  const photo = page.locator('a[href^="/attachments/"]');
  await expect(photo).toHaveCount(1);
  const served = await page.request.get(await photo.getAttribute('href') as string);
  expect(served.headers()['content-type']).toBe('image/png');
  await context.close();
});

test('the place is chosen region first, then district, with a landmark; with and without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, locale: 'kk-KZ' });
  const page = await context.newPage();
  await signedInCitizen(page, `place-${Date.now()}@example.kz`);
  await page.goto('/file');
  await page.getByLabel('Тақырыбы').fill('Көшеде жарық жоқ');
  // Without JavaScript the region narrows the list by a round trip; what was typed stays.
  await page.getByLabel('Облыс немесе республикалық маңызы бар қала').selectOption('15');
  await page.getByRole('button', { name: 'Оның аудандарын көрсету' }).click();
  await expect(page.locator('#kato optgroup:not([hidden])')).toHaveCount(1);
  await expect(page.locator('#kato optgroup:not([hidden])')).toHaveAttribute('data-region', '15');
  await expect(page.getByLabel('Тақырыбы')).toHaveValue('Көшеде жарық жоқ');
  await expect(page.locator('.error-summary')).toHaveCount(0);
  await page.getByLabel('Санаты').selectOption('roads_transport');
  await page.getByLabel('Орны').selectOption('1510');
  await page.getByLabel('Нақты қай жерде').fill('№3 мектептің артындағы көше');
  await page.getByLabel('Сипаттамасы').fill('Кешке қарай көшеде бір де бір шам жанбайды.');
  await page.getByRole('button', { name: 'Өтініш беру' }).click();
  await page.getByRole('link', { name: 'Бақылау' }).click();
  await expect(page.locator('dl.facts')).toContainText('Ақтөбе · №3 мектептің артындағы көше');
  await context.close();

  // With JavaScript the list narrows at once (the island wakes when the form is first
  // used), and the round-trip button is gone.
  const live = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'kk-KZ' });
  const livePage = await live.newPage();
  await livePage.goto('/file');
  await livePage.getByLabel('Облыс немесе республикалық маңызы бар қала').selectOption('11');
  await expect(livePage.locator('#kato optgroup:not([hidden])')).toHaveCount(1);
  await expect(livePage.locator('#kato optgroup:not([hidden])')).toHaveAttribute('data-region', '11');
  await expect(livePage.locator('#region-show')).toBeHidden();
  await expect(livePage).toHaveURL(/\/file$/);
  await live.close();
});
