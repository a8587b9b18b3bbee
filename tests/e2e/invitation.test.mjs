// End-to-end: an admin invites a junior colleague from the Enrolment page; the invitee opens the emailed link
// (read from the mail outbox with the sqlite3 CLI), sets a password, applies as mentor and acknowledges the
// ground rules; the admin then sees the accepted invitation and the application.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import * as harness from './support/harness.mjs';
import { newPage, noErrorShown, run, screenshot, signIn, statusSaying, upwardBin } from './support/harness.mjs';

const ADMIN_EMAIL = 'admin@example.com';
const ADMIN_PASSWORD = 'Correct-Horse-Battery-42';
const PROGRAMME_NAME = 'Reverse mentoring pilot';
const INVITEE_PASSWORD = 'a long invitee password';

const PEOPLE_CSV = [
  'employee_id,name,email,grade,department,location,time_zone,manager_id',
  'E1,Margaret Okafor,margaret@example.com,12,Executive,London,Europe/London,',
  'E2,Jo Junior,jo.junior@example.com,2,Technology,Lisbon,Europe/Lisbon,E1',
  '',
].join('\n');

let environment;
let programmeId;

before(async () => {
  let token;
  environment = await harness.startEnvironment('upward-e2e-invitation-', async (dbPath) => {
    const csv = path.join(path.dirname(dbPath), 'people.csv');
    await import('node:fs').then((fs) => fs.writeFileSync(csv, PEOPLE_CSV));
    await run(upwardBin, ['import', 'people', '--db', dbPath, csv], '');
    await run(upwardBin, ['user', 'add', '--db', dbPath, '--email', ADMIN_EMAIL, '--role', 'admin', '--password-stdin'], `${ADMIN_PASSWORD}\n`);
    const created = await run(upwardBin, ['token', 'create', '--db', dbPath, '--email', ADMIN_EMAIL, '--name', 'e2e'], '');
    token = /upw_[A-Za-z0-9_-]+/.exec(created.stdout)?.[0];
    assert.ok(token, `token create printed a token: ${created.stdout}`);
  });
  // The programme is set up through the API, as a script would.
  const response = await fetch(`${environment.baseUrl}/api/v1/programmes`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: PROGRAMME_NAME,
      topics: ['AI tools', 'Social media'],
      ground_rules: ['Listen before you advise.', 'What is said in a session stays there.'],
    }),
  });
  assert.equal(response.status, 201, await response.clone().text());
  programmeId = (await response.json()).id;
});

after(async () => {
  await environment?.stop();
});

/** The token in the newest invitation email to `email`, as the invitee would click it. */
async function invitationToken(email) {
  const { stdout } = await run('sqlite3', [
    environment.dbPath,
    `SELECT text_body FROM mail_outbox WHERE recipient = '${email}' ORDER BY id DESC LIMIT 1`,
  ]);
  const match = /#\/invitations\/([A-Za-z0-9_-]+)/.exec(stdout);
  assert.ok(match, `the invitation email holds the link: ${stdout}`);
  return match[1];
}

test('an invitee opens the link, sets a password and applies', { timeout: 180_000 }, async () => {
  const { baseUrl, browser } = environment;

  // The admin invites Jo as a mentor, picked from the directory.
  const admin = await newPage(browser);
  await signIn(admin.page, baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD);
  await admin.page.goto(`${baseUrl}/#/programmes/${programmeId}`);
  await admin.page.getByRole('link', { name: 'Enrolment: invitations and applications' }).click();
  await admin.page.getByRole('heading', { name: `Enrolment: ${PROGRAMME_NAME}` }).waitFor();
  await admin.page.getByLabel('Mentors').check();
  await admin.page.getByLabel('Find people').fill('Jo');
  await admin.page.getByRole('button', { name: 'Search' }).click();
  await admin.page.getByRole('button', { name: 'Add Jo Junior' }).click();
  await admin.page.getByRole('button', { name: 'Send invitations' }).click();
  assert.match(await statusSaying(admin.page, /Invited 1/), /Invited 1\./);
  const invitations = admin.page.getByRole('table').filter({ hasText: 'jo.junior@example.com' });
  await invitations.getByText('Pending', { exact: true }).waitFor();
  await screenshot(admin.page, 'invitation-admin-invited');

  // Jo follows the link from the email in a browser of their own, signed out.
  const token = await invitationToken('jo.junior@example.com');
  const invitee = await newPage(browser);
  const { page } = invitee;
  await page.goto(`${baseUrl}/#/invitations/${token}`);
  await page.getByRole('heading', { name: `You are invited to ${PROGRAMME_NAME}` }).waitFor();
  assert.match(await page.locator('.panel').first().textContent(), /Hello Jo Junior.*as a mentor/);
  await page.getByLabel('Choose a password').fill('too short');
  await page.getByLabel('Repeat the password').fill('too short');
  await page.getByRole('button', { name: 'Accept the invitation' }).click();
  await page.getByText('Choose a password of at least 12 characters.').waitFor();
  await page.getByLabel('Choose a password').fill(INVITEE_PASSWORD);
  await page.getByLabel('Repeat the password').fill(INVITEE_PASSWORD);
  await page.getByRole('button', { name: 'Accept the invitation' }).click();

  // Signed in, on their programme: the steps, the application form and the ground rules.
  await page.getByRole('heading', { name: `${PROGRAMME_NAME}: your enrolment` }).waitFor();
  await page.getByRole('banner').getByText('Jo Junior').waitFor();
  const steps = page.locator('.enrolment-step');
  assert.match(await steps.filter({ hasText: 'Invited' }).textContent(), /Done/);
  assert.match(await steps.filter({ hasText: 'Applied' }).textContent(), /To do/);

  await page.getByLabel('AI tools', { exact: true }).check();
  await page.getByLabel('Your level in AI tools').selectOption('4');
  await page.getByLabel('Evidence for AI tools').fill('I run the team’s prompt-writing sessions.');
  await page.getByLabel('Motivation').fill('I enjoy helping colleagues use new tools.');
  await page.getByLabel('Your own learning goals').fill('Practise explaining things to senior leaders.');
  await page.getByRole('button', { name: 'Submit application' }).click();
  assert.match(await statusSaying(page, /submitted/), /your application is submitted/);
  await page.getByText('Application status:').filter({ hasText: 'Submitted' }).waitFor();
  await steps.filter({ hasText: 'Applied' }).getByText('Done').waitFor();

  await page.getByLabel('I have read these ground rules and will keep them').check();
  await page.getByRole('button', { name: 'Acknowledge the ground rules' }).click();
  await page.getByText(/You acknowledged these ground rules on/).waitFor();
  await steps.filter({ hasText: 'Ground rules acknowledged' }).getByText('Done').waitFor();
  await noErrorShown(page);
  await screenshot(page, 'invitation-applied');
  assert.deepEqual(invitee.errors, []);

  // The used link no longer works.
  await page.goto(`${baseUrl}/#/invitations/${token}`);
  await page.getByRole('alert').filter({ hasText: /already used/ }).waitFor();

  // The admin sees the accepted invitation and Jo's application.
  await admin.page.reload();
  await admin.page.getByRole('heading', { name: `Enrolment: ${PROGRAMME_NAME}` }).waitFor();
  await admin.page.getByRole('table').filter({ hasText: 'jo.junior@example.com' }).getByText('Accepted', { exact: true }).waitFor();
  const applications = admin.page.getByRole('table').filter({ hasText: 'AI tools (level 4)' });
  const row = applications.getByRole('row').filter({ hasText: 'Jo Junior' });
  await row.locator('.badge').filter({ hasText: 'Submitted' }).waitFor();
  await row.getByRole('button', { name: 'Details' }).click();
  await applications.getByText('I run the team’s prompt-writing sessions.', { exact: false }).waitFor();
  assert.deepEqual(admin.errors, []);
});
