import type { QuorumApi } from '../../shared/ipc';
import type { QuorumLocalDb } from './local-db';
import type { Progress } from './progress';
import { describeStorageError } from './storage-errors';
import { addTemplate } from './templates';

const WORD_TEMPLATES = [{ name: 'Word document or template', extensions: ['docx', 'dotx'] }];

/**
 * Asks for a Word template, checks its placeholders and keeps it on this device. Ends as the
 * progress to show: done, failed with the reason (a file that is not a template, a disk too
 * full to keep up to 50 MB), or idle if the person cancelled. Nothing is half-stored: Dexie's
 * add is one transaction.
 */
export async function importTemplate(
  api: Pick<QuorumApi, 'openFile'>,
  db: QuorumLocalDb,
  onWorking: (progress: Progress) => void = () => undefined,
  now = new Date(),
): Promise<Progress> {
  const opened = await api.openFile({ title: 'Import a Word template', filters: WORD_TEMPLATES });
  if (!opened.ok) {
    return opened.error === 'cancelled' ? { stage: 'idle' } : failed(opened.message);
  }
  const { name, data } = opened.value;
  onWorking({ stage: 'working', text: `Checking ${name}…` });
  const { inspectTemplate } = await import('../../shared/export/template');
  const inspected = await inspectTemplate(data);
  if (!inspected.ok) return failed(`${name} was not imported: ${inspected.message}`);
  const info = inspected.value;
  try {
    await addTemplate(db, {
      name,
      bytes: data,
      importedAt: now.toISOString(),
      placeholders: [...new Set(info.placeholders.map((p) => p.name))],
      unknown: [...new Set(info.unknown.map((p) => p.name))],
      missing: info.missing,
      warnings: info.warnings,
      blocks: info.blocks,
    });
  } catch (error) {
    return failed(`${name} was not imported: ${describeStorageError(error)}`);
  }
  return { stage: 'done', text: `${name} imported.` };
}

function failed(text: string): Progress {
  return { stage: 'failed', text };
}
