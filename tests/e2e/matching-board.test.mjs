// End-to-end test of matching in the web app: an administrator runs, adjusts and publishes matching on the
// demo programme, then a mentee and a mentor of a published pair accept it.
//
// Needs: build/upward (or UPWARD_BIN), the built web app in web/dist (cd web && npm run build),
// and Debian's Chromium (or CHROMIUM_PATH). Run with: cd web && npm run test:e2e
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as harness from './support/harness.mjs';
import { screenshot, statusSaying, noErrorShown, escapeRegExp } from './support/harness.mjs';

const PROGRAMME_NAME = 'Digital Fluency for Leaders';

let baseUrl;
let browser;
let adminEmail;
let password;

harness.useSeededDemo('upward-e2e-matching-', (demo) => ({ baseUrl, browser, adminEmail, password } = demo));

const newPage = () => harness.newPage(browser);
const signIn = (page, email) => harness.signIn(page, baseUrl, email, password);
const escape = escapeRegExp;

/**
 * A participant opens "My pairs" and accepts their proposed pair with `other` (a directory entry: the page
 * names them, or shows their employee id), and returns the pair's card.
 */
async function acceptPair(page, other) {
  const otherName = new RegExp(`(${escape(other.name)}|${escape(other.employee_id)})`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My pairs' }).click();
  await page.getByRole('heading', { name: 'My pairs', level: 1 }).waitFor();
  await page.getByRole('heading', { name: new RegExp(PROGRAMME_NAME), level: 2 }).waitFor();
  const accept = page.getByRole('button', { name: new RegExp(`^Accept pair with ${otherName.source}$`) });
  await accept.click();
  await statusSaying(page, /You accepted/);
  await noErrorShown(page);
  return page.getByRole('article', { name: new RegExp(`^Pair with ${otherName.source}$`) });
}

test('an admin runs, adjusts and publishes matching; the pair accepts it', { timeout: 240_000 }, async () => {
  const admin = await newPage();
  const page = admin.page;
  await signIn(page, adminEmail);

  // Open the demo programme's matching board from its page.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Programmes' }).click();
  await page.getByRole('table', { name: 'Programmes' }).getByRole('link', { name: PROGRAMME_NAME }).click();
  await page.getByRole('heading', { name: PROGRAMME_NAME, level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Matching board' }).click();
  await page.getByRole('heading', { name: `Matching: ${PROGRAMME_NAME}`, level: 1 }).waitFor();
  const programmeId = Number(/#\/programmes\/(\d+)\/matching/.exec(page.url())?.[1]);
  assert.ok(programmeId > 0, `the board's address names the programme: ${page.url()}`);

  // Run matching: a summary and proposals, each with its explanation.
  await page.getByRole('button', { name: 'Run matching' }).click();
  await statusSaying(page, /Matching ran/);
  await noErrorShown(page);
  const summary = page.getByRole('region', { name: 'Latest run' });
  await summary.waitFor();
  const pairCount = Number((await summary.locator('.report-count', { hasText: 'Pairs' }).locator('dd').first().textContent()).trim());
  assert.ok(pairCount > 0, 'the run proposes pairs');
  assert.match(await summary.textContent(), /Unmatched mentees/);

  const proposals = page.getByRole('table', { name: 'Proposals' });
  const rows = proposals.locator('tbody tr');
  assert.equal(await rows.count(), pairCount, 'one row per proposed pair');
  for (let i = 0; i < pairCount; i += 1) {
    const row = rows.nth(i);
    const score = Number((await row.locator('td.numeric').textContent()).trim());
    assert.ok(score > 0 && score <= 100, `a score out of 100: ${score}`);
    const explanation = row.locator('details');
    await explanation.locator('summary', { hasText: 'Why this score' }).click();
    for (const part of ['Topic coverage', 'Availability overlap', 'Time-zone distance', 'Cross-department', 'Preferences']) {
      await explanation.getByText(part, { exact: true }).waitFor();
    }
  }
  await screenshot(page, 'matching-1-proposals');

  // Forbid the first proposal's pair, run again: that pair is no longer proposed.
  const first = rows.first();
  await first.locator('th .cell-sub').waitFor(); // names have come from the directory
  const menteeId = (await first.locator('th .cell-sub').textContent()).trim();
  const mentorId = (await first.locator('td.proposal-mentor .cell-sub').textContent()).trim();
  await first.getByRole('button', { name: /^Forbid / }).click();
  await statusSaying(page, /Forbade/);
  await noErrorShown(page);
  await first.getByText('Forbidden: run matching again').waitFor();
  await page.getByRole('button', { name: 'Run matching' }).click();
  await statusSaying(page, /Matching ran/);
  await noErrorShown(page);
  assert.equal(await proposals.getByText('Forbidden: run matching again').count(), 0, 'a new run starts clean');
  const menteeRow = rows.filter({ has: page.locator('th', { hasText: menteeId }) });
  if ((await menteeRow.count()) > 0) {
    const mentorNow = (await menteeRow.locator('td.proposal-mentor .cell-sub').textContent()).trim();
    assert.notEqual(mentorNow, mentorId, `${menteeId} is no longer proposed with ${mentorId}`);
  } else {
    await page.getByRole('table', { name: 'Unmatched people' }).locator('th', { hasText: menteeId }).waitFor();
  }
  const proposedNow = await rows.count();
  assert.ok(proposedNow > 0, 'the new run still proposes pairs');
  await screenshot(page, 'matching-2-after-forbid');

  // Publish: the proposals become proposed pairs.
  await page.getByRole('button', { name: 'Publish proposals' }).click();
  await page.getByRole('button', { name: 'Yes, publish' }).click();
  await statusSaying(page, new RegExp(`Published ${proposedNow} pair`));
  await noErrorShown(page);
  const pairsTable = page.getByRole('table', { name: 'Pairs in this programme' });
  await pairsTable.waitFor();
  assert.equal(await pairsTable.locator('tbody tr').count(), proposedNow);
  assert.equal(await pairsTable.locator('tbody tr', { hasText: 'Proposed' }).count(), proposedNow);
  await screenshot(page, 'matching-3-published');

  // The mentee and mentor of one published pair, through the API as the signed-in admin.
  const pairsResponse = await page.request.get(`${baseUrl}/api/v1/programmes/${programmeId}/pairs`);
  assert.equal(pairsResponse.status(), 200);
  const pairsBody = await pairsResponse.json();
  const pairList = Array.isArray(pairsBody) ? pairsBody : pairsBody.items;
  const pair = pairList.find((p) => p.status === 'proposed');
  assert.ok(pair, 'a proposed pair exists');
  const person = async (id) => (await page.request.get(`${baseUrl}/api/v1/people/${encodeURIComponent(id)}`)).json();
  const mentee = await person(pair.mentee);
  const mentor = await person(pair.mentor);
  assert.deepEqual(admin.errors, [], 'no uncaught errors in the admin page');
  await admin.context.close();

  // The mentee accepts: accepted by them, waiting for the mentor.
  const menteeSession = await newPage();
  await signIn(menteeSession.page, mentee.email);
  const menteeRowAfter = await acceptPair(menteeSession.page, mentor);
  await menteeRowAfter.getByText('Accepted by you; waiting for the other person').waitFor();
  assert.match(await menteeRowAfter.textContent(), /Proposed/);
  assert.equal(await menteeRowAfter.getByRole('button', { name: /^Accept / }).count(), 0, 'no second Accept');
  await screenshot(menteeSession.page, 'matching-4-mentee-accepted');
  assert.deepEqual(menteeSession.errors, [], 'no uncaught errors in the mentee page');
  await menteeSession.context.close();

  // The mentor accepts too: the pair is accepted, and its agreement comes next (tests/e2e/agreement.test.mjs).
  const mentorSession = await newPage();
  await signIn(mentorSession.page, mentor.email);
  const mentorRowAfter = await acceptPair(mentorSession.page, mentee);
  await statusSaying(mentorSession.page, /Both of you have accepted/);
  await mentorRowAfter.locator('.badge', { hasText: 'Accepted' }).waitFor();
  await mentorRowAfter.getByRole('form', { name: 'Agreement' }).waitFor();
  await screenshot(mentorSession.page, 'matching-5-mentor-accepted');
  assert.deepEqual(mentorSession.errors, [], 'no uncaught errors in the mentor page');
  await mentorSession.context.close();

  // The admin's pairs table shows it accepted.
  const again = await newPage();
  await signIn(again.page, adminEmail);
  await again.page.goto(`${baseUrl}/#/programmes/${programmeId}/matching`);
  const acceptedRow = again.page
    .getByRole('table', { name: 'Pairs in this programme' })
    .getByRole('row')
    .filter({ has: again.page.getByRole('rowheader', { name: mentee.name }) });
  await acceptedRow.locator('.badge', { hasText: 'Accepted' }).waitFor();
  assert.deepEqual(again.errors, [], 'no uncaught errors in the admin page');
  await again.context.close();
});
