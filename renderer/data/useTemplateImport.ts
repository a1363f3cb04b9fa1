import { useCallback, useState } from 'react';
import { quorumApi } from '../platform/quorum-api';
import { errorText, IDLE, type Progress } from './progress';
import { importTemplate } from './template-import';
import { useWorkspace } from './WorkspaceProvider';

/** Settings → Word templates: import one, and how that went. */
export function useTemplateImport(): { progress: Progress; importTemplate: () => Promise<void> } {
  const { store } = useWorkspace();
  const [progress, setProgress] = useState<Progress>(IDLE);
  const run = useCallback(async () => {
    setProgress(IDLE);
    setProgress(
      await importTemplate(quorumApi, store.localDb, setProgress).catch(
        (error: unknown): Progress => ({ stage: 'failed', text: errorText(error) }),
      ),
    );
  }, [store]);
  return { progress, importTemplate: run };
}
