// The shared harness of the end-to-end tests: the real `upward` binary on a free port with a fresh database,
// Debian's Chromium through playwright-core (never a downloaded browser), and the steps every test repeats.
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(new URL('../../../web/package.json', import.meta.url));
const { chromium } = require('playwright-core');

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const upwardBin = process.env.UPWARD_BIN || fileURLToPath(new URL('../../../build/upward', import.meta.url));
const webRoot = process.env.UPWARD_WEB_ROOT || path.join(repoRoot, 'web', 'dist');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const screenshotDir = process.env.UPWARD_E2E_SCREENSHOTS || null;

let server;
/** Runs a command to completion, feeding `input` on stdin; resolves with its output or rejects on failure. */
export function run(command, args, input) {
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

export async function screenshot(page, name) {
  if (screenshotDir) {
    fs.mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
  }
}

/**
 * A temporary folder with a database that `prepare(dbPath)` fills, the server on it and a browser.
 * Resolves with { tmpDir, dbPath, baseUrl, browser, stop }.
 */
export async function startEnvironment(prefix, prepare) {
  assert.ok(fs.existsSync(upwardBin), `server binary not found at ${upwardBin}: build it first or set UPWARD_BIN`);
  assert.ok(
    fs.existsSync(path.join(webRoot, 'index.html')),
    'web/dist/index.html not found: run `npm run build` in web/ first',
  );
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const dbPath = path.join(tmpDir, 'e2e.db');
  await prepare(dbPath);
  const baseUrl = await startServer(dbPath);
  const browser = await chromium.launch({
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
  const stop = async () => {
    await browser?.close();
    await stopServer();
    fs.rmSync(tmpDir, { recursive: true, force: true });
  };
  return { tmpDir, dbPath, baseUrl, browser, stop };
}

/** Seeds the demo into `dbPath` and returns the demo accounts' [admin email, shared password]. */
export async function seedDemo(dbPath) {
  await run(upwardBin, ['demo', '--db', dbPath], '');
  const [email, password] = fs.readFileSync(`${dbPath}.demo-credentials`, 'utf8').split('\n').map((line) => line.trim());
  assert.ok(email && password, 'the demo wrote its admin email and password');
  return [email, password];
}

/**
 * The set-up most tests share: before them, a server on a freshly seeded demo database and a browser; after them,
 * both stopped. `receive({ baseUrl, browser, adminEmail, password, environment })` is called once it is ready.
 */
export function useSeededDemo(prefix, receive) {
  let environment;
  before(async () => {
    let credentials = [];
    environment = await startEnvironment(prefix, async (dbPath) => {
      credentials = await seedDemo(dbPath);
    });
    const [adminEmail, password] = credentials;
    receive({ baseUrl: environment.baseUrl, browser: environment.browser, adminEmail, password, environment });
  });
  after(async () => {
    await environment?.stop();
  });
}

export async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

export async function signIn(page, baseUrl, email, password) {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).waitFor();
}

/** The text of a status region once it says something matching `pattern`. */
export async function statusSaying(page, pattern) {
  const status = page.getByRole('status').filter({ hasText: pattern });
  await status.waitFor();
  return (await status.textContent()).trim();
}

export async function noErrorShown(page) {
  const alerts = await page.getByRole('alert').allTextContents();
  assert.deepEqual(alerts.map((t) => t.trim()).filter(Boolean), [], 'no error is shown');
}

export const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
