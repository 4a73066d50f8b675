// Runs tests/browser/typecheck.sh (tsc over web/) as part of the browser suite.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO } from './helpers.mjs';

it('the page type-checks', () => {
  const run = spawnSync(path.join(REPO, 'tests/browser/typecheck.sh'), { encoding: 'utf8' });
  assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
});
