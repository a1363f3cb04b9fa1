import type { Editor } from '@tiptap/core';
import { useEditor } from '@tiptap/react';
import { useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { agendaItemMinutes } from '../../../shared/model';
import { focusToolbar } from '../../ui/Toolbar';
import { createShortcutRelay, minutesEditorExtensions } from './minutes-extensions';
import { cleanPastedHtml } from './word-paste';

interface MinutesEditorOptions {
  doc: Y.Doc;
  /** Collaborators' carets come from here while the meeting syncs. */
  awareness: Awareness | null;
  itemId: string;
  /** The editor's accessible name: 'Minutes for 1. Welcome and introductions'. */
  label: string;
  editorId: string;
  describedBy: string;
  toolbar: RefObject<HTMLDivElement | null>;
  onMakeAction: (editor: Editor) => void;
  onLink: (editor: Editor) => void;
}

/**
 * One item's rich-text editor, bound to its Y.XmlFragment: every keystroke is a Yjs update
 * that y-indexeddb writes at once, so there is nothing to save and nothing lost on a crash.
 */
export function useMinutesEditor(options: MinutesEditorOptions): Editor {
  const { doc, awareness, itemId, label, editorId, describedBy, toolbar } = options;
  const fragment = useMemo(() => agendaItemMinutes(doc, itemId), [doc, itemId]);
  const [relay] = useState(createShortcutRelay);
  useLayoutEffect(() =>
    relay.update({
      makeAction: options.onMakeAction,
      link: options.onLink,
      focusToolbar: () => focusToolbar(toolbar.current),
    }),
  );
  const extensions = useMemo(
    () => minutesEditorExtensions(fragment, relay.shortcuts, awareness),
    [fragment, relay, awareness],
  );
  return useEditor(
    {
      extensions,
      // The app's CSP allows no inline <style>; minutes.css styles the editor instead.
      injectCSS: false,
      editorProps: {
        attributes: {
          id: editorId,
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          'aria-describedby': describedBy,
          class: 'minutes-editor',
          spellcheck: 'true',
          lang: 'en-GB',
        },
        transformPastedHTML: cleanPastedHtml,
      },
    },
    [extensions, label],
  );
}
