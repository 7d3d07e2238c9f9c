// The user's journey through the app, as one function the hosting tests
// (offline, CSP, request log, single file, branding) run end to end.
//
// It drives what exists today: welcome -> "Start quick scan" -> profile ->
// "Back to start" -> welcome. When the questionnaire and results screens land,
// extend this to answer every question and reach the scored results (and
// return what the results show), so each of those tests proves a whole
// assessment, offline, under the CSP and from file://, without changing them.
import assert from 'node:assert/strict';
import {click, findItem, items} from './harness.mjs';

// Runs the journey on an open app page (?test=1). Returns the screens seen, in order.
export async function runJourney(page) {
  const seen = [];
  await findItem(page, 'Start quick scan', 15000);
  seen.push('welcome');

  await click(page, 'Start quick scan');
  await findItem(page, 'Back to start', 10000);
  const labels = (await items(page)).map((it) => it.label);
  assert.ok(!labels.includes('Start quick scan'), 'the quick scan did not leave the welcome screen');
  seen.push('profile');

  await click(page, 'Back to start');
  await findItem(page, 'Start quick scan', 10000);
  seen.push('welcome');
  return seen;
}
