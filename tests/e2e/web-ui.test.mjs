// End-to-end test of the web app: a real server, a real browser, the user's path through the UI.
//
// Needs: build/upward (or UPWARD_BIN), the built web app in web/dist (cd web && npm run build),
// and Debian's Chromium (or CHROMIUM_PATH). Run with: cd web && npm run test:e2e
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as harness from './support/harness.mjs';
import { run, screenshot, upwardBin } from './support/harness.mjs';

const ADMIN_EMAIL = 'admin@example.com';
const ADMIN_PASSWORD = 'Correct-Horse-Battery-42';
const ADMIN_NAME = 'Avery Admin';
const PROGRAMME_NAME = 'Digital skills 2025';

const PEOPLE_CSV = [
  'employee_id,name,email,grade,title,department,location,time_zone,manager_id,hire_date',
  'E1001,Margaret Okafor,margaret.okafor@example.com,12,Chief Executive,Executive,London,Europe/London,,2009-03-02',
  'E1002,Henrik Larsen,henrik.larsen@example.com,10,Chief Operating Officer,Operations,Copenhagen,Europe/Copenhagen,E1001,2012-09-17',
  'E1003,Priya Raman,priya.raman@example.com,4,Data Analyst,Finance,London,Europe/London,E1002,2022-01-10',
  'E1004,Tomás Silva,tomas.silva@example.com,3,Software Engineer,Technology,Lisbon,Europe/Lisbon,E1002,2023-06-05',
  'E1005,Grace Mensah,grace.mensah@example.com,2,Marketing Associate,Marketing,New York,America/New_York,E1001,2024-02-19',
  '',
].join('\n');

let environment;
let tmpDir;
let baseUrl;
let browser;

before(async () => {
  environment = await harness.startEnvironment('upward-e2e-', async (dbPath) => {
    await run(upwardBin, ['user', 'add', '--db', dbPath, '--email', ADMIN_EMAIL, '--role', 'admin', '--name', ADMIN_NAME, '--password-stdin'], `${ADMIN_PASSWORD}\n`);
  });
  ({ tmpDir, baseUrl, browser } = environment);
});

after(async () => {
  await environment?.stop();
});

test('an admin signs in, imports people and creates a programme', { timeout: 180_000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  // Sign in: a wrong password first shows the API's error, then the right one gets in.
  await page.goto(`${baseUrl}/`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByLabel('Email').fill(ADMIN_EMAIL);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const signInError = page.getByRole('alert').filter({ hasText: /\S/ });
  await signInError.waitFor();
  assert.ok((await signInError.textContent()).trim().length > 0, 'a failed sign-in shows an error');
  assert.equal(await page.getByLabel('Password').getAttribute('aria-invalid'), 'true');

  await page.getByLabel('Password').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const header = page.getByRole('banner');
  await header.getByRole('button', { name: 'Sign out' }).waitFor();
  const headerText = await header.textContent();
  assert.match(headerText, new RegExp(ADMIN_NAME));
  assert.match(headerText, /Administrator/);
  const nav = page.getByRole('navigation', { name: 'Main' });

  // People: import a CSV through the file input and read the report.
  await nav.getByRole('link', { name: 'People' }).click();
  await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
  const csvPath = path.join(tmpDir, 'people.csv');
  fs.writeFileSync(csvPath, PEOPLE_CSV);
  await page.getByLabel('CSV file').setInputFiles(csvPath);
  await page.getByRole('button', { name: 'Import', exact: true }).click();

  const report = page.getByRole('region', { name: 'Import report' });
  await report.waitFor();
  const countOf = async (label) =>
    (await report.locator('.report-count', { has: page.getByText(label, { exact: true }) }).locator('dd').textContent()).trim();
  assert.equal(await countOf('Rows'), '5');
  assert.equal(await countOf('Inserted'), '5');
  assert.equal(await countOf('Updated'), '0');
  assert.equal(await countOf('Deactivated'), '0');
  assert.match(await report.textContent(), /The import was applied/);
  await screenshot(page, '1-people-imported');

  const peopleTable = page.getByRole('table', { name: 'People in the directory' });
  const personRow = (employeeId) =>
    peopleTable.getByRole('row').filter({ has: page.getByRole('rowheader', { name: employeeId, exact: true }) });
  const henrikRow = personRow('E1002');
  await henrikRow.waitFor();
  assert.equal(await peopleTable.locator('tbody tr').count(), 5);
  const henrik = await henrikRow.textContent();
  for (const text of ['Henrik Larsen', 'Chief Operating Officer', 'Operations', 'Copenhagen', 'Europe/Copenhagen', 'E1001']) {
    assert.ok(henrik.includes(text), `Henrik's row shows ${text}: ${henrik}`);
  }
  const tomas = await personRow('E1004').textContent();
  assert.match(tomas, /Tomás Silva/);
  assert.match(tomas, /E1002/);

  // Search narrows the table.
  await page.getByLabel('Search people').fill('Grace');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'matching “Grace”' }).waitFor();
  assert.equal(await peopleTable.locator('tbody tr').count(), 1);
  assert.match(await peopleTable.locator('tbody tr').first().textContent(), /Grace Mensah/);

  // Programmes: create one from the "Digital skills" template.
  await nav.getByRole('link', { name: 'Programmes' }).click();
  await page.getByRole('heading', { name: 'Programmes', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'New programme' }).click();
  await page.getByRole('heading', { name: 'New programme', level: 1 }).waitFor();
  await page.getByLabel('Start from a template').selectOption({ label: 'Digital skills' });
  assert.match(await page.getByLabel('Topics').inputValue(), /AI tools/);
  assert.match(await page.getByLabel('Purpose').inputValue(), /\S/);
  assert.equal(await page.getByLabel('Matching mode').inputValue(), 'assigned');

  await page.getByLabel('Name', { exact: true }).fill(PROGRAMME_NAME);
  // An end date before the start date: the API's error appears next to "Ends on".
  await page.getByLabel('Starts on').fill('2025-06-30');
  await page.getByLabel('Ends on').fill('2025-01-06');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const endsOn = page.getByLabel('Ends on');
  await page.locator('#programme-ends-on[aria-invalid="true"]').waitFor();
  const describedBy = await endsOn.getAttribute('aria-describedby');
  assert.ok(describedBy, 'the invalid field points at its error message');
  const fieldError = (await page.locator(`[id="${describedBy.split(' ')[0]}"]`).textContent()).trim();
  assert.ok(fieldError.length > 0, 'the field error has text');
  await screenshot(page, '2-programme-field-error');

  await page.getByLabel('Starts on').fill('2025-01-06');
  await page.getByLabel('Ends on').fill('2025-06-30');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  await page.getByRole('heading', { name: 'Programmes', level: 1 }).waitFor();
  const programmeRow = page.getByRole('table', { name: 'Programmes' }).getByRole('row').filter({ hasText: PROGRAMME_NAME });
  await programmeRow.waitFor();
  const rowText = await programmeRow.textContent();
  assert.match(rowText, /Draft/);
  assert.match(rowText, /Assigned by an administrator/);
  assert.match(rowText, /2025/);
  await screenshot(page, '3-programme-listed');

  // Open it, check the saved values came back, and archive it.
  await programmeRow.getByRole('link', { name: PROGRAMME_NAME }).click();
  await page.getByRole('heading', { name: PROGRAMME_NAME, level: 1 }).waitFor();
  assert.equal(await page.getByLabel('Starts on').inputValue(), '2025-01-06');
  assert.equal(await page.getByLabel('Ends on').inputValue(), '2025-06-30');
  assert.match(await page.getByLabel('Topics').inputValue(), /Cyber security habits/);
  await page.getByRole('button', { name: 'Archive' }).click();
  await page.getByRole('button', { name: 'Yes, archive' }).click();
  await page.getByRole('status').filter({ hasText: 'Programme archived.' }).waitFor();
  await page.locator('.badge', { hasText: 'Archived' }).waitFor();

  // Sign out returns to the sign-in page.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();

  assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
  await context.close();
});
