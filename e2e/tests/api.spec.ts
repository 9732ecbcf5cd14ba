import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';

// The REST API against its own OpenAPI document, on the release build with the demo data:
// schemathesis generates valid and invalid requests for every operation and checks every
// response (no server errors, declared status codes, response schemas, invalid input
// rejected, undeclared methods refused). A fixed seed keeps runs comparable.
test('the REST API keeps its OpenAPI contract (schemathesis)', async ({ baseURL }) => {
  test.setTimeout(300_000);
  const run = spawnSync(
    'python3',
    [
      '-c', 'from schemathesis.cli import schemathesis; schemathesis()',
      'run', `${baseURL}/api/v1/openapi.json`,
      '--url', baseURL!,
      '--checks', 'all',
      '--max-examples', '50',
      '--seed', '2026',
    ],
    { encoding: 'utf8', timeout: 280_000 },
  );
  const output = `${run.stdout}\n${run.stderr}`;
  expect(run.status, output).toBe(0);
  expect(output).toContain('No issues found');
});
