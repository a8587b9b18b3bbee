// End-to-end test of the session log: in the demo's running programme the admin opens "Pairs at risk" from the
// programme page and finds the pair that stopped meeting flagged with its reason; a mentee opens the pair's journal,
// adds an action item and records goal progress, and writes a private note on a session that only they can read
// back (the admin, asking the API for it, gets 404).
//
// Needs: build/upward (or UPWARD_BIN), the built web app (web/dist or UPWARD_WEB_ROOT) and Debian's Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import * as harness from './support/harness.mjs';
import { screenshot, statusSaying, noErrorShown } from './support/harness.mjs';

const PROGRAMME_NAME = 'Leading in a Digital World';

let environment;
let baseUrl;
let browser;
let adminEmail;
let password;

before(async () => {
  // The server reads its notes key from the environment it inherits.
  process.env.UPWARD_NOTES_KEY = crypto.randomBytes(32).toString('base64');
  environment = await harness.startEnvironment('upward-e2e-session-log-', async (dbPath) => {
    [adminEmail, password] = await harness.seedDemo(dbPath);
  });
  ({ baseUrl, browser } = environment);
});

after(async () => {
  await environment?.stop();
});

async function api(page, method, path, body) {
  const response = await page.request.fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: body ? { 'Content-Type': 'application/json' } : {},
    data: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status(), body: response.status() === 204 ? null : await response.json() };
}

test('the admin sees pairs at risk; a mentee keeps the journal and a private note', { timeout: 240_000 }, async () => {
  const admin = await harness.newPage(browser);
  await harness.signIn(admin.page, baseUrl, adminEmail, password);
  const programme = (await api(admin.page, 'GET', '/programmes')).body.items.find((p) => p.name === PROGRAMME_NAME);
  assert.ok(programme, 'the demo has the running programme');

  // The admin opens the at-risk list from the programme page.
  await admin.page.goto(`${baseUrl}/#/programmes/${programme.id}`);
  await admin.page.getByRole('link', { name: 'Pairs at risk' }).click();
  await admin.page.getByRole('heading', { name: /^Pairs at risk/, level: 1 }).waitFor();
  const table = admin.page.getByRole('table');
  await table.waitFor();
  await table.locator('[data-code="no_recent_session"]').first().waitFor();
  const reasons = await table.locator('[data-code]').evaluateAll((items) => items.map((i) => i.getAttribute('data-code')));
  assert.ok(reasons.includes('stalled_goals'), `the pair whose goals stalled is listed: ${reasons.join(', ')}`);
  assert.match(await admin.page.getByTestId('at-risk-count').textContent(), /^\d+ of \d+ active pairs are at risk\.$/);
  await noErrorShown(admin.page);
  await screenshot(admin.page, 'session-log-at-risk');

  // A mentee of an active pair that is not at risk opens the pair page.
  const atRisk = (await api(admin.page, 'GET', `/programmes/${programme.id}/pairs-at-risk`)).body.items.map((p) => p.pair_id);
  const pairs = (await api(admin.page, 'GET', `/programmes/${programme.id}/pairs`)).body.items;
  const pair = pairs.find((p) => p.status === 'active' && !atRisk.includes(p.id));
  assert.ok(pair, 'a healthy active pair');
  const mentee = (await api(admin.page, 'GET', `/people/${encodeURIComponent(pair.mentee)}`)).body;
  const { page, errors } = await harness.newPage(browser);
  await harness.signIn(page, baseUrl, mentee.email, password);
  await page.goto(`${baseUrl}/#/pairs/${pair.id}`);
  await page.getByRole('heading', { name: 'Journal' }).waitFor();
  const items = page.getByTestId('action-items');
  await items.waitFor();
  const before = await items.getByRole('listitem').count();
  assert.ok(before >= 1, 'the demo gave the pair action items');
  await page.getByLabel('New action item').fill('Show the team the new dashboard');
  await page.getByRole('button', { name: 'Add action item' }).click();
  await items.getByText('Show the team the new dashboard').waitFor();
  assert.equal(await items.getByRole('listitem').count(), before + 1);

  await page.getByLabel('Progress (%)').fill('140');
  await page.getByRole('button', { name: 'Record progress' }).click();
  await page.locator('#goal-percent-error').waitFor();
  await page.getByLabel('Progress (%)').fill('85');
  await page.getByLabel('Comment').fill('Ran the quarterly review with the assistant');
  await page.getByRole('button', { name: 'Record progress' }).click();
  await page.getByTestId('goal-mentee').getByText('85%', { exact: true }).waitFor();
  await page.getByTestId('insights').getByRole('listitem').first().waitFor();
  await screenshot(page, 'session-log-journal');

  // A private note on a past session, read back after a reload.
  const sessions = (await api(page, 'GET', `/pairs/${pair.id}/sessions`)).body;
  const occurrence = sessions.past[0];
  assert.ok(occurrence, 'the pair has a past session');
  await page.goto(`${baseUrl}/#/pairs/${pair.id}/sessions/${occurrence.id}`);
  await page.getByRole('heading', { name: 'My private note' }).waitFor();
  await page.getByText('Only you can read this.').waitFor();
  await page.getByRole('textbox', { name: 'Note' }).fill('Ask about the data governance board');
  await page.getByRole('button', { name: 'Save note' }).click();
  await statusSaying(page, /Your note is saved/);
  await page.reload();
  await page.getByRole('heading', { name: 'My private note' }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Note' }).inputValue(), 'Ask about the data governance board');
  await noErrorShown(page);
  assert.deepEqual(errors, []);

  // Nobody else reads it: the admin is told there is nothing there.
  const refused = await api(admin.page, 'GET', `/pairs/${pair.id}/sessions/${occurrence.id}/my-note`);
  assert.equal(refused.status, 404);
  assert.doesNotMatch(JSON.stringify(refused.body), /governance/);
});
