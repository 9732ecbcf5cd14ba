import { test, expect } from '@playwright/test';
import { mailTo } from './mail';
import { certify, enrolSecondFactor, grantRole, mediatorProfile, person } from './people';
import { expectAccessible, expectChoicesBesideLabels, transferred, visit } from './layout';

const phone = { viewport: { width: 360, height: 740 }, locale: 'en-GB' };

test('a mediation starts and its room is live for the mediator and the citizen, and works without JavaScript', async ({ browser }) => {
  // Four people take the case from filing to an accepted agreement.
  test.setTimeout(120_000);
  const stamp = Date.now();
  const citizenMail = `room-citizen-${stamp}@example.kz`;
  const citizen = await person(browser, citizenMail, 'Dana');
  await citizen.page.goto('/file');
  await citizen.page.getByLabel('Category').selectOption('interethnic');
  await citizen.page.getByLabel('Place').selectOption('1132');
  await citizen.page.getByLabel('Title').fill(`Tension in the village ${stamp}`);
  await citizen.page.getByLabel('Description').fill('After a fight between young people the village is tense.');
  await citizen.page.getByRole('button', { name: 'File the grievance' }).click();
  const code = (await citizen.page.locator('.code.big').textContent())!.trim();

  const officialMail = `room-official-${stamp}@example.kz`;
  const official = await person(browser, officialMail, 'Official', false);
  grantRole(officialMail, '--role', 'official', '--body', 'akimat-1132');
  await enrolSecondFactor(official.page);
  await official.page.goto(`/g/${code}`);
  await official.page.getByRole('button', { name: 'Accept for handling' }).click();

  await citizen.page.goto(`/g/${code}`);
  await citizen.page.getByLabel('What do you hope mediation will achieve?').fill('A calm meeting with the elders and the akimat.');
  await citizen.page.getByRole('button', { name: 'Ask for mediation' }).click();
  await expect(citizen.page.getByRole('status')).toContainText('Mediation asked for');
  await official.page.goto(`/g/${code}`);
  await official.page.getByRole('button', { name: 'I agree to mediation' }).click();

  const mediatorMail = `room-mediator-${stamp}@example.kz`;
  // A name of their own, by which a journalist finds them in the registry later.
  const mediatorName = `Mediator ${stamp % 1_000_000}`;
  const mediator = await person(browser, mediatorMail, mediatorName);
  grantRole(mediatorMail, '--role', 'mediator', '--kato', '11');
  await enrolSecondFactor(mediator.page);
  await mediator.page.goto('/mediator');
  await expectAccessible(mediator.page);
  await mediatorProfile(mediator.page);

  // One person is both administrator and the district's coordinator.
  const adminMail = `room-admin-${stamp}@example.kz`;
  const admin = await person(browser, adminMail, 'Coordinator');
  grantRole(adminMail, '--role', 'administrator');
  grantRole(adminMail, '--role', 'coordinator', '--level', 'local', '--kato', '1132');
  await enrolSecondFactor(admin.page);
  await certify(admin.page, mediatorMail, 'M-2026');
  await expectAccessible(admin.page);
  await admin.page.goto(`/g/${code}`);
  await expectAccessible(admin.page);
  await admin.page.locator('ol.candidates li', { hasText: 'Mediator' }).getByRole('button', { name: 'Propose' }).click();

  await mediator.page.goto(`/g/${code}`);
  await mediator.page.getByLabel('I declare that I have no tie').check();
  await mediator.page.getByRole('button', { name: 'Take the case' }).click();
  await mediator.page.getByRole('link', { name: 'Open the dialogue room' }).click();
  await mediator.page.getByRole('button', { name: 'I accept the rules' }).click();

  await citizen.page.goto(`/room/${code}`);
  await citizen.page.getByRole('button', { name: 'I accept the rules' }).click();
  // The island marks the thread once its event stream is open.
  await expect(citizen.page.locator('#thread[data-live="open"]')).toHaveCount(1);

  await mediator.page.getByLabel('Your message').fill('Welcome. Let us begin with what each side needs.');
  await mediator.page.getByRole('button', { name: 'Send' }).click();
  // It appears for the citizen without a reload.
  await expect(citizen.page.locator('#thread')).toContainText('Let us begin with what each side needs.', { timeout: 10_000 });

  // A first visit to the room with its live island, nothing cached: the page, its style and
  // the bundle.
  const fresh = await citizen.context.newPage();
  await (await citizen.context.newCDPSession(fresh)).send('Network.clearBrowserCache');
  const room = await visit(fresh, `/room/${code}`, '#thread[data-live="open"]');
  console.log(`first visit to a room: ${transferred(room)} bytes`, room);
  expect(room.some((f) => f.path.endsWith('.wasm'))).toBe(true);
  expect(transferred(room)).toBeLessThanOrEqual(120 * 1024);
  await fresh.close();

  // The citizen starts a report; what others write meanwhile does not close it. A message's
  // steps open behind its link, so the thread does not carry a form for every message.
  const welcome = citizen.page.locator('li.message', { hasText: 'Let us begin' });
  await expect(citizen.page.locator('li.message details[id^="report-"]')).toHaveCount(0);
  await welcome.getByRole('link', { name: 'Report…' }).click();
  await expect(citizen.page.locator('#thread[data-live="open"]')).toBeVisible();
  await expect(citizen.page.locator('li.message details[id^="report-"]')).toHaveCount(1);
  await welcome.locator('summary', { hasText: /^Report$/ }).click();
  await welcome.getByLabel('Reason').fill('This sounds one-sided');

  // The official writes with JavaScript off: plain form posts and reloads.
  await official.page.goto(`/room/${code}`);
  await official.page.getByRole('button', { name: 'I accept the rules' }).click();
  await official.page.getByLabel('Your message').fill('The akimat is ready to meet on Friday.');
  await official.page.getByRole('button', { name: 'Send' }).click();
  await expect(official.page.locator('#thread')).toContainText('ready to meet on Friday');
  await expect(citizen.page.locator('#thread')).toContainText('ready to meet on Friday', { timeout: 10_000 });
  await expect(welcome.getByLabel('Reason')).toHaveValue('This sounds one-sided');
  await expect(welcome.getByLabel('Reason')).toBeVisible();

  // Within ten minutes the official corrects the message; it is marked edited.
  const said = official.page.locator('li.message', { hasText: 'ready to meet on Friday' });
  await said.locator('summary', { hasText: /^Edit$/ }).click();
  await said.getByLabel('Your message').fill('The akimat is ready to meet on Friday at 10:00.');
  await said.getByRole('button', { name: 'Save the correction' }).click();
  await expect(official.page.locator('li.message', { hasText: 'Friday at 10:00' })).toContainText('edited');
  await expect(citizen.page.locator('#thread')).toContainText('Friday at 10:00', { timeout: 10_000 });

  // The mediator hides a message with a reason; the citizen sees the reason live.
  const message = mediator.page.locator('li.message', { hasText: 'ready to meet on Friday' });
  await mediator.page.reload();
  await message.getByRole('link', { name: 'Moderate…' }).click();
  const hide = message.locator('details').filter({ has: mediator.page.locator('summary', { hasText: /^Hide$/ }) });
  await hide.locator('summary').click();
  await hide.getByLabel('Reason').fill('Off topic for now');
  await hide.getByRole('button', { name: 'Hide' }).click();
  await expect(citizen.page.locator('#thread')).toContainText('Hidden by the moderator: Off topic for now', { timeout: 10_000 });
  await expect(mediator.page.getByText('message hidden')).toBeVisible();
  const width = await citizen.page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await expectAccessible(citizen.page);
  await expectAccessible(mediator.page);

  // The citizen sends the report, still open with its reason through the live changes; it
  // is confirmed, is not offered twice, and waits in the mediator's moderation queue.
  await expect(welcome.getByLabel('Reason')).toHaveValue('This sounds one-sided');
  await welcome.locator('form').getByRole('button', { name: 'Report' }).click();
  await expect(welcome.getByRole('status')).toHaveText('You reported this message. A moderator will look at it.');
  await expect(welcome.locator('summary', { hasText: /^Report$/ })).toHaveCount(0);
  await mediator.page.goto('/moderation');
  const report = mediator.page.locator('li.card', { hasText: 'This sounds one-sided' });
  await expect(report).toContainText('Let us begin with what each side needs.');
  await report.getByLabel('Reason').fill('A neutral opening');
  await expectAccessible(mediator.page);
  await report.getByRole('button', { name: 'Dismiss the report' }).click();
  await expect(mediator.page.getByText('No open reports.')).toBeVisible();

  // The official (no JavaScript) tables a proposal, the citizen agrees, the mediator drafts
  // the agreement from it and both sides accept: the grievance is resolved.
  await official.page.goto(`/room/${code}`);
  await official.page.getByLabel('Your proposal').fill('The akimat repairs the village club by March.');
  await official.page.getByRole('button', { name: 'Table the proposal' }).click();
  await citizen.page.goto(`/room/${code}`);
  const proposal = citizen.page.locator('ol.proposals li', { hasText: 'repairs the village club' });
  await expectChoicesBesideLabels(citizen.page);
  // The marks read as words, not letter by letter: each label is one line.
  for (const label of await proposal.locator('label.choice').all()) {
    const lines = await label.evaluate((el) => {
      const style = getComputedStyle(el);
      const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
      return (el.getBoundingClientRect().height - padding) / parseFloat(style.lineHeight);
    });
    expect(lines).toBeLessThan(1.5);
  }
  await proposal.getByLabel('agree', { exact: true }).check();
  await proposal.getByRole('button', { name: 'Mark' }).click();
  await expect(citizen.page.locator('ol.proposals li', { hasText: 'repairs the village club' })).toContainText('agree 1 · disagree 0');
  await mediator.page.goto(`/room/${code}`);
  await expect(mediator.page.getByLabel('Draft of the agreement')).toHaveValue('The akimat repairs the village club by March.');
  // Two commitments of the akimat: who, what, by when, checked how.
  const rows = mediator.page.locator('fieldset.commitment-row');
  for (const [i, what, check] of [
    [0, 'Repair the roof of the village club.', 'The elders visit the club.'],
    [1, 'Hold a meeting with the youth of both streets.', 'The minutes are shared with the citizen.'],
  ] as const) {
    await rows.nth(i).getByLabel('Who').selectOption('body');
    await rows.nth(i).getByLabel('Does what').fill(what);
    await rows.nth(i).getByLabel('By (date)').fill('2027-03-01');
    await rows.nth(i).getByLabel('How it will be checked').fill(check);
  }
  await mediator.page.getByRole('button', { name: 'Put the draft to both sides' }).click();
  await expect(mediator.page.locator('.commitments li.card')).toHaveCount(2);
  for (const side of [citizen, official]) {
    await side.page.goto(`/room/${code}`);
    await side.page.getByLabel('I accept the agreement').check();
    await side.page.getByLabel('The outcome may be published').check();
    await side.page.getByRole('button', { name: 'Give my answer' }).click();
  }
  await expect(official.page.getByText('Accepted by both sides.')).toBeVisible();
  await citizen.page.goto(`/g/${code}`);
  await expect(citizen.page.locator('.badge-resolved')).toHaveText('Resolved');

  // The akimat (no JavaScript) reports the roof repaired.
  await official.page.goto(`/g/${code}`);
  const roof = official.page.locator('.commitments li.card', { hasText: 'roof of the village club' });
  await roof.getByLabel('done', { exact: true }).check();
  await roof.getByLabel('Note (optional)').fill('New roof laid in February.');
  // A photo of the new roof as evidence (a 1×1 PNG).
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
  await roof.getByLabel('Evidence: photos or PDF documents (optional)').setInputFiles({ name: 'roof.png', mimeType: 'image/png', buffer: png });
  await roof.getByRole('button', { name: 'Report' }).click();
  await expect(official.page.getByRole('status')).toContainText('Your report was recorded');

  // The citizen, on a phone without JavaScript, confirms the roof and says the meeting
  // never happened: the agreement was not kept, and the case goes up a level.
  const offline = await browser.newContext({ ...phone, javaScriptEnabled: false });
  const own = await offline.newPage();
  await own.goto('/signin?lang=en');
  await own.getByLabel('E-mail').fill(citizenMail);
  await own.getByLabel('Password').fill('Dana has a long password');
  await own.getByRole('button', { name: 'Sign in' }).click();
  await own.goto(`/g/${code}`);
  const kept = own.locator('.commitments li.card', { hasText: 'roof of the village club' });
  await expect(kept).toContainText('The responsible side reported: done');
  await expect(kept).toContainText('New roof laid in February.');
  await expect(kept.getByRole('link', { name: 'roof.png' })).toHaveAttribute('href', /^\/attachments\//);
  await expectAccessible(own);
  await kept.getByLabel('done', { exact: true }).check();
  await kept.getByRole('button', { name: 'Confirm' }).click();
  await expect(own.getByRole('status')).toContainText('Your answer was recorded');
  const meeting = own.locator('.commitments li.card', { hasText: 'meeting with the youth' });
  await meeting.getByLabel('not done', { exact: true }).check();
  await meeting.getByLabel('Note (optional)').fill('Nobody from the akimat came.');
  await meeting.getByRole('button', { name: 'Confirm' }).click();
  await expect(own.locator('.badge-escalated')).toHaveText('Escalated');
  await expect(own.locator('ol.timeline')).toContainText('Agreement not kept (commitment 2)');
  await expect(own.locator('.commitments')).toContainText('Not done');
  const wide = await own.evaluate(() => document.documentElement.scrollWidth);
  expect(wide).toBeLessThanOrEqual(360);
  await offline.close();

  // A journalist finds the mediator in the public registry, with the record updated.
  const reader = await browser.newContext({ ...phone, javaScriptEnabled: false });
  const journalist = await reader.newPage();
  await journalist.goto('/mediators?lang=en');
  await journalist.getByLabel('Field').selectOption('ethnomediation');
  await journalist.getByRole('button', { name: 'Show' }).click();
  await journalist.getByRole('link', { name: mediatorName }).click();
  const record = journalist.locator('dl.facts').last();
  await expect(record).toContainText('Commitments of their agreements kept');
  await expect(record).toContainText('50%');
  await expect(journalist.getByText('Not enough answers yet to show them.')).toBeVisible();
  await expectAccessible(journalist);
  await reader.close();

  // Each was told their part by mail, naming the grievance by title and code (the
  // coordinator took the role after the request and the consent, so heard of neither).
  const title = `“Tension in the village ${stamp}” (${code})`;
  for (const [to, subject] of [
    [officialMail, `Mediation is proposed for ${title}`],
    [mediatorMail, `You are asked to mediate ${title}`],
    [citizenMail, `A mediator is proposed for ${title}`],
    [officialMail, `Mediation on ${title} has begun`],
    [citizenMail, `A draft agreement on ${title} awaits your answer`],
    [citizenMail, `Agreement reached on ${title}`],
    [officialMail, `Agreement reached on ${title}`],
    [mediatorMail, `Agreement reached on ${title}`],
    [citizenMail, `A commitment on ${title} was reported on`],
    [mediatorMail, `The agreement on ${title} was not kept: the grievance goes up`],
  ]) {
    const mail = await mailTo(to, subject);
    expect(mail.body).toContain(code);
  }
  for (const p of [citizen, official, mediator, admin]) await p.context.close();
});
