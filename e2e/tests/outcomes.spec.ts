import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

test.use({ viewport: { width: 360, height: 740 }, locale: 'ru-RU' });

test('a journalist searches outcomes in Russian, narrows by region, opens one and exports CSV', async ({ page }) => {
  await page.goto('/outcomes');
  await page.getByLabel('Что искать').fill('дороги');
  await page.getByRole('button', { name: 'Искать' }).click();
  const hits = page.locator('ol.outcomes > li');
  await expect(hits.first()).toContainText('Дорога');
  const before = await hits.count();
  expect(before).toBeGreaterThan(1);

  // The region with most matches; its label carries the count.
  const option = page.locator('#facet-region option').nth(1);
  const region = (await option.getAttribute('value'))!;
  const label = (await option.textContent())!;
  const name = label.replace(/\s*\(\d+\)$/, '');
  const count = Number(label.match(/\((\d+)\)$/)![1]);
  await page.locator('#facet-region').selectOption(region);
  await page.getByRole('button', { name: 'Искать' }).click();
  await expect(page).toHaveURL(new RegExp(`region=${region}`));
  await expect(hits).toHaveCount(count);
  for (const facts of await hits.locator('p.muted').allTextContents()) expect(facts).toContain(name);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);

  // The outcome's own page, then back to export what the search shows.
  const title = (await hits.first().locator('h2').textContent())!.trim();
  await hits.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('dl.facts')).toContainText('Результат');
  await expect(page.locator('dl.facts')).toContainText(name);
  await page.goBack();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'CSV' }).click(),
  ]);
  const text = readFileSync((await download.path())!, 'utf8');
  // A byte-order mark, so that spreadsheet software reads the Cyrillic right.
  expect(text.startsWith('\uFEFF')).toBe(true);
  // Read as a spreadsheet would (RFC 4180): a dialogue's report runs over several lines.
  const [head, ...rows]: string[][] = parse(text, { bom: true });
  expect(head.join(',')).toBe('id,url,title,summary,result,region_kato,level,category,mediated,filed,closed,days,lang');
  expect(rows).toHaveLength(count);
  const column = (name: string) => head.indexOf(name);
  for (const row of rows) expect(row[column('region_kato')]).toBe(region);
  expect(rows.map((row) => row[column('title')])).toContain(title);
});
