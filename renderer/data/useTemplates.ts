import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import { useWorkspace } from './WorkspaceProvider';
import { getDefaultTemplate, HOUSE_STYLE, listTemplates, type TemplateSummary } from './templates';

export interface TemplatesState {
  loaded: boolean;
  templates: TemplateSummary[];
  /** A template id, or HOUSE_STYLE. */
  defaultId: string;
}

/** Imported Word templates and this workspace's default, kept current by Dexie's liveQuery. */
export function useTemplates(): TemplatesState {
  const { store } = useWorkspace();
  const [state, setState] = useState<TemplatesState>({
    loaded: false,
    templates: [],
    defaultId: HOUSE_STYLE,
  });
  useEffect(() => {
    const query = liveQuery(async () => ({
      templates: await listTemplates(store.localDb),
      defaultId: await getDefaultTemplate(store.localDb, store.workspaceId),
    }));
    const subscription = query.subscribe({
      next: (value) => setState({ loaded: true, ...value }),
      error: () => setState((s) => ({ ...s, loaded: true })),
    });
    return () => subscription.unsubscribe();
  }, [store]);
  return state;
}
