// End-to-end test of a programme's outcomes: on a constructed directory (eight participants in two pairs' cells,
// twelve comparable colleagues of whom three left) a sponsor opens the outcomes from the programme page and sees
// both retention rates, the group sizes, the interval and the "too small to conclude" statement, downloads the
// CSV, sees the participants' figure withheld once k rises above their number, and prints the report page
// without the navigation.
//
// Needs: build/upward (or UPWARD_BIN), the built web app (web/dist or UPWARD_WEB_ROOT) and Debian's Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as harness from './support/harness.mjs';
import { screenshot, noErrorShown } from './support/harness.mjs';

const PASSWORD = 'a long e2e password';
const ADMIN = 'admin@outcomes.example';
const SPONSOR = 'sponsor@outcomes.example';

let environment;
let baseUrl;
let browser;
let dbPath;

function directoryCsv() {
  const rows = ['Employee ID,Name,Grade,Department,Hire Date,Leaving Date'];
  for (let i = 1; i <= 4; i += 1) {
    rows.push(`S${i},Senior ${i},8,Sales,2020-01-01,`);
    rows.push(`J${i},Junior ${i},2,Data,2020-01-01,`);
  }
  for (let i = 1; i <= 6; i += 1) {
    rows.push(`C${i},Colleague C${i},2,Data,2020-01-01,${i <= 2 ? '2025-03-01' : ''}`);
    rows.push(`D${i},Colleague D${i},8,Sales,2020-01-01,${i === 1 ? '2025-04-01' : ''}`);
  }
  return `${rows.join('\n')}\n`;
}

before(async () => {
  environment = await harness.startEnvironment('upward-e2e-outcomes-', async (db) => {
    dbPath = db;
    const csv = path.join(path.dirname(db), 'people.csv');
    fs.writeFileSync(csv, directoryCsv());
    await harness.run(harness.upwardBin, ['import', 'people', csv, '--db', db], '');
    await harness.run(harness.upwardBin, ['user', 'add', '--db', db, '--email', ADMIN, '--role', 'admin', '--password-stdin'], `${PASSWORD}\n`);
    await harness.run(harness.upwardBin, ['user', 'add', '--db', db, '--email', SPONSOR, '--role', 'sponsor', '--password-stdin'], `${PASSWORD}\n`);
  });
  ({ baseUrl, browser } = environment);
});

after(async () => {
  await environment?.stop();
});

async function api(page, method, apiPath, data) {
  const response = await page.request.fetch(`${baseUrl}/api/v1${apiPath}`, {
    method,
    data,
    headers: { 'X-CSRF-Token': (await page.context().cookies()).find((c) => c.name === 'upward_csrf')?.value ?? '' },
  });
  assert.ok(response.ok(), `${method} ${apiPath}: ${response.status()} ${await response.text()}`);
  return response.json();
}

/** Pairs that became active are written straight into the table: accepting and signing have their own tests. */
async function activePairs(programmeId) {
  const script = [
    'import sqlite3, sys',
    'db = sqlite3.connect(sys.argv[1], timeout=30)',
    'for i in range(1, 5):',
    "    db.execute(\"INSERT INTO pairs (programme_id, mentee, mentor, status, created_at, updated_at) VALUES (?, ?, ?, 'active', 1, 1)\", (int(sys.argv[2]), 'S%d' % i, 'J%d' % i))",
    'db.commit()',
  ].join('\n');
  await harness.run('python3', ['-c', script, dbPath, String(programmeId)], '');
}

test('a sponsor reads the outcomes, downloads them, sees k withhold and prints the report', { timeout: 180_000 }, async () => {
  const admin = await harness.newPage(browser);
  await harness.signIn(admin.page, baseUrl, ADMIN, PASSWORD);
  const programme = await api(admin.page, 'POST', '/programmes', {
    name: 'Retention Check',
    starts_on: '2025-01-01',
    ends_on: '2025-06-30',
    anonymity_k: 3,
  });
  await activePairs(programme.id);

  const { page, errors } = await harness.newPage(browser);
  await harness.signIn(page, baseUrl, SPONSOR, PASSWORD);
  await page.goto(`${baseUrl}/#/programmes/${programme.id}`);
  await page.getByRole('link', { name: 'Outcomes', exact: true }).click();
  await page.getByRole('heading', { name: 'Outcomes: Retention Check', level: 1 }).waitFor();

  // Participants 8 of 8 stayed; the comparison group 9 of 12 (three left before 2025-06-30).
  const table = page.getByRole('table').filter({ hasText: 'Comparison group' });
  const participants = table.getByRole('row', { name: /^Participants/ });
  assert.deepEqual(
    (await participants.getByRole('cell').allTextContents()).map((t) => t.trim()),
    ['8', '8', '0', '100.0%'],
  );
  const comparison = table.getByRole('row', { name: /^Comparison group/ });
  assert.deepEqual(
    (await comparison.getByRole('cell').allTextContents()).map((t) => t.trim()),
    ['12', '9', '3', '75.0%'],
  );
  assert.equal((await page.getByTestId('retention-difference').textContent()).trim(), '+25.0 points');
  assert.match(await page.getByTestId('retention-ci').textContent(), /points to \+?\d+\.\d points/);
  assert.match(await page.getByTestId('retention-statement').textContent(), /too small to conclude anything/);
  await page.getByText('Newcombe hybrid score interval (95%)').waitFor();
  await noErrorShown(page);
  await screenshot(page, 'outcomes');

  // The retention CSV has the same figures.
  const link = page.getByRole('link', { name: 'Download retention (CSV)' });
  const href = await link.getAttribute('href');
  assert.match(href, /outcomes\.csv\?section=retention$/);
  const csv = await (await page.request.get(`${baseUrl}${href}`)).text();
  assert.match(csv, /retention,participants,retention_rate,1\.000,8,/);
  assert.match(csv, /retention,comparison,retention_rate,0\.750,12,/);
  assert.doesNotMatch(csv, /mentor_growth,/);

  // With k above the participants' number their figure is withheld, on the page and in the CSV.
  await api(admin.page, 'PATCH', `/programmes/${programme.id}`, { anonymity_k: 9 });
  await page.reload();
  await page.getByRole('heading', { name: 'Outcomes: Retention Check', level: 1 }).waitFor();
  const withheld = page.getByRole('table').filter({ hasText: 'Comparison group' }).getByRole('row', { name: /^Participants/ });
  await withheld.getByText('Withheld').waitFor();
  assert.match(await withheld.textContent(), /fewer than 9 people/);
  assert.equal((await page.getByTestId('retention-difference').textContent()).trim(), 'Withheld with the groups');
  const csvWithheld = await (await page.request.get(`${baseUrl}${href}`)).text();
  assert.match(csvWithheld, /retention,participants,retention_rate,,8,fewer than 9 people/);
  assert.doesNotMatch(csvWithheld, /1\.000/);

  // The printable report: the outcomes, the health figures or why they are missing, and no navigation in print.
  await page.getByRole('link', { name: 'Printable report' }).click();
  await page.getByRole('heading', { name: 'Programme report: Retention Check', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Programme health', level: 2 }).waitFor();
  await page.getByRole('heading', { name: 'Retention', level: 2 }).waitFor();
  await page.getByRole('heading', { name: 'Programme health', level: 2 }).locator('xpath=..').locator('p, h3').first().waitFor();
  assert.ok(await page.getByRole('banner').isVisible(), 'the navigation shows on screen');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('banner').isVisible(), false, 'printing hides the navigation');
  assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false, 'and the buttons');
  assert.equal(await page.getByRole('link', { name: 'Download retention (CSV)' }).isVisible(), false, 'and the downloads');
  await screenshot(page, 'outcomes-report-print');
  assert.deepEqual(errors, []);
});
