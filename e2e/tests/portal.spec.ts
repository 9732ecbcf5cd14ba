import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { code, transferred, visit } from './layout';

const titles = {
  kk: 'Сізді тыңдайды. Сізге жауап береді.',
  ru: 'Вас услышат. Вам ответят.',
  en: 'Be heard. Be answered.',
};

/** Collects CSP violations and page errors, so that a blocked script fails the test. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('no script or WASM is fetched without JavaScript or on a page without islands; the filing form is small', async ({ browser }) => {
  for (const path of ['/', '/file', '/dialogues']) {
    const off = await browser.newContext({ javaScriptEnabled: false });
    const fetched = await visit(await off.newPage(), path);
    await off.close();
    expect(code(fetched), `${path} without JavaScript`).toEqual([]);
    if (path === '/file') {
      const total = transferred(fetched);
      console.log(`first visit to the filing form without JavaScript: ${total} bytes`, fetched);
      expect(total).toBeLessThanOrEqual(15 * 1024);
    }
  }
  const on = await browser.newContext();
  expect(code(await visit(await on.newPage(), '/dialogues')), 'a page without islands').toEqual([]);
  await on.close();
  // The filing form's island only speeds it up: its bundle waits until the form is used.
  const first = await browser.newContext();
  const filing = await visit(await first.newPage(), '/file');
  await first.close();
  expect(code(filing), 'the filing form before it is used').toEqual([]);
  const total = transferred(filing);
  console.log(`first visit to the filing form with JavaScript: ${total} bytes`);
  expect(total).toBeLessThanOrEqual(15 * 1024);
  // A page with an island (the tracking-code field) loads the bundle.
  const live = await browser.newContext();
  const track = await live.newPage();
  const wasm = track.waitForResponse((r) => r.url().endsWith('.wasm'));
  await track.goto('/track');
  expect((await wasm).ok()).toBe(true);
  await live.close();
});

for (const [lang, title] of Object.entries(titles)) {
  test(`home page renders in ${lang} from the browser's language`, async ({ browser }) => {
    const context = await browser.newContext({ locale: lang === 'kk' ? 'kk-KZ' : lang });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('.card.grievance')).toHaveCount(6);
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    await context.close();
  });
}

test('language switch works with JavaScript off and sticks across pages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles.ru);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles.en);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Track a grievance' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Track a grievance');
  await page.getByRole('link', { name: 'Қазақша' }).click();
  await expect(page).toHaveURL(/\/track$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Өтінішті тексеру');
  await context.close();
});

test('switching language on a half-filled form keeps what was typed, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto('/file');
  await page.getByLabel('Заголовок').fill('Нет света на улице Абая');
  await page.getByLabel('Описание').fill('Фонари не горят уже неделю, вечером темно.');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('File a grievance');
  await expect(page.getByLabel('Title')).toHaveValue('Нет света на улице Абая');
  await expect(page.getByLabel('Description')).toHaveValue('Фонари не горят уже неделю, вечером темно.');
  // Nothing was filed or refused: no errors, and the choice sticks on the next page.
  await expect(page.locator('.error-summary')).toHaveCount(0);
  await page.goto('/track');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Track a grievance');
  await context.close();
});

test('tracking a grievance from the home page without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto('/');
  const first = page.locator('.card.grievance h3 a').first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText('Answer due by')).toBeVisible();
  const code = (await page.locator('p.code').textContent())!.trim();

  // By tracking code, as from a paper slip; then on to the grievance's page.
  await page.goto('/track');
  await page.getByLabel('Tracking code').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Show status' }).click();
  await page.getByRole('link', { name: 'Open the grievance page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  await page.goto('/track');
  await page.getByLabel('Tracking code').fill('not a code');
  await page.getByRole('button', { name: 'Show status' }).click();
  await expect(page.getByRole('alert')).toContainText('A tracking code looks like');
  await context.close();
});

test('the tracking-code island validates as you type (WASM runs under the CSP)', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/track?lang=en');
  const field = page.getByLabel('Tracking code');
  const error = page.locator('#code-error');
  await expect(error).toBeEmpty();
  // Retried until the island is hydrated: typing then leaving the field shows the error
  // without any request to the server.
  await expect(async () => {
    await field.fill('KZ-26-12');
    await field.blur();
    await expect(error).toContainText('A tracking code looks like', { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill('kz-26-7f3k-92qd');
  await field.blur();
  await expect(error).toBeEmpty();
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  expect(errors).toEqual([]);
});

test('pages fit a 360 px phone screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'kk-KZ' });
  const page = await context.newPage();
  for (const path of ['/', '/track', '/track?code=KZ-26-0000-0000', '/missing', '/grievances', '/file',
    '/outcomes', '/accountability', '/accountability?region=11', '/signin', '/mediation', '/mediators', '/dialogues']) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(360);
    // The header leaves the screen to the page: two short rows, the rest folded under "More".
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height, path).toBeLessThanOrEqual(130);
  }
  // On a phone the accountability table is a card a region, each number beside its column.
  await page.goto('/accountability');
  // (A region with too few handled grievances is one line that says so, not a card.)
  const card = page.locator('table.accountability tbody tr:has(td[data-label])').first();
  await expect(card.locator('td[data-label]').first()).toBeVisible();
  const cardBox = await card.boundingBox();
  expect(cardBox!.width).toBeLessThanOrEqual(360);
  // The folded links open without JavaScript's help.
  await page.locator('.site-nav .more summary').click();
  await expect(page.locator('.site-nav .more').getByRole('link', { name: 'Есептілік' })).toBeVisible();
  await context.close();
});

for (const path of ['/', '/track', '/track?code=bad', '/signup', '/signin', '/reset', '/grievances?region=11', '/file',
  '/outcomes', '/accountability', '/accountability?region=11', '/mediation', '/mediators', '/dialogues']) {
  test(`no WCAG A/AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}

test('the demo dialogues, one ended with its report and the body\'s answer, fit a phone and have no WCAG A/AA violations', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto('/dialogues');
  const pages = await page.locator('ul.cards li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(pages.length).toBeGreaterThanOrEqual(2);
  let answered = 0;
  for (const path of pages) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(360);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => `${path} ${v.id}: ${v.help}`)).toEqual([]);
    // The ended one tells its whole cycle: the report, and the akimat's answer to it.
    answered += await page.locator('section[aria-labelledby="report-title"] h3', { hasText: 'Ответ' }).count();
  }
  expect(answered).toBeGreaterThanOrEqual(1);
  await context.close();
});

test('a grievance page from the public list fits a phone and has no WCAG A/AA violations', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto('/grievances');
  await page.getByLabel('Статус').selectOption('answered');
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(page).toHaveURL(/status=answered/);
  await page.locator('.card.grievance h3 a').first().click();
  await expect(page.locator('.badge')).toHaveText('Дан ответ');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await context.close();
});

test('what mediation is, with cases that ended in an agreement from the public record', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'kk-KZ', javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.locator('.site-nav .more summary').click();
  await page.getByRole('link', { name: 'Медиация дегеніміз не' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Медиация дегеніміз не');
  await expect(page.locator('ol li')).toHaveCount(6);
  // The demo's mediated outcomes are the stories, each leading to its published outcome.
  const stories = page.locator('li.card h3 a[href^="/outcomes/"]');
  expect(await stories.count()).toBeGreaterThan(0);
  await stories.first().click();
  await expect(page).toHaveURL(/\/outcomes\/\d+$/);
  await context.close();
});
