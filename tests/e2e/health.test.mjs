// End-to-end test of the programme health dashboard on the demo: an admin opens it from the programme page and
// sees the funnel, a chart (a canvas) and its table view with figures, the weekly sessions, withheld pulse
// figures worded as such, and records a correction that then appears in the list; the demo sponsor sees the
// same dashboard without the form.
//
// The demo's running programme ("Leading in a Digital World") has sessions, pulses and corrections of its own.
// Where this build's demo does not have it yet (or it has no sessions), the test gives the intake programme's
// active pairs a few weeks of sessions and pulses straight in the test's own SQLite database before the server
// starts, so it checks the same things either way.
//
// Needs: build/upward (or UPWARD_BIN), the built web app (web/dist or UPWARD_WEB_ROOT), sqlite3 and Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as harness from './support/harness.mjs';
import { screenshot, statusSaying, noErrorShown } from './support/harness.mjs';

const RUNNING_NAME = 'Leading in a Digital World';
const INTAKE_NAME = 'Spring Intake: AI and the Future of Work';
const SPONSOR_EMAIL = 'sponsor@demo.upward.example';

let environment;
let baseUrl;
let browser;
let adminEmail;
let password;
let programmeName;

const sql = async (dbPath, statement) => (await harness.run('sqlite3', [dbPath], statement)).stdout.trim();
const quoted = (text) => `'${text.replace(/'/g, "''")}'`;

// Six weeks of sessions for every active pair of the programme: one cancelled by the mentee three weeks ago,
// the rest held, each held one with the mentee's pulse.
async function giveSessions(dbPath, name) {
  const programme = `(SELECT id FROM programmes WHERE name = ${quoted(name)})`;
  await sql(
    dbPath,
    `INSERT INTO session_series (pair_id, time_zone, first_local_start, interval_days, minutes, until_date, uid,
       sequence, status, created_at, updated_at)
     SELECT id, 'UTC', '2026-01-05T10:00', 7, 45, '2099-12-31', 'e2e-health-' || id, 0, 'active', 0, 0
     FROM pairs WHERE programme_id = ${programme} AND status = 'active';
     INSERT INTO session_occurrences (series_id, pair_id, recurrence_start, starts_at, ends_at, status, sequence,
       cancelled_by_side, outcome, updated_at)
     WITH RECURSIVE w(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM w WHERE n < 6)
     SELECT s.id, s.pair_id, CAST(strftime('%s', 'now') AS INTEGER) - w.n * 604800,
       CAST(strftime('%s', 'now') AS INTEGER) - w.n * 604800, CAST(strftime('%s', 'now') AS INTEGER) - w.n * 604800 + 2700,
       CASE WHEN w.n = 3 THEN 'cancelled' ELSE 'scheduled' END, 0, CASE WHEN w.n = 3 THEN 'mentee' END,
       CASE WHEN w.n = 3 THEN 'pending' ELSE 'held' END, 0
     FROM session_series s, w WHERE s.uid LIKE 'e2e-health-%';
     INSERT INTO session_pulses (occurrence_id, side, pair_id, usefulness, comment, submitted_at)
     SELECT o.id, 'mentee', o.pair_id, 3 + o.id % 3, '', o.ends_at FROM session_occurrences o
     JOIN session_series s ON s.id = o.series_id WHERE s.uid LIKE 'e2e-health-%' AND o.outcome = 'held';`,
  );
  const active = Number(await sql(dbPath, `SELECT COUNT(*) FROM session_series WHERE uid LIKE 'e2e-health-%';`));
  assert.ok(active > 0, `the ${name} programme has active pairs to give sessions to`);
}

before(async () => {
  environment = await harness.startEnvironment('upward-e2e-health-', async (dbPath) => {
    [adminEmail, password] = await harness.seedDemo(dbPath);
    const runningSessions = await sql(
      dbPath,
      `SELECT COUNT(*) FROM session_occurrences o JOIN pairs p ON p.id = o.pair_id
       JOIN programmes g ON g.id = p.programme_id WHERE g.name = ${quoted(RUNNING_NAME)};`,
    );
    programmeName = Number(runningSessions) > 0 ? RUNNING_NAME : INTAKE_NAME;
    if (programmeName === INTAKE_NAME) await giveSessions(dbPath, INTAKE_NAME);
  });
  ({ baseUrl, browser } = environment);
});

after(async () => {
  await environment?.stop();
});

const newPage = () => harness.newPage(browser);
const signIn = (page, email) => harness.signIn(page, baseUrl, email, password);

/** The dashboard card (a region named by its heading). */
const card = (page, title) => page.getByRole('region', { name: title, exact: true });

test('the health dashboard shows the funnel, charts with table views, withheld figures and corrections', { timeout: 240_000 }, async () => {
  const admin = await newPage();
  await signIn(admin.page, adminEmail);
  const programmes = await (await admin.page.request.get(`${baseUrl}/api/v1/programmes?limit=100`)).json();
  const programme = programmes.items.find((p) => p.name === programmeName);
  assert.ok(programme, `${programmeName} exists`);
  const health = await (await admin.page.request.get(`${baseUrl}/api/v1/programmes/${programme.id}/health`)).json();

  // From the programme's page to its dashboard.
  await admin.page.goto(`${baseUrl}/#/programmes/${programme.id}`);
  await admin.page.getByRole('link', { name: 'Programme health' }).click();
  await admin.page.getByRole('heading', { name: `Programme health: ${programmeName}`, level: 1 }).waitFor();

  // The funnel: a chart drawn on a canvas, then its table with the API's figures.
  const funnel = card(admin.page, 'Funnel');
  await funnel.locator('canvas').waitFor();
  assert.ok((await admin.page.locator('canvas').count()) >= 5, 'every chart is drawn on a canvas');
  await funnel.getByRole('button', { name: 'Table view' }).click();
  const funnelTable = funnel.getByRole('table', { name: 'People at each step, by side' });
  await funnelTable.waitFor();
  for (const step of health.funnel) {
    const label = { invited: 'Invited', agreement_signed: 'Agreement signed', active: 'Active', completed: 'Completed' }[step.step];
    if (!label) continue;
    const row = funnelTable.getByRole('row', { name: new RegExp(`^${label} `) });
    assert.equal(
      (await row.getByRole('cell').allTextContents()).join(' '),
      `${step.mentors} ${step.mentees} ${step.mentors + step.mentees}`,
      `${label} in the table is what the API says`,
    );
  }
  const active = health.funnel.find((s) => s.step === 'active');
  assert.ok(active.mentors > 0 && active.mentees > 0, 'the programme has active pairs');
  await funnel.getByRole('button', { name: 'Chart view' }).click();
  await funnel.locator('canvas').waitFor();

  // Sessions per week: the table lists the weeks with sessions held.
  const sessions = card(admin.page, 'Sessions held and planned per week');
  await sessions.getByRole('button', { name: 'Table view' }).click();
  const held = health.sessions.filter((w) => w.held > 0);
  assert.ok(held.length > 0, 'some weeks held sessions');
  const week = held[held.length - 1];
  const weekRow = sessions.getByRole('row', { name: new RegExp(`^${week.week} `) });
  assert.equal((await weekRow.getByRole('cell').first().textContent()).trim(), String(week.planned));
  assert.match(await sessions.getByRole('link', { name: 'Download CSV' }).getAttribute('href'), /health\.csv\?element=sessions/);

  // The pulse trend's table: a withheld week says so instead of a number.
  const pulses = card(admin.page, 'Pulse trend');
  await pulses.getByRole('button', { name: 'Table view' }).click();
  const withheldWeeks = health.pulses.weeks.filter((w) => w.mean.withheld);
  if (withheldWeeks.length > 0) {
    await pulses.getByText(`withheld (fewer than ${health.anonymity_k} answers)`).first().waitFor();
  }
  const shownWeeks = health.pulses.weeks.filter((w) => !w.mean.withheld);
  for (const shown of shownWeeks) {
    await pulses.getByRole('row', { name: new RegExp(`^${shown.week} ${shown.mean.value.toFixed(1)} `) }).waitFor();
  }

  // The CSV the card links to is the same figures.
  const csv = await (await admin.page.request.get(`${baseUrl}/api/v1/programmes/${programme.id}/health.csv?element=funnel`)).text();
  assert.match(csv, new RegExp(`^active,${active.mentors},${active.mentees},`, 'm'));

  // Record a correction: it is listed with its before and after figures.
  const corrections = card(admin.page, 'Corrections');
  const before = health.corrections.length;
  const effective = new Date(Date.now() - 14 * 86400_000).toISOString().slice(0, 10);
  await corrections.getByLabel('Effective from').fill(effective);
  await corrections.getByLabel('What changed').fill('Reminders two days ahead instead of one');
  await corrections.getByLabel('Why').fill('Seniors forgot sessions set a day ahead');
  await corrections.getByRole('button', { name: 'Record correction' }).click();
  await statusSaying(admin.page, /Correction recorded/);
  const table = corrections.getByRole('table', { name: 'Corrections with the figures before and after' });
  await table.getByText('Reminders two days ahead instead of one').waitFor();
  await table.getByText(`Before (`).first().waitFor();
  const after = await (await admin.page.request.get(`${baseUrl}/api/v1/programmes/${programme.id}/corrections`)).json();
  assert.equal(after.items.length, before + 1);
  await noErrorShown(admin.page);
  assert.deepEqual(admin.errors, [], 'no script errors');
  await screenshot(admin.page, 'health-admin');

  // The sponsor: the same dashboard, the pairs at risk as a count, no correction form.
  const sponsor = await newPage();
  await signIn(sponsor.page, SPONSOR_EMAIL);
  // The demo sponsor sponsors the running programme; in the fallback (the intake) they may sponsor another one
  // only, and then the API refuses them, which the page says.
  const sponsorRead = await sponsor.page.request.get(`${baseUrl}/api/v1/programmes/${programme.id}/health`);
  await sponsor.page.goto(`${baseUrl}/#/programmes/${programme.id}/health`);
  if (sponsorRead.status() === 403) {
    assert.equal(programmeName, INTAKE_NAME, 'the running programme is readable by its sponsor');
    await sponsor.page.getByRole('alert').filter({ hasText: /sponsor/ }).waitFor();
    return;
  }
  assert.equal(sponsorRead.status(), 200);
  await sponsor.page.getByRole('heading', { name: `Programme health: ${programmeName}`, level: 1 }).waitFor();
  await card(sponsor.page, 'Funnel').locator('canvas').waitFor();
  await card(sponsor.page, 'Pairs at risk').getByText(/at risk\./).waitFor();
  await card(sponsor.page, 'Corrections').getByText('Reminders two days ahead instead of one').waitFor();
  assert.equal(await sponsor.page.getByRole('button', { name: 'Record correction' }).count(), 0);
  await noErrorShown(sponsor.page);
  assert.deepEqual(sponsor.errors, [], 'no script errors');
});
