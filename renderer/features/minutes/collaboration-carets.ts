import { Extension } from '@tiptap/core';
import { yCursorPlugin } from '@tiptap/y-tiptap';
import type { Awareness } from 'y-protocols/awareness';

/**
 * Collaborators' carets and selections in the minutes, each labelled with the person's name
 * in their colour, from the meeting document's awareness (renderer/data/sync). Every item's
 * editor shares the one awareness `cursor` field; y-tiptap shows a caret only in the editor
 * whose fragment it points into.
 *
 * Built with element.style rather than y-tiptap's default builders, which write `style`
 * attributes that the app's Content-Security-Policy (no inline styles) refuses.
 */
export function collaborationCarets(awareness: Awareness) {
  return Extension.create({
    name: 'collaborationCarets',
    addProseMirrorPlugins() {
      return [yCursorPlugin(awareness, { cursorBuilder: caret, selectionBuilder: selection })];
    },
  });
}

function caret(user: { name?: unknown; color?: unknown }): HTMLElement {
  const name = typeof user.name === 'string' && user.name ? user.name : 'Someone';
  const color = typeof user.color === 'string' ? user.color : '#505a5f';
  const caretElement = document.createElement('span');
  caretElement.className = 'remote-caret';
  caretElement.style.borderColor = color;
  const label = document.createElement('span');
  label.className = 'remote-caret-label';
  label.style.backgroundColor = color;
  label.textContent = name;
  // The label is for sighted collaborators; screen readers would read it into the text.
  caretElement.setAttribute('aria-hidden', 'true');
  caretElement.append('\u2060', label, '\u2060');
  return caretElement;
}

function selection() {
  return { class: 'remote-selection' };
}
