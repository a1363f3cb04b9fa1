import { useCallback, useEffect, useState } from 'react';
import { useWorkspace } from './WorkspaceProvider';
import {
  removeTemplate,
  setDefaultTemplate,
  setKindTemplate,
  TEMPLATES_LOADING,
  watchTemplates,
  type TemplateKind,
  type TemplatesState,
} from './templates';

export type { TemplatesState } from './templates';

/**
 * Imported Word templates and this workspace's default, kept current by Dexie's liveQuery,
 * with the changes Settings makes to them. A failure to read or change them is in `error`.
 */
export function useTemplates(): TemplatesState & {
  setDefault(id: string): void;
  setForKind(kind: TemplateKind, id: string): void;
  remove(id: string): void;
} {
  const { store } = useWorkspace();
  const [state, setState] = useState<TemplatesState>(TEMPLATES_LOADING);
  const [changeError, setChangeError] = useState<string | null>(null);
  useEffect(() => watchTemplates(store.localDb, store.workspaceId, setState), [store]);
  const report = useCallback(
    (what: string) => (error: unknown) =>
      setChangeError(`${what} ${error instanceof Error ? error.message : String(error)}`),
    [],
  );
  const setDefault = useCallback(
    (id: string) => {
      setChangeError(null);
      setDefaultTemplate(store.localDb, store.workspaceId, id).catch(
        report('The default style could not be saved:'),
      );
    },
    [store, report],
  );
  const setForKind = useCallback(
    (kind: TemplateKind, id: string) => {
      setChangeError(null);
      setKindTemplate(store.localDb, store.workspaceId, kind, id).catch(
        report('The template for that document could not be saved:'),
      );
    },
    [store, report],
  );
  const remove = useCallback(
    (id: string) => {
      setChangeError(null);
      removeTemplate(store.localDb, id).catch(report('The template could not be removed:'));
    },
    [store, report],
  );
  return { ...state, error: state.error ?? changeError, setDefault, setForKind, remove };
}
