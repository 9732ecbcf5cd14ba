import { test, expect } from '@playwright/test';
import { mailTo } from './mail';
import { enrolSecondFactor, grantRole, signedIn } from './people';
import { expectAccessible, expectChoicesBesideLabels } from './layout';

const phone = { javaScriptEnabled: false, viewport: { width: 360, height: 740 }, locale: 'en-GB' };

test('an official answers from the queue; the citizen rates and reopens, on phones without JavaScript', async ({ browser }) => {
  const stamp = Date.now();
  const citizenMail = `citizen-${stamp}@example.kz`;
  const officialMail = `official-${stamp}@example.kz`;

  // The citizen files about Akkol district: the district akimat gets it.
  const citizenContext = await browser.newContext(phone);
  const citizen = await citizenContext.newPage();
  await signedIn(citizen, citizenMail, 'Dana', 'a river in Akkol district');
  await citizen.goto('/file');
  await citizen.getByLabel('Category').selectOption('utilities');
  await citizen.getByLabel('Place').selectOption('1132');
  await citizen.getByLabel('Title').fill(`No hot water ${stamp}`);
  await citizen.getByLabel('Description').fill('Building 5 on Abay street has had no hot water since Monday.');
  await citizen.getByRole('button', { name: 'File the grievance' }).click();
  const code = (await citizen.locator('.code.big').textContent())!.trim();

  // The official of that akimat, with two-step sign-in, finds it in the queue.
  const officialContext = await browser.newContext(phone);
  const official = await officialContext.newPage();
  await signedIn(official, officialMail, 'Official', 'akimat of Akkol district');
  grantRole(officialMail, '--role', 'official', '--body', 'akimat-1132');
  await enrolSecondFactor(official);
  // The queue is one tap away in the header, on any page.
  await official.goto('/outcomes');
  await official.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Queue' }).click();
  await expect(official).toHaveURL(/\/queue$/);
  await expectAccessible(official);
  await official.getByRole('link', { name: `No hot water ${stamp}` }).click();
  await expect(official.getByText('Dana')).toBeVisible();
  await expectAccessible(official);
  await official.getByRole('button', { name: 'Accept for handling' }).click();
  await expect(official.getByRole('status')).toContainText('Accepted');
  await official.getByLabel('Answer to the citizen').fill('Will repair');
  await official.getByRole('button', { name: 'Preview the answer' }).click();
  await expect(official.locator('#answer-answer-error')).toHaveText('A legal answer needs at least 20 characters: say what was done or decided.');
  // The refused form comes back in view, its error beside the field, not screens below.
  await expect(official.locator('#answer-answer-error')).toBeInViewport();
  await official.getByLabel('Answer to the citizen').fill('The boiler was repaired on Tuesday; hot water is back.');
  await official.getByRole('button', { name: 'Preview the answer' }).click();
  // The official reads what the citizen will receive, then sends it.
  await expect(official.locator('.preview blockquote')).toHaveText('The boiler was repaired on Tuesday; hot water is back.');
  await official.getByRole('button', { name: 'Send the answer' }).click();
  await expect(official.getByRole('status')).toContainText('Answer sent');

  // The citizen hears of it by mail, reads the answer, rates it and reopens.
  const mail = await mailTo(citizenMail, 'has an answer');
  const link = mail.body.match(/https?:\/\/\S+\/g\/\S+/)![0];
  await citizen.goto(link);
  await expect(citizen.getByText('The boiler was repaired on Tuesday')).toBeVisible();
  await expectAccessible(citizen);
  await expectChoicesBesideLabels(citizen);
  await citizen.getByLabel('2', { exact: true }).check();
  await citizen.getByRole('button', { name: 'Rate the answer' }).click();
  await expect(citizen.getByText('Rated by the citizen: 2 of 5')).toBeVisible();
  await citizen.getByRole('button', { name: 'Reopen' }).click();
  await expect(citizen.locator('#reopen-reason-error')).toHaveText('Please fill this in.');
  await expect(citizen.locator('#reopen-reason-error')).toBeInViewport();
  // The refused step says only why: not the thanks for the rating given before.
  await expect(citizen.getByText('Thank you for rating the answer.')).toHaveCount(0);
  await citizen.getByLabel('Why the answer does not solve the problem').fill('The hot water stopped again on Thursday.');
  await citizen.getByRole('button', { name: 'Reopen' }).click();
  await expect(citizen.getByRole('status')).toContainText('Reopened');
  await expect(citizen.locator('ol.timeline')).toContainText('The hot water stopped again on Thursday.');
  const width = await citizen.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);

  // The public sees the steps by role, never the citizen's name.
  const publicPage = await browser.newPage();
  await publicPage.goto(`/g/${code}?lang=en`);
  await expect(publicPage.locator('ol.timeline li')).toHaveCount(5);
  await expect(publicPage.getByText('Dana')).toHaveCount(0);

  // Withdrawing is for good: it asks why, and for a confirmation, first.
  await citizen.locator('summary', { hasText: 'Withdraw' }).click();
  await citizen.getByLabel('Why you are withdrawing it').fill('We fixed the boiler ourselves.');
  await citizen.getByRole('button', { name: 'Withdraw' }).click();
  await expect(citizen.locator('#withdraw-confirm-error')).toHaveText('Tick the box to confirm that you are withdrawing it for good.');
  await expect(citizen.getByLabel('Why you are withdrawing it')).toHaveValue('We fixed the boiler ourselves.');
  await expectChoicesBesideLabels(citizen);
  await citizen.getByLabel('Yes, withdraw it for good').check();
  await citizen.getByRole('button', { name: 'Withdraw' }).click();
  await expect(citizen.getByRole('status')).toContainText('You withdrew the grievance.');
  await expect(citizen.getByRole('button', { name: 'Attach' })).toHaveCount(0);
  await citizenContext.close();
  await officialContext.close();
});
