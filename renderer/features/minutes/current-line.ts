import type { EditorState } from '@tiptap/pm/state';

/**
 * What "Make action" and "Mark as open question" act on: the selected text or, with nothing
 * selected, the whole line the cursor is in (its paragraph, heading or list point), because
 * minute-takers capture a line they have just typed without selecting it first.
 */
export function selectedOrCurrentLine(state: EditorState): string {
  const { from, to, empty, $from } = state.selection;
  const text = empty ? $from.parent.textContent : state.doc.textBetween(from, to, ' ', ' ');
  return text.replace(/\s+/g, ' ').trim();
}
