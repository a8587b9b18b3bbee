// End-to-end test of blocked time: in the demo's running programme a pair's mentee opens the pair's sessions from
// "My pairs", moves the next session by a day with a reason, sees the change attributed to them in the history,
// and confirms that the latest past session took place.
//
// Needs: build/upward (or UPWARD_BIN), the built web app (web/dist or UPWARD_WEB_ROOT) and Debian's Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as harness from './support/harness.mjs';
import { screenshot, statusSaying, noErrorShown, escapeRegExp } from './support/harness.mjs';

const PROGRAMME_NAME = 'Leading in a Digital World';

let baseUrl;
let browser;
let adminEmail;
let password;

harness.useSeededDemo('upward-e2e-sessions-', (demo) => ({ baseUrl, browser, adminEmail, password } = demo));

async function api(page, method, path) {
  const response = await page.request.fetch(`${baseUrl}/api/v1${path}`, { method });
  assert.ok(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}

/** "2026-03-03T09:30" one day later, as a datetime-local value. */
function nextDay(local) {
  const date = new Date(`${local}:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 16);
}

test('a mentee reschedules a session with a reason and confirms attendance', { timeout: 240_000 }, async () => {
  // The admin looks up a pair of the running programme and its mentee (through the API).
  const admin = await harness.newPage(browser);
  await harness.signIn(admin.page, baseUrl, adminEmail, password);
  const programme = (await api(admin.page, 'GET', '/programmes')).items.find((p) => p.name === PROGRAMME_NAME);
  assert.ok(programme, 'the demo has the running programme');
  const pair = (await api(admin.page, 'GET', `/programmes/${programme.id}/pairs`)).items.find((p) => p.status === 'active');
  assert.ok(pair, 'the running programme has an active pair');
  const mentee = await api(admin.page, 'GET', `/people/${encodeURIComponent(pair.mentee)}`);
  const mentor = await api(admin.page, 'GET', `/people/${encodeURIComponent(pair.mentor)}`);
  const before = await api(admin.page, 'GET', `/pairs/${pair.id}/sessions`);
  assert.ok(before.upcoming.some((o) => o.status === 'scheduled'), 'sessions lie ahead');
  assert.ok(
    before.past.some((o) => o.status === 'scheduled' && o.outcome === 'pending' && !o.attendance.some((a) => a.side === 'mentee')),
    'a past session waits for the mentee',
  );

  // The mentee opens the pair's sessions from "My pairs".
  const { page, errors } = await harness.newPage(browser);
  await harness.signIn(page, baseUrl, mentee.email, password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My pairs' }).click();
  await page.getByRole('link', { name: new RegExp(`^Sessions with (${escapeRegExp(mentor.name)}|${escapeRegExp(mentor.employee_id)})$`) }).click();
  await page.getByRole('heading', { name: /^Sessions with /, level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Upcoming sessions' }).waitFor();

  // Move the next session by a day, with a reason.
  await page.getByRole('button', { name: /^Move session on / }).first().click();
  const form = page.getByRole('form', { name: 'Move this session' });
  const start = form.getByLabel(/^New start/);
  const current = await start.inputValue();
  await start.fill(nextDay(current));
  await form.getByLabel(/^Reason/).fill('Board meeting moved to that morning');
  await form.getByRole('button', { name: 'Move session' }).click();
  await statusSaying(page, /The session was moved/);
  await noErrorShown(page);

  // The history names who moved it and why.
  const history = page.getByTestId('session-history');
  const latest = history.getByRole('listitem').first();
  await latest.getByText(/^Session moved$/).waitFor();
  const text = await latest.textContent();
  assert.match(text, new RegExp(`by ${escapeRegExp(mentee.name)} \\(mentee\\)`));
  assert.match(text, /Board meeting moved to that morning/);
  await screenshot(page, 'sessions-moved');

  // Confirm that the latest past session took place.
  await page.getByRole('link', { name: /^Confirm attendance of the session on / }).first().click();
  await page.getByRole('heading', { name: /^Session on /, level: 1 }).waitFor();
  await page.getByLabel(/Yes, it\s+took place/).check();
  await page.getByRole('button', { name: 'Confirm attendance' }).click();
  await statusSaying(page, /your confirmation is recorded/);
  await page.getByText('The mentee confirmed it took place.').waitFor();
  // The page's own error region stays empty (the notes panel below has its own, about the server's notes key).
  assert.equal((await page.locator('#session-error').textContent()).trim(), '');
  await screenshot(page, 'sessions-attendance');

  // The server agrees: the move is attributed to the mentee, and their confirmation is in.
  const after = await api(page, 'GET', `/pairs/${pair.id}/sessions`);
  const moved = after.changes.find((c) => c.kind === 'occurrence_moved' && c.actor_side === 'mentee');
  assert.ok(moved, 'the move is recorded as the mentee’s');
  assert.equal(moved.reason, 'Board meeting moved to that morning');
  assert.equal(moved.actor_name, mentee.name);
  // A day later on the mentee's wall clock: 24 hours, or 23/25 across a daylight-saving change.
  const shift = (Date.parse(moved.new_starts_at) - Date.parse(moved.old_starts_at)) / 3600_000;
  assert.ok(shift >= 23 && shift <= 25, `moved by ${shift} hours`);
  assert.ok(after.past.some((o) => o.attendance.some((a) => a.side === 'mentee' && a.took_place)), 'the mentee confirmed');
  assert.deepEqual(errors, []);
});
