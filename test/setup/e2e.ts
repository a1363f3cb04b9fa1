import { afterEach, expect } from 'vitest';
import { closeLaunchedDevices } from '../e2e/harness/browser';

// After every end-to-end test: close its browsers, remove their profiles, and fail the test
// if a page threw or logged an error, whether or not an assertion looked there.
afterEach(async () => {
  expect(await closeLaunchedDevices()).toEqual([]);
});
