// End-to-end test of surveys on the demo: an admin opens the running programme's surveys page, sees the
// mid-point survey's results (each figure a mean or "withheld: …", never a zero standing in for too few answers)
// and opens the closing survey; a participant whose pair has not answered the mid-point survey finds it under
// "My feedback", answers it and is told their partner's ratings follow once both answered.
//
// Needs: build/upward (or UPWARD_BIN), the built web app (web/dist or UPWARD_WEB_ROOT), sqlite3 and Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as harness from './support/harness.mjs';
import { screenshot, statusSaying } from './support/harness.mjs';

const RUNNING_NAME = 'Leading in a Digital World';

let environment;
let adminEmail;
let password;
let programmeId;
let participantEmail;

const sql = async (dbPath, statement) => (await harness.run('sqlite3', [dbPath], statement)).stdout.trim();

before(async () => {
  environment = await harness.startEnvironment('upward-e2e-feedback-', async (dbPath) => {
    [adminEmail, password] = await harness.seedDemo(dbPath);
    programmeId = Number(await sql(dbPath, `SELECT id FROM programmes WHERE name = '${RUNNING_NAME}';`));
    // A mentee of an active pair of the programme whose mid-point survey response is still missing.
    participantEmail = await sql(
      dbPath,
      `SELECT u.email FROM pairs p JOIN users u ON u.person_id = p.mentee
       WHERE p.programme_id = ${programmeId} AND p.status = 'active' AND NOT EXISTS (
         SELECT 1 FROM survey_responses r WHERE r.pair_id = p.id AND r.side = 'mentee')
       ORDER BY p.id DESC LIMIT 1;`,
    );
  });
});

after(async () => {
  await environment?.stop();
});

test('an admin sees guarded results and opens the closing survey', async (t) => {
  if (!programmeId) return t.skip('this build of the demo has no running programme');
  const { page, errors } = await harness.newPage(environment.browser);
  await harness.signIn(page, environment.baseUrl, adminEmail, password);
  await page.goto(`${environment.baseUrl}/#/programmes/${programmeId}/surveys`);
  await page.getByRole('heading', { name: 'Surveys', level: 1 }).waitFor();
  const midpoint = page.getByRole('region', { name: /Mid-point survey/ });
  await midpoint.getByRole('heading', { name: 'Results' }).waitFor();
  const cells = midpoint.locator('.survey-results tbody tr td:last-child');
  await cells.first().waitFor();
  const figures = (await cells.allTextContents()).map((text) => text.trim());
  assert.ok(figures.length > 10, 'every question has a row');
  for (const figure of figures) {
    assert.ok(/^withheld: /.test(figure) || /^\d\.\d\d/.test(figure) || figure.length > 0, `a figure or its reason: ${figure}`);
    assert.notEqual(figure, '0.00', 'too few answers never show as zero');
  }
  await screenshot(page, 'feedback-admin-results');
  const closing = page.getByRole('region', { name: /Closing survey/ });
  await closing.getByRole('button', { name: 'Open survey' }).click();
  await statusSaying(page, /Survey open: \d+ invitations queued/);
  assert.deepEqual(errors, []);
});

test('a participant answers the mid-point survey from My feedback', async (t) => {
  if (!participantEmail) return t.skip('every pair of the demo answered already');
  const { page, errors } = await harness.newPage(environment.browser);
  await harness.signIn(page, environment.baseUrl, participantEmail, password);
  await page.getByRole('banner').getByRole('link', { name: 'My feedback' }).click();
  await page.getByRole('heading', { name: 'Surveys waiting for you' }).waitFor();
  await page.getByRole('link', { name: 'Mid-point survey' }).first().click();
  await page.getByRole('heading', { name: 'Mid-point survey', level: 1 }).waitFor();
  // Every rating 4, the recommendation 9; optional text left empty.
  for (const group of await page.locator('fieldset.survey-question').all()) {
    const options = group.locator('input[type=radio]');
    const count = await options.count();
    await options.nth(count === 11 ? 9 : 3).check();
  }
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await statusSaying(page, /Thank you/);
  await screenshot(page, 'feedback-participant-answered');
  assert.deepEqual(errors, []);
});
