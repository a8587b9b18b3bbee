// End-to-end test of matching in the web app: an administrator runs, adjusts and publishes matching on the
// demo programme, then a mentee and a mentor of a published pair accept it.
//
// Needs: build/upward (or UPWARD_BIN), the built web app in web/dist (cd web && npm run build),
// and Debian's Chromium (or CHROMIUM_PATH). Run with: cd web && npm run test:e2e
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(new URL('../../web/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const upwardBin = process.env.UPWARD_BIN || fileURLToPath(new URL('../../build/upward', import.meta.url));
const webRoot = path.join(repoRoot, 'web', 'dist');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const screenshotDir = process.env.UPWARD_E2E_SCREENSHOTS || null;

const PROGRAMME_NAME = 'Digital Fluency for Leaders';

let tmpDir;
let server;
let baseUrl;
let browser;

/** Runs a command to completion, feeding `input` on stdin; resolves with its output or rejects on failure. */
function run(command, args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve({ stdout, stderr });
      else reject(new Error(`${path.basename(command)} ${args[0]} ${args[1] ?? ''} exited with ${code}: ${stderr || stdout}`));
    });
    child.stdin.end(input);
  });
}

/** Starts the server on a free port and resolves with its base URL once it says it is listening. */
function startServer(dbPath) {
  return new Promise((resolve, reject) => {
    const args = ['serve', '--db', dbPath, '--host', '127.0.0.1', '--port', '0', '--web-root', webRoot];
    const child = spawn(upwardBin, args, {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = child;
    let stdout = '';
    let stderr = '';
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      reject(new Error(`server did not report that it was listening within 30 s\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, 30_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /listening on (http:\/\/[^\s]+)/.exec(stdout);
      if (match && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve(match[1].replace(/\/+$/, ''));
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new Error(`server exited early (${code ?? signal})\nstdout: ${stdout}\nstderr: ${stderr}`));
    });
  });
}

function stopServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killTimer = setTimeout(() => server.kill('SIGKILL'), 10_000);
    server.once('exit', () => {
      clearTimeout(killTimer);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

async function screenshot(page, name) {
  if (screenshotDir) {
    fs.mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
  }
}

let adminEmail;
let password;

before(async () => {
  assert.ok(fs.existsSync(upwardBin), `server binary not found at ${upwardBin}: build it first or set UPWARD_BIN`);
  assert.ok(
    fs.existsSync(path.join(webRoot, 'index.html')),
    'web/dist/index.html not found: run `npm run build` in web/ first',
  );
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upward-e2e-matching-'));
  const dbPath = path.join(tmpDir, 'e2e.db');
  await run(upwardBin, ['demo', '--db', dbPath], '');
  [adminEmail, password] = fs.readFileSync(`${dbPath}.demo-credentials`, 'utf8').split('\n').map((line) => line.trim());
  assert.ok(adminEmail && password, 'the demo wrote its admin email and password');
  baseUrl = await startServer(dbPath);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

after(async () => {
  await browser?.close();
  await stopServer();
  if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
});

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

async function signIn(page, email) {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).waitFor();
}

/** The text of a status region once it says something matching `pattern`. */
async function statusSaying(page, pattern) {
  const status = page.getByRole('status').filter({ hasText: pattern });
  await status.waitFor();
  return (await status.textContent()).trim();
}

async function noErrorShown(page) {
  const alerts = await page.getByRole('alert').allTextContents();
  assert.deepEqual(alerts.map((t) => t.trim()).filter(Boolean), [], 'no error is shown');
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A participant opens "My pairs" and accepts their proposed pair with `other` (a directory entry: the page
 * names them, or shows their employee id), and returns the pair's row.
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
  return page.getByRole('table', { name: /Your pairs in/ }).getByRole('row').filter({ hasText: otherName });
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

  // The mentor accepts too: the pair is active.
  const mentorSession = await newPage();
  await signIn(mentorSession.page, mentor.email);
  const mentorRowAfter = await acceptPair(mentorSession.page, mentee);
  await statusSaying(mentorSession.page, /pair is active/);
  await mentorRowAfter.locator('.badge', { hasText: 'Active' }).waitFor();
  await screenshot(mentorSession.page, 'matching-5-mentor-accepted');
  assert.deepEqual(mentorSession.errors, [], 'no uncaught errors in the mentor page');
  await mentorSession.context.close();

  // The admin's pairs table shows it active.
  const again = await newPage();
  await signIn(again.page, adminEmail);
  await again.page.goto(`${baseUrl}/#/programmes/${programmeId}/matching`);
  const activeRow = again.page
    .getByRole('table', { name: 'Pairs in this programme' })
    .getByRole('row')
    .filter({ has: again.page.getByRole('rowheader', { name: mentee.name }) });
  await activeRow.locator('.badge', { hasText: 'Active' }).waitFor();
  assert.deepEqual(again.errors, [], 'no uncaught errors in the admin page');
  await again.context.close();
});
