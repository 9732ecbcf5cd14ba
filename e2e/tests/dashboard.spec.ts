import { test, expect } from '@playwright/test';
import { enrolSecondFactor, grantRole, signedIn } from './people';
import { expectAccessible } from './layout';

test.use({ viewport: { width: 360, height: 740 }, locale: 'en-GB' });

test('a spike in the demo data shows up as an alert and a coordinator acknowledges it', async ({ page }) => {
  const email = `dashboard-${Date.now()}@example.kz`;
  await signedIn(page, email, 'Regional coordinator', 'Regional coordinator has a long password');
  // The demo's week of trouble is in the Almaty region (KATO 19).
  grantRole(email, '--role', 'coordinator', '--level', 'regional', '--kato', '19');
  await enrolSecondFactor(page);
  await page.goto('/dashboard');
  // The worker sweeps at start; the button runs the detectors on demand too.
  await page.getByRole('button', { name: 'Look for warning signs now' }).click();
  const spike = page.locator('li.alert', { hasText: 'Spike in new grievances' });
  await expect(spike).toContainText('new grievances about “Utilities”');
  await expect(spike).toContainText('The chance of so many by normal variation');
  expect(await spike.locator('a[href^="/g/"]').count()).toBeGreaterThanOrEqual(6);

  await spike.getByLabel('Note').fill('The akimat is repairing the boiler house.');
  await spike.getByRole('button', { name: 'Acknowledge' }).click();
  const acknowledged = page.locator('li.alert', { hasText: 'Spike in new grievances' });
  await expect(acknowledged).toContainText('acknowledged');
  await expect(acknowledged).toContainText('The akimat is repairing the boiler house.');
  await expect(acknowledged.getByRole('button', { name: 'Acknowledge' })).toHaveCount(0);

  // The charts are SVG with a title, and their numbers are in a table too.
  await expect(page.locator('figure.chart svg title').first()).toHaveText('New grievances per week');
  await expect(page.locator('figure.chart table.data').first()).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await expectAccessible(page);
});
