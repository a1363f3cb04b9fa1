/**
 * `npm test`'s first step: stops at once, in one line, if a program the tests drive is not
 * installed (scripts/test-tools.ts). `npm run lint` and `npm run test:unit` do not run it.
 */
import { ALL_TEST_TOOLS, stopUnlessInstalled } from './test-tools';

stopUnlessInstalled(ALL_TEST_TOOLS);
