// End-to-end test of calendar subscriptions in the web app: a signed-in person creates a private calendar
// address (shown once, with how to add it to Outlook and Google), the address serves an iCalendar document to a
// client without any sign-in, and once revoked in the UI it answers 404.
//
// Needs: build/upward (or UPWARD_BIN), the built web app in web/dist (or UPWARD_WEB_ROOT),
// and Debian's Chromium (or CHROMIUM_PATH).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as harness from './support/harness.mjs';
import { statusSaying, screenshot } from './support/harness.mjs';

let baseUrl;
let browser;
let adminEmail;
let password;

harness.useSeededDemo('upward-e2e-calendar-', (demo) => ({ baseUrl, browser, adminEmail, password } = demo));

test('a person creates a calendar address, a client reads it, and revoking it ends it', { timeout: 120_000 }, async () => {
  const { page, errors } = await harness.newPage(browser);
  await harness.signIn(page, baseUrl, adminEmail, password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar' }).click();
  await page.getByRole('heading', { name: 'Calendar', level: 1 }).waitFor();
  await page.getByText('You have no active calendar addresses.').waitFor();

  await page.getByRole('button', { name: 'Create a calendar address' }).click();
  const address = page.getByLabel('Calendar address', { exact: true });
  await address.waitFor();
  const url = await address.inputValue();
  assert.match(url, /\/calendar\/[A-Za-z0-9_-]{40,}\.ics$/);
  await page.getByRole('region', { name: 'Your new calendar address' }).getByText('Google Calendar').waitFor();
  await page.getByRole('row', { name: /Calendar address \d+/ }).waitFor();
  await screenshot(page, 'calendar-new-address');

  // A calendar client fetches it with no cookie and no token.
  const client = await browser.newContext();
  const served = await client.request.get(url);
  assert.equal(served.status(), 200);
  assert.equal(served.headers()['content-type'], 'text/calendar; charset=utf-8');
  const body = await served.text();
  assert.match(body, /^BEGIN:VCALENDAR\r\n/);
  assert.match(body, /\r\nMETHOD:PUBLISH\r\n/);
  assert.match(body, /\r\nX-WR-CALNAME:Upward sessions\r\n/);

  // The address is not shown again once dismissed; the list never holds it.
  await page.getByRole('button', { name: 'I have copied it' }).click();
  assert.equal(await page.getByLabel('Calendar address', { exact: true }).count(), 0);
  assert.equal((await page.content()).includes(url.split('/calendar/')[1]), false);

  await page.getByRole('button', { name: /Revoke calendar address \d+/ }).click();
  await statusSaying(page, /Revoked/);
  await page.getByText('You have no active calendar addresses.').waitFor();
  const revoked = await client.request.get(url);
  assert.equal(revoked.status(), 404);
  await client.close();
  assert.deepEqual(errors, []);
});
