import type { Editor } from '@tiptap/core';
import { useEditor } from '@tiptap/react';
import { useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { agendaItemMinutes } from '../../../shared/model';
import { focusToolbar } from '../../ui/Toolbar';
import { createShortcutRelay, minutesEditorExtensions } from './minutes-extensions';
import { pointNumbersKey } from './point-numbers-decoration';
import { cleanPastedHtml } from './word-paste';

interface MinutesEditorOptions {
  doc: Y.Doc;
  /** Collaborators' carets come from here while the meeting syncs. */
  awareness: Awareness | null;
  itemId: string;
  /** The item's number in the running order: its points are numbered under it ("6.1"). */
  itemNumber: number;
  /** The editor's accessible name: 'Minutes for 1. Welcome and introductions'. */
  label: string;
  editorId: string;
  describedBy: string;
  toolbar: RefObject<HTMLDivElement | null>;
  onMakeAction: (editor: Editor) => void;
  onLink: (editor: Editor) => void;
}

/** The item's number, kept outside React's render so the editor reads the latest. */
function createNumberRelay(initial: number) {
  let current = initial;
  return { get: () => current, set: (next: number) => void (current = next) };
}

/**
 * One item's rich-text editor, bound to its Y.XmlFragment: every keystroke is a Yjs update
 * that y-indexeddb writes at once, so there is nothing to save and nothing lost on a crash.
 */
export function useMinutesEditor(options: MinutesEditorOptions): Editor {
  const { doc, awareness, itemId, itemNumber, label, editorId, describedBy, toolbar } = options;
  const fragment = useMemo(() => agendaItemMinutes(doc, itemId), [doc, itemId]);
  const [relay] = useState(createShortcutRelay);
  useLayoutEffect(() =>
    relay.update({
      makeAction: options.onMakeAction,
      link: options.onLink,
      focusToolbar: () => focusToolbar(toolbar.current),
    }),
  );
  // Read on each redraw by the point-numbers decoration, so the editor is not rebuilt on a move.
  const [number] = useState(() => createNumberRelay(itemNumber));
  const extensions = useMemo(
    () => minutesEditorExtensions(fragment, relay.shortcuts, awareness, number.get),
    [fragment, relay, awareness, number],
  );
  const editor = useEditor(
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
  useEffect(() => {
    if (number.get() === itemNumber) return;
    number.set(itemNumber);
    // An empty transaction redraws the decorations with the new number.
    if (!editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(pointNumbersKey, null));
  }, [editor, itemNumber, number]);
  return editor;
}
