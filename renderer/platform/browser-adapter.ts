import { parseSyncServerAddress } from '../../shared/sync/server-address';
import {
  fail,
  MAX_FILE_BYTES,
  ok,
  parseIpcRequest,
  type IpcChannel,
  type IpcRequest,
  type QuorumApi,
  type Result,
} from '../../shared/ipc';
import { joinWorkspace } from '../../shared/sync/join-workspace';
import { postJson } from '../../shared/sync/post-json';

const HOSTING_UNAVAILABLE = 'Hosting runs in the Quorum desktop app.';
const BACKUPS_UNAVAILABLE =
  'Backups are kept by the Quorum desktop app. In a browser, save a workspace file instead.';

/**
 * `window.quorum` for runs outside Electron (tests, `npm run preview`): a download in place of
 * the Save dialog, a file input in place of the Open dialog. It validates requests with the
 * same schemas as main, so a call that works here cannot fail in the desktop app for shape.
 */
export function createBrowserAdapter(doc: Document = document): QuorumApi {
  return {
    async getAppInfo() {
      return ok({ name: 'Quorum', version: __APP_VERSION__, platform: 'web' });
    },

    async saveFile(request) {
      const invalid = validate('file:save', request);
      if (invalid) return invalid;
      const blob = new Blob([request.data as Uint8Array<ArrayBuffer>]);
      const url = URL.createObjectURL(blob);
      const link = doc.createElement('a');
      link.href = url;
      link.download = request.suggestedName;
      link.hidden = true;
      doc.body.append(link);
      link.click();
      link.remove();
      // Revoke later: the download reads the blob after click() returns.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return ok({ location: request.suggestedName });
    },

    async openFile(request) {
      const invalid = validate('file:open', request);
      if (invalid) return invalid;
      const file = await pickFile(
        doc,
        request.filters.flatMap((f) => f.extensions),
      );
      if (!file) return fail('cancelled', 'No file was chosen.');
      if (file.size > MAX_FILE_BYTES) {
        return fail('too-large', `${file.name} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
      }
      return ok({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) });
    },

    async convertToPdf() {
      return fail(
        'unavailable',
        'PDF export runs in the Quorum desktop app, with LibreOffice installed. The Word document can still be saved.',
      );
    },

    async startHosting() {
      return fail('unavailable', HOSTING_UNAVAILABLE);
    },
    async stopHosting() {
      return fail('unavailable', HOSTING_UNAVAILABLE);
    },
    async getHostingStatus() {
      return fail('unavailable', HOSTING_UNAVAILABLE);
    },

    async useSyncServer(request) {
      const invalid = validate('sync:use-server', request);
      if (invalid) return invalid;
      const parsed = parseSyncServerAddress(request.url);
      return parsed.ok
        ? ok({ url: parsed.address.providerUrl })
        : fail('invalid-payload', `The server address ${parsed.problem}.`);
    },

    async joinSyncServer(request) {
      const invalid = validate('sync:join', request);
      if (invalid) return invalid;
      // The page's own CSP (if any) decides whether it may connect; there is nothing to record.
      const result = await joinWorkspace(postJson, request);
      return result.ok ? ok(result.value.joined) : result;
    },

    async showReminder(request) {
      const invalid = validate('reminder:show', request);
      if (invalid) return invalid;
      return fail('unavailable', 'Reminders are shown by the Quorum desktop app.');
    },

    async composeEmail(request) {
      // The same check main makes: only a mailto: link addressed to one plain address.
      const invalid = validate('mail:compose', request);
      if (invalid) return invalid;
      // Following a mailto: link hands it to the mail client; the page stays where it is.
      const link = doc.createElement('a');
      link.href = request.url;
      link.hidden = true;
      doc.body.append(link);
      link.click();
      link.remove();
      return ok({ opened: true as const });
    },

    onReminderClicked() {
      // No notifications in a browser, so never a click.
      return () => {};
    },

    async writeBackup() {
      return fail('unavailable', BACKUPS_UNAVAILABLE);
    },
    async listBackups() {
      return fail('unavailable', BACKUPS_UNAVAILABLE);
    },
    async readBackup() {
      return fail('unavailable', BACKUPS_UNAVAILABLE);
    },
    // A browser tab has no quit to hold: nothing ever asks.
    onFinalBackupRequest() {
      return () => {};
    },
  } satisfies QuorumApi;
}

function validate<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Result<never> | null {
  const parsed = parseIpcRequest(channel, request);
  return parsed.ok ? null : parsed;
}

/** Resolves with the chosen file, or null when the picker is dismissed. */
function pickFile(doc: Document, extensions: string[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = extensions.map((ext) => `.${ext}`).join(',');
    input.hidden = true;
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    doc.body.append(input);
    input.click();
  });
}
