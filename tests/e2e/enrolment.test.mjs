// End-to-end: an invitee applying and an admin approving. The admin invites a junior colleague; the invitee
// opens the emailed link (read from the mail outbox with the sqlite3 CLI), sets a password, applies as mentor
// with a topic and answers the screening questions; the admin scores the application on the Screening page and
// approves it with a reason; the applicant is mailed and sees "Approved" with the reason.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as harness from './support/harness.mjs';
import { newPage, noErrorShown, run, screenshot, signIn, statusSaying, upwardBin } from './support/harness.mjs';

const ADMIN_EMAIL = 'admin@example.com';
const ADMIN_PASSWORD = 'Correct-Horse-Battery-42';
const PROGRAMME_NAME = 'Screened mentors pilot';
const INVITEE_PASSWORD = 'a long invitee password';
const REASON = 'Patient, concrete answers and real experience with AI tools.';

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
  environment = await harness.startEnvironment('upward-e2e-enrolment-', async (dbPath) => {
    const csv = path.join(path.dirname(dbPath), 'people.csv');
    fs.writeFileSync(csv, PEOPLE_CSV);
    await run(upwardBin, ['import', 'people', '--db', dbPath, csv], '');
    await run(upwardBin, ['user', 'add', '--db', dbPath, '--email', ADMIN_EMAIL, '--role', 'admin', '--password-stdin'], `${ADMIN_PASSWORD}\n`);
    const created = await run(upwardBin, ['token', 'create', '--db', dbPath, '--email', ADMIN_EMAIL, '--name', 'e2e'], '');
    token = /upw_[A-Za-z0-9_-]+/.exec(created.stdout)?.[0];
    assert.ok(token, `token create printed a token: ${created.stdout}`);
  });
  const response = await fetch(`${environment.baseUrl}/api/v1/programmes`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: PROGRAMME_NAME, topics: ['AI tools', 'Social media'] }),
  });
  assert.equal(response.status, 201, await response.clone().text());
  programmeId = (await response.json()).id;
});

after(async () => {
  await environment?.stop();
});

/** One column of the newest mail_outbox row matching `where`, read with the sqlite3 CLI as an operator would. */
async function outbox(column, where) {
  const { stdout } = await run('sqlite3', [environment.dbPath, `SELECT ${column} FROM mail_outbox WHERE ${where} ORDER BY id DESC LIMIT 1`]);
  return stdout;
}

test('an invitee applies as mentor and an admin screens and approves them', { timeout: 240_000 }, async () => {
  const { baseUrl, browser } = environment;

  // The admin invites Jo as a mentor from the Enrolment page.
  const admin = await newPage(browser);
  await signIn(admin.page, baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD);
  await admin.page.goto(`${baseUrl}/#/programmes/${programmeId}/enrolment`);
  await admin.page.getByRole('heading', { name: `Enrolment: ${PROGRAMME_NAME}` }).waitFor();
  await admin.page.getByLabel('Mentors').check();
  await admin.page.getByLabel('Find people').fill('Jo');
  await admin.page.getByRole('button', { name: 'Search' }).click();
  await admin.page.getByRole('button', { name: 'Add Jo Junior' }).click();
  await admin.page.getByRole('button', { name: 'Send invitations' }).click();
  await statusSaying(admin.page, /Invited 1/);

  // Jo opens the emailed link, signed out, and sets a password.
  const link = await outbox('text_body', "recipient = 'jo.junior@example.com'");
  const token = /#\/invitations\/([A-Za-z0-9_-]+)/.exec(link)?.[1];
  assert.ok(token, `the invitation email holds the link: ${link}`);
  const invitee = await newPage(browser);
  const { page } = invitee;
  await page.goto(`${baseUrl}/#/invitations/${token}`);
  await page.getByRole('heading', { name: `You are invited to ${PROGRAMME_NAME}` }).waitFor();
  await page.getByLabel('Choose a password').fill(INVITEE_PASSWORD);
  await page.getByLabel('Repeat the password').fill(INVITEE_PASSWORD);
  await page.getByRole('button', { name: 'Accept the invitation' }).click();

  // Jo applies as mentor with a topic, then answers the screening questions below the application.
  await page.getByRole('heading', { name: `${PROGRAMME_NAME}: your enrolment` }).waitFor();
  await page.getByLabel('AI tools', { exact: true }).check();
  await page.getByLabel('Your level in AI tools').selectOption('4');
  await page.getByLabel('Evidence for AI tools').fill('I run the team’s prompt-writing sessions.');
  await page.getByLabel('Motivation').fill('I enjoy helping colleagues use new tools.');
  await page.getByLabel('Your own learning goals').fill('Practise explaining things to senior leaders.');
  await page.getByRole('button', { name: 'Submit application' }).click();
  await statusSaying(page, /submitted/);

  const questionnaire = page.getByRole('region', { name: 'Screening questions' });
  await questionnaire.getByRole('button', { name: 'Save answers' }).waitFor();
  const answers = questionnaire.getByRole('textbox');
  assert.equal(await answers.count(), 4, 'the default questionnaire has four questions');
  await questionnaire.getByRole('button', { name: 'Save answers' }).click();
  await questionnaire.getByRole('alert').filter({ hasText: /the answer is empty/ }).waitFor();
  await questionnaire.getByLabel(/Describe a time you taught something new/).fill('I taught my grandmother video calls, slowly and twice.');
  await questionnaire.getByLabel(/dismisses your suggestion/).fill('I ask what worries them and offer a small trial.');
  await questionnaire.getByLabel(/find out what your mentee really wants to learn/).fill('I ask about their week and listen first.');
  await questionnaire.getByLabel(/Which topic can you teach with real expertise/).fill('AI tools: I built our team’s assistant.');
  await questionnaire.getByRole('button', { name: 'Save answers' }).click();
  await statusSaying(page, /Your answers are saved/);
  await noErrorShown(page);
  await screenshot(page, 'enrolment-applicant-answered');

  // The admin finds the application through the Screening navigation, reads the answers, scores and approves.
  await admin.page.getByRole('banner').getByRole('link', { name: 'Screening' }).click();
  await admin.page.getByRole('heading', { name: 'Screening' }).waitFor();
  await admin.page.getByRole('link', { name: PROGRAMME_NAME }).click();
  await admin.page.getByRole('heading', { name: `Screening: ${PROGRAMME_NAME}` }).waitFor();
  const queue = admin.page.getByRole('table').filter({ hasText: 'Jo Junior' });
  await queue.getByRole('row').filter({ hasText: 'Jo Junior' }).getByText('Complete').waitFor();
  await admin.page.getByRole('button', { name: 'Review Jo Junior' }).click();
  const review = admin.page.getByRole('article').filter({ hasText: 'Screening answers' });
  await review.getByText('I taught my grandmother video calls, slowly and twice.').waitFor();
  await review.getByText(/AI tools.*level 4 of 5/).waitFor();
  for (const [quality, score] of [['Patience', '5'], ['Temperament', '4'], ['Listening', '4'], ['Expertise', '5']]) {
    await review.getByRole('group', { name: quality }).getByLabel(score, { exact: true }).check();
  }
  await review.getByLabel('Recommendation').selectOption('approve');
  await review.getByLabel('Comment').fill('Thoughtful and specific.');
  await review.getByRole('button', { name: 'Save scorecard' }).click();
  await statusSaying(admin.page, /Your scorecard is saved/);
  await review.getByText(/1 scorecard; overall 4\.5 of 5/).waitFor();

  await review.getByRole('button', { name: 'Record decision' }).click();
  await review.getByText('Choose a decision.').waitFor();
  await review.getByRole('group', { name: 'Outcome' }).getByLabel('Approve').check();
  await review.getByRole('button', { name: 'Record decision' }).click();
  await review.getByText(/give the reason for the decision/).waitFor();  // the API names the missing reason
  await review.getByLabel('Reason').fill(REASON);
  await review.getByRole('button', { name: 'Record decision' }).click();
  await statusSaying(admin.page, /Decision recorded: Approved/);
  await review.getByTestId('application-status').filter({ hasText: 'Approved' }).waitFor();
  await noErrorShown(admin.page);
  await screenshot(admin.page, 'enrolment-admin-approved');
  assert.deepEqual(admin.errors, []);

  // Jo is told by email, with the reason and no reviewer's words.
  const subject = await outbox('subject', "dedupe_key LIKE 'decision:%:approved'");
  assert.match(subject, new RegExp(`${PROGRAMME_NAME}: approved`));
  const body = await outbox('text_body', "dedupe_key LIKE 'decision:%:approved'");
  assert.match(body, /Patient, concrete answers/);
  assert.doesNotMatch(body, /Thoughtful and specific/);

  // Jo sees "Approved" and the reason on the enrolment page and on the screening page.
  await page.reload();
  await page.getByText('Application status:').filter({ hasText: 'Approved' }).waitFor();
  await page.getByText(REASON, { exact: false }).first().waitFor();
  await page.goto(`${baseUrl}/#/programmes/${programmeId}/my-screening`);
  await page.getByRole('heading', { name: 'Mentor screening' }).waitFor();
  await page.getByTestId('screening-status').filter({ hasText: 'Approved' }).waitFor();
  await page.getByText(REASON).waitFor();
  assert.equal(await page.getByText('Thoughtful and specific.').count(), 0, 'the applicant never sees scorecards');
  await noErrorShown(page);
  await screenshot(page, 'enrolment-applicant-approved');
  assert.deepEqual(invitee.errors, []);
});
