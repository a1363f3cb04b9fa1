/**
 * A search hit's paragraph in an item's minutes, found in the item's editor, scrolled into
 * view and marked with the CSS Custom Highlight API. The mark is drawn over the text without
 * touching the editor's DOM, which ProseMirror owns and would otherwise redraw or record.
 */
export const LINKED_PARAGRAPH_HIGHLIGHT = 'linked-paragraph';

// What shared/model/minutes-text.ts counts as one block: a paragraph or heading with text.
const TEXT_BLOCKS = 'p, h1, h2, h3, h4, h5, h6';
// The editor's content can render a frame or two after the item's heading.
const ATTEMPTS = 30;

function paragraphIn(heading: HTMLElement, n: number): HTMLElement | null {
  const editor = heading.closest('.minutes-item')?.querySelector('.ProseMirror');
  if (!editor) return null;
  const blocks = [...editor.querySelectorAll<HTMLElement>(TEXT_BLOCKS)].filter(
    (block) => (block.textContent ?? '').trim() !== '',
  );
  return blocks[n] ?? null;
}

/** Shows the paragraph once it is there; returns how to take the mark away again. */
export function showLinkedParagraph(heading: HTMLElement, n: number): () => void {
  let frame = 0;
  let attempts = 0;
  const find = () => {
    const block = paragraphIn(heading, n);
    if (!block) {
      if (++attempts < ATTEMPTS) frame = requestAnimationFrame(find);
      return;
    }
    block.scrollIntoView({ block: 'center' });
    if (typeof Highlight === 'undefined' || !CSS.highlights) return;
    const range = document.createRange();
    range.selectNodeContents(block);
    CSS.highlights.set(LINKED_PARAGRAPH_HIGHLIGHT, new Highlight(range));
  };
  find();
  return () => {
    cancelAnimationFrame(frame);
    CSS.highlights?.delete(LINKED_PARAGRAPH_HIGHLIGHT);
  };
}
