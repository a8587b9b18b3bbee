// End-to-end test of training in the web app: an admin edits a module (with a server-rendered preview),
// and a mentor fails a module's quiz, retries it and passes, and sees the module as passed.
//
// Needs: build/upward (or UPWARD_BIN), the built web app in web/dist (or UPWARD_WEB_ROOT),
// and Debian's Chromium (or CHROMIUM_PATH).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as harness from './support/harness.mjs';
import { statusSaying, screenshot } from './support/harness.mjs';

const PROGRAMME_NAME = 'Digital Fluency for Leaders';
const PATIENCE = "Patience: teaching at the learner's pace";

let baseUrl;
let browser;
let adminEmail;
let password;
let admin;
let programme;

harness.useSeededDemo('upward-e2e-training-', (demo) => ({ baseUrl, browser, adminEmail, password } = demo));

/** As the signed-in page's user, GETs an API path and returns its JSON body. */
async function getJson(page, apiPath) {
  const response = await page.request.get(`${baseUrl}/api/v1${apiPath}`);
  assert.equal(response.status(), 200, `GET ${apiPath}`);
  return response.json();
}

/** Opens a programme's training page through the navigation, as a person would. */
async function openTraining(page, heading) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Training' }).click();
  await page.getByRole('heading', { name: 'Training', level: 1 }).waitFor();
  await page.getByRole('link', { name: PROGRAMME_NAME }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

test('an admin edits a module, previewing the Markdown as the server renders it', { timeout: 120_000 }, async () => {
  admin = await harness.newPage(browser);
  const { page, errors } = admin;
  await harness.signIn(page, baseUrl, adminEmail, password);
  const programmes = await getJson(page, '/programmes?limit=50');
  programme = programmes.items.find((p) => p.name === PROGRAMME_NAME);
  assert.ok(programme, `the demo has ${PROGRAMME_NAME}`);

  await openTraining(page, `Training: ${PROGRAMME_NAME}`);
  const mentorSection = page.getByRole('region', { name: 'Mentor modules' });
  await mentorSection.getByRole('row', { name: /Teaching by example/ }).waitFor();
  await mentorSection.getByRole('button', { name: 'Edit “Teaching by example”' }).click();

  const editor = page.getByRole('form', { name: 'Edit “Teaching by example”' });
  await editor.getByLabel('Title').fill('Teaching by example, every session');
  const markdown = editor.getByLabel('Text (Markdown)');
  await markdown.fill(`${await markdown.inputValue()}\n\nA **checklist** for each session. <script>window.injected = 1</script>\n`);
  await editor.getByRole('button', { name: 'Preview' }).click();
  const preview = editor.getByRole('region', { name: 'Preview' });
  await preview.locator('strong', { hasText: 'checklist' }).waitFor();
  assert.equal(await preview.locator('script').count(), 0, 'the preview carries no script');
  await editor.getByLabel('Pass mark (%)').fill('67');
  await editor.getByRole('button', { name: 'Save module' }).click();

  await statusSaying(page, /“Teaching by example, every session” saved/);
  await mentorSection.getByRole('row', { name: /Teaching by example, every session/ }).waitFor();
  await screenshot(page, 'training-admin');
  const saved = (await getJson(page, `/programmes/${programme.id}/training/modules?role=mentor`)).items.find((m) =>
    m.title.startsWith('Teaching by example'),
  );
  assert.equal(saved.title, 'Teaching by example, every session');
  assert.equal(saved.pass_mark, 67);
  assert.match(saved.body_markdown, /A \*\*checklist\*\* for each session/);
  assert.doesNotMatch(saved.html, /<script/);
  assert.deepEqual(errors, []);
});

test('a mentor fails a quiz, retries and passes, and the module shows as passed', { timeout: 120_000 }, async () => {
  const progress = await getJson(admin.page, `/programmes/${programme.id}/training/progress`);
  const mentor = progress.participants.find((p) => p.role === 'mentor' && p.passed === 0);
  assert.ok(mentor, 'the demo programme has a mentor who has not started training');
  const patience = (await getJson(admin.page, `/programmes/${programme.id}/training/modules?role=mentor`)).items.find(
    (m) => m.title === PATIENCE,
  );
  const right = patience.quiz.map((q) => q.options[q.answer]);
  const wrong = patience.quiz.map((q) => q.options[(q.answer + 1) % q.options.length]);

  const { page, errors } = await harness.newPage(browser);
  await harness.signIn(page, baseUrl, mentor.email, password);
  await openTraining(page, `Training: ${PROGRAMME_NAME}`);
  const row = page.getByRole('row', { name: new RegExp(PATIENCE) });
  await row.getByText('Not started').waitFor();
  await row.getByRole('button', { name: PATIENCE }).click();
  await page.getByRole('heading', { name: PATIENCE, level: 2 }).waitFor();
  await page.locator('.training-content strong', { hasText: 'patience' }).first().waitFor();

  const answer = async (choices) => {
    for (const [index, question] of patience.quiz.entries()) {
      await page.getByRole('group', { name: question.question }).getByRole('radio', { name: choices[index], exact: true }).check();
    }
    await page.getByRole('button', { name: 'Submit answers' }).click();
  };

  // Two of four wrong: 50% is below the 75% pass mark; the questions are named, the right answers are not.
  await answer([right[0], wrong[1], right[2], wrong[3]]);
  const failed = await statusSaying(page, /Not passed yet/);
  assert.match(failed, /you scored 50% and the pass mark is 75%/);
  assert.match(failed, /Questions 2 and 4 were not right/);
  await page.getByText('Your last answer to this question was not right.').first().waitFor();
  await screenshot(page, 'training-failed');

  await page.getByRole('button', { name: 'Try again' }).click();
  await answer(right);
  const passed = await statusSaying(page, /Passed: you scored 100%/);
  assert.match(passed, /the pass mark is 75%/);
  await page.getByRole('button', { name: 'Back to all modules' }).click();
  const passedRow = page.getByRole('row', { name: new RegExp(PATIENCE) });
  await passedRow.getByText('Passed', { exact: true }).waitFor();
  assert.equal((await passedRow.getByRole('cell').nth(1).textContent()).trim(), '100%');
  await screenshot(page, 'training-passed');

  const attempts = await getJson(page, `/programmes/${programme.id}/training/modules/${patience.id}/attempts`);
  assert.deepEqual(
    attempts.items.map((a) => [a.score, a.passed]),
    [
      [100, true],
      [50, false],
    ],
  );
  const after = await getJson(admin.page, `/programmes/${programme.id}/training/progress`);
  const row2 = after.participants.find((p) => p.user_id === mentor.user_id);
  assert.equal(row2.modules.find((c) => c.module_id === patience.id).status, 'passed');
  assert.deepEqual(errors, []);
});
