import { shell } from 'electron';
import { fail, ok } from '../../shared/ipc';
import type { IpcHandlers } from '../../shared/ipc';
import { mailtoProblem } from '../../shared/mail/mailto';

/**
 * "Email owners their actions": hands a mailto: link to the person's own mail client. The
 * contract's schema has already checked it; checking again here keeps shell.openExternal,
 * which would open any URL in any program, behind a test in this file too.
 */
export const mailHandlers = {
  'mail:compose': async ({ url }) => {
    const problem = mailtoProblem(url);
    if (problem) return fail('invalid-payload', `The email link ${problem}.`);
    try {
      // Reviewed (electronegativity OPEN_EXTERNAL_JS_CHECK): reached only with a mailto: link
      // to one plain address whose fields are percent-encoded (mailtoProblem, above).
      await shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return fail('unavailable', `No mail program opened the email: ${detail}`);
    }
    return ok({ opened: true as const });
  },
} satisfies Pick<IpcHandlers, 'mail:compose'>;
