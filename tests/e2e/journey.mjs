// A whole assessment, as one function that the hosting tests (offline, CSP,
// request log, single file, branding) run end to end: whatever a person can do
// in the app must work offline, under the policy and from file:// too.
//
// Today: welcome -> "Start quick scan" -> profile -> questions (with the
// catalog's words loaded, core/catalog/catalog_text.h), every
// control's first question answered by keyboard (Y, and N for every fourth;
// Page Down to move on) -> results, with the overall score drawn. Extend it as
// screens are added (roadmap, export), and every one of those tests covers the
// new part without changing.
import assert from 'node:assert/strict';
import {clickScrolled, clickUntil, findItem, pressKeys, state} from './harness.mjs';

// Runs the journey on an open app page (?test=1) showing the welcome screen.
// Returns what it did: the number of questions answered and the document's mode.
export async function runJourney(page) {
  await findItem(page, 'Start quick scan', 15000);
  await clickUntil(page, 'Start quick scan', () => window.cloudgap.keep.where().screen === 'profile');
  await clickScrolled(page, 'Continue to the questions');
  // The catalog's words (objective, guidance) are there, not placeholders: from
  // the site, the worker's cache, or the single file's block.
  await page.waitForFunction(() => window.cloudgap.keep.where().catalog_text === 'complete', null,
                             {timeout: 15000});

  // As a keyboard user in a hurry: answer the first question of each control,
  // Page Down to the next; when a key answers nothing new, that was the last.
  const count = async () => Object.keys((await state(page)).answers || {}).length;
  let answered = 0, finished = false;
  for (let i = 0; i < 120 && !finished; i++) {
    await pressKeys(page, i % 4 === 3 ? 'KeyN' : 'KeyY', 'PageDown');
    const now = await count();
    finished = now === answered;
    answered = now;
  }
  assert.ok(finished, 'the questionnaire never reached its last question');
  const doc = await state(page);
  assert.ok(answered >= 30, `only ${answered} quick questions answered`);

  await clickScrolled(page, 'See the results');
  await findItem(page, 'chart:overall', 10000);  // The score is drawn.
  return {mode: doc.profile.mode, answered};
}

// After a reload mid-way or at the end of the journey: waits until the app is
// drawn again (on whichever screen it resumes) and returns the number of
// answers it still has, which autosave should have kept.
export async function resumeAfterReload(page) {
  await page.waitForFunction(() => window.cloudgap?.test?.frames() >= 3 &&
                             window.cloudgap.test.items().length > 3, null, {timeout: 30000});
  return Object.keys((await state(page)).answers || {}).length;
}
