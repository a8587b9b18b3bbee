// End-to-end test of the self-selected and ranked matching modes in the web app: a mentee requests a
// recommended mentor who accepts; members of a ranked programme rank each other and the admin runs matching.
//
// Needs: build/upward (or UPWARD_BIN), the built web app in web/dist (cd web && npm run build),
// and Debian's Chromium (or CHROMIUM_PATH). Run with: cd web && npm run test:e2e
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as harness from './support/harness.mjs';
import { statusSaying, noErrorShown, escapeRegExp } from './support/harness.mjs';

const PROGRAMME_NAME = 'Digital Fluency for Leaders';

let baseUrl;
let browser;
let adminEmail;
let password;

harness.useSeededDemo('upward-e2e-modes-', (demo) => ({ baseUrl, browser, adminEmail, password } = demo));

const newPage = () => harness.newPage(browser);
const signIn = (page, email) => harness.signIn(page, baseUrl, email, password);

const SELF_SELECTED = 'Generational Perspective Circle';
const RANKED = 'Innovation Exchange';

/** As the signed-in page's user, GETs an API path and returns its JSON body. */
async function getJson(page, apiPath) {
  const response = await page.request.get(`${baseUrl}/api/v1${apiPath}`);
  assert.equal(response.status(), 200, `GET ${apiPath}`);
  return response.json();
}

/** The programme's id and its members' profiles and directory entries, as the admin sees them. */
async function programmeMembers(adminPage, name) {
  const programmes = await getJson(adminPage, '/programmes?limit=50');
  const programme = programmes.items.find((p) => p.name === name);
  assert.ok(programme, `the demo has ${name}`);
  const profiles = (await getJson(adminPage, `/programmes/${programme.id}/profiles`)).items;
  const people = [];
  for (const profile of profiles) {
    people.push({ ...(await getJson(adminPage, `/people/${encodeURIComponent(profile.employee_id)}`)), side: profile.side });
  }
  return { id: programme.id, mentees: people.filter((p) => p.side === 'mentee'), mentors: people.filter((p) => p.side === 'mentor') };
}

/** The participant's section for one programme on "My pairs". */
async function openProgramme(page, name) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My pairs' }).click();
  await page.getByRole('heading', { name: 'My pairs', level: 1 }).waitFor();
  const section = page.locator('section.my-programme', { has: page.getByRole('heading', { name: new RegExp(name), level: 2 }) });
  await section.waitFor();
  return section;
}

let adminSession;
let selfSelected;
let ranked;

test('the demo has a self-selected and a ranked programme with members', { timeout: 60_000 }, async () => {
  adminSession = await newPage();
  await signIn(adminSession.page, adminEmail);
  selfSelected = await programmeMembers(adminSession.page, SELF_SELECTED);
  ranked = await programmeMembers(adminSession.page, RANKED);
  for (const programme of [selfSelected, ranked]) {
    assert.ok(programme.mentees.length >= 2 && programme.mentors.length >= 2, 'mentees and mentors have profiles');
  }
});

test('self-selected: a mentee requests a recommended mentor, who accepts', { timeout: 120_000 }, async () => {
  const mentee = selfSelected.mentees[0];
  const menteeSession = await newPage();
  const page = menteeSession.page;
  await signIn(page, mentee.email);
  const section = await openProgramme(page, SELF_SELECTED);
  await section.getByRole('heading', { name: 'Recommended mentors' }).waitFor();
  const first = section.locator('li.recommendation').first();
  await first.waitFor();
  const mentorName = (await first.locator('h4').textContent()).trim();
  const mentor = selfSelected.mentors.find((m) => m.name === mentorName || m.employee_id === mentorName);
  assert.ok(mentor, `the recommended mentor ${mentorName} is a mentor of the programme`);
  await first.locator('summary', { hasText: 'Why this mentor' }).click();
  await first.getByText('Topic coverage', { exact: true }).waitFor();
  await first.getByRole('button', { name: `Request ${mentorName}` }).click();
  assert.match(await statusSaying(page, /You asked/), new RegExp(escapeRegExp(mentorName)));
  await noErrorShown(page);
  await first.getByRole('button', { name: `Requested ${mentorName}` }).waitFor();
  assert.deepEqual(menteeSession.errors, []);
  await menteeSession.context.close();

  const mentorSession = await newPage();
  await signIn(mentorSession.page, mentor.email);
  const mentorSection = await openProgramme(mentorSession.page, SELF_SELECTED);
  await mentorSection.getByRole('button', {
    name: new RegExp(`^Accept request from (${escapeRegExp(mentee.name)}|${escapeRegExp(mentee.employee_id)})$`),
  }).click();
  await statusSaying(mentorSession.page, /You accepted/);
  await noErrorShown(mentorSession.page);
  const row = mentorSection.getByRole('article', {
    name: new RegExp(`^Pair with (${escapeRegExp(mentee.name)}|${escapeRegExp(mentee.employee_id)})$`),
  });
  await row.waitFor();
  assert.match(await row.textContent(), /Proposed/);
  assert.deepEqual(mentorSession.errors, []);
  await mentorSession.context.close();

  const pairs = (await getJson(adminSession.page, `/programmes/${selfSelected.id}/pairs`)).items;
  assert.ok(
    pairs.some((p) => p.mentee === mentee.employee_id && p.mentor === mentor.employee_id && p.status === 'proposed'),
    'the admin sees the proposed pair',
  );
});

/** A member signs in and ranks `others` through "Rank your matches", entered in the given order then reordered. */
async function rankThroughUi(member, others) {
  const session = await newPage();
  const page = session.page;
  await signIn(page, member.email);
  const section = await openProgramme(page, RANKED);
  const panel = section.getByRole('region', { name: 'Rank your matches' });
  // The people the member may rank are listed by name, each with the score of the pair.
  const candidates = panel.getByRole('table', { name: 'People you may rank' }).locator('tbody tr');
  await candidates.first().waitFor();
  assert.ok((await candidates.count()) >= 1);
  await panel.getByLabel(/Employee IDs of/).fill([...others].reverse().map((o) => o.employee_id).join('\n'));
  await panel.getByRole('button', { name: 'Add to ranking' }).click();
  const list = panel.getByRole('list', { name: 'Your ranking' });
  // Entered worst first: move the best to the top with the keyboard, then put the rest in order.
  const best = others[0].employee_id;
  for (let i = others.length - 1; i > 0; i -= 1) {
    await panel.getByRole('button', { name: `Move ${best} up` }).focus();
    await page.keyboard.press('Enter');
  }
  await assert.rejects(panel.getByRole('button', { name: `Move ${best} up` }).click({ timeout: 500, trial: true }));
  const wanted = others.map((o) => o.employee_id);
  for (let place = 1; place < wanted.length; place += 1) {
    let items = (await list.locator('.ranking-id').allTextContents()).map((t) => t.trim());
    while (items.indexOf(wanted[place]) > place) {
      await panel.getByRole('button', { name: `Move ${wanted[place]} up` }).click();
      items = (await list.locator('.ranking-id').allTextContents()).map((t) => t.trim());
    }
  }
  assert.deepEqual((await list.locator('.ranking-id').allTextContents()).map((t) => t.trim()), wanted);
  await panel.getByRole('button', { name: 'Save ranking' }).click();
  await statusSaying(page, new RegExp(`Your ranking of ${wanted.length} people is saved`));
  await noErrorShown(page);
  assert.deepEqual(session.errors, []);
  await session.context.close();
}

test('ranked: members rank each other in the UI, the admin runs a stable matching', { timeout: 180_000 }, async () => {
  for (const mentee of ranked.mentees) await rankThroughUi(mentee, ranked.mentors);
  for (const mentor of ranked.mentors) await rankThroughUi(mentor, ranked.mentees);

  // A wrong id is refused with a message in the error region.
  const session = await newPage();
  await signIn(session.page, ranked.mentees[0].email);
  const panel = (await openProgramme(session.page, RANKED)).getByRole('region', { name: 'Rank your matches' });
  await panel.getByLabel(/Employee IDs of/).fill(ranked.mentees[1].employee_id);
  await panel.getByRole('button', { name: 'Add to ranking' }).click();
  await panel.getByRole('button', { name: 'Save ranking' }).click();
  await panel.getByRole('alert').filter({ hasText: /The ranking was not saved/ }).waitFor();
  await session.context.close();

  const page = adminSession.page;
  await page.goto(`${baseUrl}/#/programmes/${ranked.id}/matching`);
  await page.getByRole('heading', { name: `Matching: ${RANKED}`, level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Run matching' }).click();
  await statusSaying(page, /Matching ran/);
  await noErrorShown(page);
  const rows = page.getByRole('table', { name: 'Proposals' }).locator('tbody tr');
  await rows.first().waitFor();
  const count = await rows.count();
  assert.ok(count > 0 && count <= ranked.mentees.length, `stable proposals: ${count}`);
  // Stable: every proposal pairs a mentee and a mentor of the ranked programme, each at most once.
  const run = await getJson(page, `/programmes/${ranked.id}/match/runs/latest`);
  const proposals = run.proposals ?? run.items ?? [];
  assert.equal(proposals.length, count);
  const menteeIds = new Set(ranked.mentees.map((m) => m.employee_id));
  const mentorIds = new Set(ranked.mentors.map((m) => m.employee_id));
  assert.ok(proposals.every((p) => menteeIds.has(p.mentee) && mentorIds.has(p.mentor)));
  assert.equal(new Set(proposals.map((p) => p.mentee)).size, count);
  assert.deepEqual(adminSession.errors, []);
  await adminSession.context.close();
});
