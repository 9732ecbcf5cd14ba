import { test, expect } from '@playwright/test';
import { certify, enrolSecondFactor, grantRole, mediatorProfile, person } from './people';
import { expectAccessible } from './layout';

const phone = { viewport: { width: 360, height: 740 }, locale: 'en-GB' };

/** A day counted from today in Kazakhstan (UTC+5), as a resident types it. */
function day(offset: number) {
  const d = new Date(Date.now() + 5 * 3_600_000 + offset * 86_400_000);
  return d.toISOString().slice(0, 10);
}

test('a coordinator opens a dialogue from an alert, twenty people vote in two camps, the map shows both and their common ground, and a journalist finds the report', async ({ browser }) => {
  test.setTimeout(300_000);
  const stamp = Date.now();

  // A certified mediator to facilitate.
  const mediatorMail = `dialogue-mediator-${stamp}@example.kz`;
  const mediatorName = `Facilitator ${stamp % 1_000_000}`;
  const mediator = await person(browser, mediatorMail, mediatorName);
  grantRole(mediatorMail, '--role', 'mediator', '--kato', '19');
  await enrolSecondFactor(mediator.page);
  await mediatorProfile(mediator.page);

  // The region's coordinator, who also certifies mediators.
  const coordinatorMail = `dialogue-coordinator-${stamp}@example.kz`;
  const coordinator = await person(browser, coordinatorMail, 'Coordinator');
  grantRole(coordinatorMail, '--role', 'administrator');
  grantRole(coordinatorMail, '--role', 'coordinator', '--level', 'regional', '--kato', '19');
  await enrolSecondFactor(coordinator.page);
  await certify(coordinator.page, mediatorMail, 'F-2026');

  // From the demo's spike alert: the territory and its grievances come filled in.
  await coordinator.page.goto('/dashboard');
  await coordinator.page.getByRole('button', { name: 'Look for warning signs now' }).click();
  const spike = coordinator.page.locator('li.alert', { hasText: 'Spike in new grievances' }).first();
  await spike.getByRole('link', { name: 'Open a public dialogue on this' }).click();
  await expect(coordinator.page.getByLabel('Territory', { exact: true })).not.toHaveValue('');
  await expect(coordinator.page.getByLabel('Grievances it is about (optional)')).not.toHaveValue('');
  await expectAccessible(coordinator.page);
  const question = `How do we share the hot water fairly? ${stamp}`;
  await coordinator.page.getByLabel('Question').fill(question);
  await coordinator.page.getByLabel('Background in English').fill('Six households went without hot water for a week.');
  await coordinator.page.getByLabel('Facilitator (a certified mediator)').selectOption({ label: mediatorName });
  await coordinator.page.getByLabel('Opens on').fill(day(0));
  // It closes today, so that its report can be published at the end of the test.
  await coordinator.page.getByLabel('Closes on').fill(day(0));
  await coordinator.page.getByLabel('Body that must answer').selectOption({ index: 1 });
  await coordinator.page.getByRole('button', { name: 'Open the dialogue' }).click();
  await expect(coordinator.page.getByRole('heading', { level: 1 })).toHaveText(question);
  const path = new URL(coordinator.page.url()).pathname;

  // The facilitator seeds eight statements; statement 0 is what everyone wants.
  await mediator.page.goto(path);
  for (let i = 0; i < 8; i++) {
    await mediator.page.locator('#seed').getByLabel('Statement').fill(`Hot water statement ${i}.`);
    await mediator.page.getByRole('button', { name: 'Add the seed statement' }).click();
  }

  // Twenty people, half of them without JavaScript, vote one statement at a time. With
  // JavaScript the next statement comes in place: the page is never reloaded.
  for (let p = 0; p < 20; p++) {
    const live = p % 2 === 1;
    const voter = await person(browser, `dialogue-voter-${p}-${stamp}@example.kz`, `Voter ${p}`, live);
    await voter.page.goto(path);
    await voter.page.getByRole('button', { name: 'Take part' }).click();
    if (live) {
      await expect(voter.page.locator('html[data-voting="live"]')).toHaveCount(1);
      await voter.page.evaluate(() => { (window as any).sameVisit = true; });
    }
    for (let i = 0; i < 8; i++) {
      const shown = (await voter.page.locator('#next blockquote').textContent())!;
      const n = Number(shown.match(/statement (\d)/)![1]);
      const vote = n === 0 || n % 2 === p % 2 ? 'Agree' : 'Disagree';
      await voter.page.locator('#next').getByRole('button', { name: vote, exact: true }).click();
      await expect(voter.page.locator('#next')).not.toContainText(shown);
    }
    await expect(voter.page.getByRole('status')).toContainText('You have voted on every statement.');
    if (p === 0) {
      // The discussion: a message written without JavaScript reaches the facilitator's
      // open page as it is sent.
      await expect(mediator.page.locator('#thread[data-live="open"]')).toHaveCount(1);
      await voter.page.locator('#compose').getByLabel('Your message').fill('Could the timetable be posted at the entrance?');
      await voter.page.locator('#compose').getByRole('button', { name: 'Send' }).click();
      await expect(mediator.page.locator('#thread')).toContainText('Could the timetable be posted at the entrance?', { timeout: 10_000 });
      await expect(mediator.page.locator('#thread')).toContainText('Citizen');
    }
    if (live) {
      expect(await voter.page.evaluate(() => (window as any).sameVisit)).toBe(true);
      await expect(voter.page.locator('#statements tbody tr').first()).toContainText(/Agree|Disagree/);
    }
    await voter.context.close();
  }

  // Anyone reads the map: two groups of ten and the common ground, on a phone, accessible.
  const reader = await browser.newContext({ ...phone, javaScriptEnabled: false });
  const page = await reader.newPage();
  await page.goto(path);
  await expect(page.locator('svg.opinion-map circle')).toHaveCount(2);
  await expect(page.locator('table.map-table').first()).toContainText('Group');
  await expect(page.locator('svg.opinion-map title').first()).toHaveText(/Groups of participants/);
  const groups = page.locator('svg.opinion-map g title');
  await expect(groups.nth(0)).toHaveText('Group A: 10 people');
  await expect(groups.nth(1)).toHaveText('Group B: 10 people');
  await expect(page.locator('section', { has: page.locator('#map-title') }).locator('ul').last()).toContainText('Hot water statement 0.');
  await expect(page.getByText('citizens: 20')).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await expectAccessible(page);
  await reader.close();

  // The facilitator publishes the report on the closing day.
  await mediator.page.goto(path);
  await mediator.page.getByLabel('Recommendations to the bodies').fill(
    'Share the hot water by a published timetable.\nMeet the households every month.');
  await mediator.page.getByRole('button', { name: 'Publish the report' }).click();
  await expect(mediator.page.getByRole('heading', { name: 'Report', exact: true })).toBeVisible();

  // A journalist on a phone without JavaScript finds it among the published outcomes.
  const journalist = await browser.newContext({ ...phone, javaScriptEnabled: false });
  const search = await journalist.newPage();
  const hit = search.locator('ol.outcomes h2 a', { hasText: question });
  await expect(async () => {
    await search.goto('/outcomes?q=timetable&kind=dialogue');
    await expect(hit).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(search.locator('ol.outcomes li', { hasText: question })).toContainText('Report published, answer awaited');
  await expectAccessible(search);
  await hit.click();
  await expect(search.getByRole('heading', { level: 1 })).toHaveText(question);
  await expect(search.locator('.grievance-text')).toContainText('Meet the households every month.');
  await search.getByRole('link', { name: 'Read the whole dialogue' }).click();
  expect(new URL(search.url()).pathname).toBe(path);
  await journalist.close();
});
