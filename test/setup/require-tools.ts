import { beforeAll } from 'vitest';
import { checkTestTools, type TestTool } from '../../scripts/test-tools';

/**
 * Call first inside a describe whose tests drive these programs: without one, its tests fail
 * with the one line that says what to install. Never skipped: a green run must mean they ran.
 * (`npm test` checks every tool before it starts; this holds for a project run on its own.)
 */
export function requireTestTools(tools: readonly TestTool[]): void {
  beforeAll(() => {
    const missing = checkTestTools(tools);
    if (missing) throw new Error(missing);
  });
}
