// End-to-end test of the self-selected and ranked matching modes in the web app: a mentee requests a
// recommended mentor who accepts; members of a ranked programme rank each other and the admin runs matching.
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
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upward-e2e-modes-'));
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


const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
  const row = mentorSection.getByRole('table', { name: /Your pairs in/ }).getByRole('row')
    .filter({ hasText: new RegExp(`${escapeRegExp(mentee.name)}|${escapeRegExp(mentee.employee_id)}`) });
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
