import { Extension, type AnyExtension, type Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import type { Awareness } from 'y-protocols/awareness';
import { collaborationCarets } from './collaboration-carets';
import { PointNumbers } from './point-numbers-decoration';
import StarterKit from '@tiptap/starter-kit';
import type * as Y from 'yjs';
import { isAllowedLinkUrl } from '../../../shared/rules/link-url';

/**
 * Headings inside an item's minutes sit under the item's own h3, so the only level offered is
 * h4: the page keeps a sound heading outline for screen-reader users.
 */
export const MINUTES_HEADING_LEVEL = 4;

/**
 * The schema minutes are written in: paragraphs, one heading level, bulleted and numbered
 * lists (nesting with Tab / Shift+Tab from ListKeymap), bold, italic, links. Nothing else, so
 * every exporter and every device reads the same small set of nodes.
 */
export function minutesSchemaExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      // Collaboration brings Yjs undo, which undoes only this person's own typing.
      undoRedo: false,
      heading: { levels: [MINUTES_HEADING_LEVEL] },
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      // It would write an empty paragraph into the Y document on opening; two devices doing
      // that offline would merge into two blank lines.
      trailingNode: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => isAllowedLinkUrl(url),
        shouldAutoLink: (url) => isAllowedLinkUrl(url),
      },
    }),
  ];
}

export interface MinutesShortcuts {
  makeAction: (editor: Editor) => void;
  link: (editor: Editor) => void;
  focusToolbar: () => void;
}

/**
 * The editor is built once and keeps the shortcut handlers it was given; the relay lets a
 * component hand it fresh ones after every render (update is called from an effect).
 */
export function createShortcutRelay() {
  let current: MinutesShortcuts | null = null;
  const shortcuts: MinutesShortcuts = {
    makeAction: (editor) => current?.makeAction(editor),
    link: (editor) => current?.link(editor),
    focusToolbar: () => current?.focusToolbar(),
  };
  return { shortcuts, update: (next: MinutesShortcuts) => void (current = next) };
}

/**
 * Ctrl/Cmd+Shift+A makes an action, Ctrl/Cmd+K adds a link (as in Word), and Alt+F10 moves to
 * the item's toolbar (as in Word and CKEditor).
 */
const MinutesShortcutKeys = Extension.create<{ shortcuts: MinutesShortcuts | null }>({
  name: 'minutesShortcuts',
  addOptions: () => ({ shortcuts: null }),
  addKeyboardShortcuts() {
    return {
      'Mod-Shift-a': () => {
        this.options.shortcuts?.makeAction(this.editor);
        return true;
      },
      'Mod-k': () => {
        this.options.shortcuts?.link(this.editor);
        return true;
      },
      'Alt-F10': () => {
        this.options.shortcuts?.focusToolbar();
        return true;
      },
    };
  },
});

/** The full editor: the schema above, bound to the item's Y.XmlFragment. */
export function minutesEditorExtensions(
  fragment: Y.XmlFragment,
  shortcuts: MinutesShortcuts,
  /** The meeting's awareness while it syncs: others' carets are shown. */
  awareness: Awareness | null = null,
  /** The item's number now, for its points' numbers ("6.1"). */
  itemNumber: () => number = () => 1,
): AnyExtension[] {
  return [
    ...minutesSchemaExtensions(),
    Collaboration.configure({ fragment }),
    MinutesShortcutKeys.configure({ shortcuts }),
    PointNumbers.configure({ itemNumber }),
    ...(awareness ? [collaborationCarets(awareness)] : []),
  ];
}
