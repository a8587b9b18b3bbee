// End-to-end test of a pair after matching: on the demo programme an admin publishes proposals; one pair's
// mentee and mentor accept it, the mentor drafts the agreement, both sign and the pair is active; another
// pair's mentee declines with a private reason that only the admin reads; the admin's funnel shows the counts.
//
// Needs: build/upward (or UPWARD_BIN), the built web app (web/dist or UPWARD_WEB_ROOT) and Debian's Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as harness from './support/harness.mjs';
import { screenshot, statusSaying, noErrorShown, escapeRegExp } from './support/harness.mjs';

const PROGRAMME_NAME = 'Digital Fluency for Leaders';

let baseUrl;
let browser;
let adminEmail;
let password;

harness.useSeededDemo('upward-e2e-agreement-', (demo) => ({ baseUrl, browser, adminEmail, password } = demo));

const newPage = () => harness.newPage(browser);
const signIn = (page, email) => harness.signIn(page, baseUrl, email, password);

async function api(page, method, path, data) {
  const response = await page.request.fetch(`${baseUrl}/api/v1${path}`, {
    method,
    data,
    headers: { 'X-CSRF-Token': (await page.context().cookies()).find((c) => c.name === 'upward_csrf')?.value ?? '' },
  });
  assert.ok(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`);
  return response.status() === 204 ? null : response.json();
}

/** A participant opens "My pairs" and returns their card of the pair with `other`. */
async function pairCard(page, other) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My pairs' }).click();
  await page.getByRole('heading', { name: 'My pairs', level: 1 }).waitFor();
  const name = new RegExp(`^Pair with (${escapeRegExp(other.name)}|${escapeRegExp(other.employee_id)})$`);
  const card = page.getByRole('article', { name });
  await card.waitFor();
  return card;
}

test('a pair accepts, drafts and signs its agreement; a decline stays private; the funnel counts', { timeout: 240_000 }, async () => {
  // The admin publishes the demo programme's proposals (through the API: the board has its own test).
  const admin = await newPage();
  await signIn(admin.page, adminEmail);
  const programmes = (await api(admin.page, 'GET', '/programmes')).items;
  const programme = programmes.find((p) => p.name === PROGRAMME_NAME);
  assert.ok(programme, 'the demo programme exists');
  await api(admin.page, 'POST', `/programmes/${programme.id}/match/runs`);
  const published = await api(admin.page, 'POST', `/programmes/${programme.id}/match/publish`);
  assert.ok(published.pairs_created >= 2, `at least two pairs are proposed (${published.pairs_created})`);
  const pairs = (await api(admin.page, 'GET', `/programmes/${programme.id}/pairs`)).items.filter((p) => p.status === 'proposed');
  const person = (id) => api(admin.page, 'GET', `/people/${encodeURIComponent(id)}`);
  const [pair, other] = pairs;
  const mentee = await person(pair.mentee);
  const mentor = await person(pair.mentor);
  const declining = await person(other.mentee);
  const declined = await person(other.mentor);

  // The mentee accepts: still proposed, waiting for the mentor.
  const menteeSession = await newPage();
  await signIn(menteeSession.page, mentee.email);
  let card = await pairCard(menteeSession.page, mentor);
  await card.getByRole('button', { name: /^Accept pair with / }).click();
  await statusSaying(menteeSession.page, /You accepted/);
  await card.getByText('Accepted by you; waiting for the other person').waitFor();
  await noErrorShown(menteeSession.page);

  // The mentor accepts too, drafts the agreement and signs it.
  const mentorSession = await newPage();
  const mp = mentorSession.page;
  await signIn(mp, mentor.email);
  card = await pairCard(mp, mentee);
  await card.getByRole('button', { name: /^Accept pair with / }).click();
  await statusSaying(mp, /Both of you have accepted/);
  await card.locator('.badge', { hasText: 'Accepted' }).waitFor();
  const form = card.getByRole('form', { name: 'Agreement' });
  await form.getByLabel(/^Goals for the mentee/).fill('Use AI assistants to prepare board papers');
  await form.getByLabel(/^Goals for the mentor/).fill('Present a business case to an executive audience');
  const topics = form.getByRole('group', { name: 'Topics in scope' }).getByRole('checkbox');
  assert.ok((await topics.count()) > 0, 'the programme catalogue is offered');
  if (!(await topics.first().isChecked())) await topics.first().check();
  await form.getByLabel('Meet every (days)').fill('14');
  await form.getByLabel('Confidentiality statement').fill('What we discuss stays between the two of us.');
  await form.getByRole('button', { name: 'Save agreement' }).click();
  await statusSaying(mp, /Saved version 1/);
  await card.getByRole('button', { name: 'Sign version 1' }).click();
  await statusSaying(mp, new RegExp(`Waiting for ${escapeRegExp(mentee.name)} to sign`));
  await screenshot(mp, 'agreement-1-mentor-signed');
  await noErrorShown(mp);
  assert.deepEqual(mentorSession.errors, []);
  await mentorSession.context.close();

  // The mentee reads what the mentor wrote and signs the same version: the pair is active.
  await menteeSession.page.reload();
  card = await pairCard(menteeSession.page, mentor);
  const menteeForm = card.getByRole('form', { name: 'Agreement' });
  assert.equal(await menteeForm.getByLabel(/^Goals for the mentee/).inputValue(), 'Use AI assistants to prepare board papers');
  await card.getByText(new RegExp(`${escapeRegExp(mentor.name)} has signed version 1`)).waitFor();
  await card.getByRole('button', { name: 'Sign version 1' }).click();
  await statusSaying(menteeSession.page, /your pair with .* is active/);
  await card.locator('.badge', { hasText: 'Active' }).waitFor();
  await card.getByText('Present a business case to an executive audience').waitFor();
  await screenshot(menteeSession.page, 'agreement-2-active');
  assert.deepEqual(menteeSession.errors, []);
  await menteeSession.context.close();

  // Another mentee declines their pair, confirming, with a private reason.
  const declinerSession = await newPage();
  await signIn(declinerSession.page, declining.email);
  card = await pairCard(declinerSession.page, declined);
  await card.getByRole('button', { name: /^Decline pair with / }).click();
  const confirm = card.getByRole('form', { name: /^Decline the pair with / });
  await confirm.getByLabel(/Your reason/).fill('We sit on the same project board');
  await confirm.getByRole('button', { name: 'Decline pair' }).click();
  await statusSaying(declinerSession.page, /You declined the pair/);
  await card.locator('.badge', { hasText: 'Declined' }).waitFor();
  assert.equal(await declinerSession.page.getByText('We sit on the same project board').count(), 0);
  assert.deepEqual(declinerSession.errors, []);
  await declinerSession.context.close();

  // The admin's pairs table shows the active pair and the private reason of the declined one.
  const page = admin.page;
  await page.goto(`${baseUrl}/#/programmes/${programme.id}/matching`);
  const table = page.getByRole('table', { name: 'Pairs in this programme' });
  const row = (who) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(escapeRegExp(who.name)) }) });
  await row(mentee).locator('.badge', { hasText: 'Active' }).waitFor();
  await row(mentee).locator('summary', { hasText: 'Agreement' }).click();
  await row(mentee).getByText('Use AI assistants to prepare board papers').waitFor();
  await row(declining).getByText('Private reason: We sit on the same project board').waitFor();

  // The funnel, from the programme's page: its bars carry the API's counts, and the signed pair is at the end.
  await page.goto(`${baseUrl}/#/programmes/${programme.id}`);
  await page.getByRole('link', { name: 'Enrolment funnel' }).click();
  await page.getByRole('heading', { name: `Enrolment funnel: ${PROGRAMME_NAME}`, level: 1 }).waitFor();
  const funnel = await api(page, 'GET', `/programmes/${programme.id}/funnel`);
  for (const side of funnel.sides) {
    const column = page.getByRole('region', { name: side.side === 'mentor' ? 'Mentors' : 'Mentees' });
    for (const step of side.steps) {
      const shown = column.locator(`li[data-step="${step.step}"] .funnel-count`);
      assert.equal(Number((await shown.textContent()).trim()), step.count, `${side.side} ${step.step}`);
    }
    const signed = side.steps.find((s) => s.step === 'agreement_signed');
    assert.ok(signed.count >= 1, `${side.side}s: the signed pair counts`);
  }
  const signedStep = page.getByRole('region', { name: 'Mentees' }).locator('li[data-step="agreement_signed"]');
  await signedStep.locator('summary').click();
  await signedStep.getByText(mentee.name).waitFor();
  await screenshot(page, 'agreement-3-funnel');
  await noErrorShown(page);
  assert.deepEqual(admin.errors, []);
  await admin.context.close();
});
