import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { KeyboardEvent, Ref } from 'react';
import { ariaShortcut, shortcutKeys } from '../../ui/Keys';
import { Toolbar } from '../../ui/Toolbar';
import { MINUTES_HEADING_LEVEL } from './minutes-extensions';
import { ToolbarButton } from './ToolbarButton';

interface MinutesToolbarProps {
  editor: Editor;
  itemLabel: string;
  editorId: string;
  toolbarRef: Ref<HTMLDivElement>;
  onLink: () => void;
  onMakeAction: () => void;
  onMarkQuestion: () => void;
}

const keys = (...names: string[]) => shortcutKeys(...names).join('+');
const heading = { level: MINUTES_HEADING_LEVEL } as const;

/** Formatting, links and capture for one item's minutes. */
export function MinutesToolbar(props: MinutesToolbarProps) {
  const { editor, itemLabel, editorId, toolbarRef, onLink, onMakeAction, onMarkQuestion } = props;
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      heading: e.isActive('heading'),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      link: e.isActive('link'),
    }),
  });
  const run = (command: (chain: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) =>
    command(editor.chain().focus()).run();

  // Escape hands focus back to the item's text where the caret was, as Alt+F10 left it.
  const backToText = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    editor.commands.focus();
  };

  return (
    // The toolbar's own keys (arrows, Home, End) are handled inside; Escape bubbles to here.
    <div className="minutes-toolbar" onKeyDown={backToText}>
      <Toolbar label={`Tools for ${itemLabel}`} controls={editorId} ref={toolbarRef}>
        <ToolbarButton
          pressed={active.heading}
          title={`Heading (${keys('Mod', 'Alt', String(MINUTES_HEADING_LEVEL))})`}
          onPress={() => run((c) => c.toggleHeading(heading))}
        >
          Heading
        </ToolbarButton>
        <ToolbarButton
          pressed={active.bold}
          title={`Bold (${keys('Mod', 'B')})`}
          keyShortcuts={ariaShortcut('Mod', 'B')}
          className="toolbar-button--bold"
          onPress={() => run((c) => c.toggleBold())}
        >
          Bold
        </ToolbarButton>
        <ToolbarButton
          pressed={active.italic}
          title={`Italic (${keys('Mod', 'I')})`}
          keyShortcuts={ariaShortcut('Mod', 'I')}
          className="toolbar-button--italic"
          onPress={() => run((c) => c.toggleItalic())}
        >
          Italic
        </ToolbarButton>
        <ToolbarButton
          pressed={active.bulletList}
          title={`Bulleted list (${keys('Mod', 'Shift', '8')})`}
          onPress={() => run((c) => c.toggleBulletList())}
        >
          Bulleted list
        </ToolbarButton>
        <ToolbarButton
          pressed={active.orderedList}
          title={`Numbered list (${keys('Mod', 'Shift', '7')})`}
          onPress={() => run((c) => c.toggleOrderedList())}
        >
          Numbered list
        </ToolbarButton>
        <ToolbarButton
          pressed={active.link}
          title={`Link (${keys('Mod', 'K')})`}
          keyShortcuts={ariaShortcut('Mod', 'K')}
          onPress={onLink}
        >
          Link
        </ToolbarButton>
        <span className="toolbar-separator" aria-hidden="true" />
        <ToolbarButton
          title={`Make an action from the selected text or the current line (${keys('Mod', 'Shift', 'A')})`}
          keyShortcuts={ariaShortcut('Mod', 'Shift', 'A')}
          className="toolbar-button--capture"
          onPress={onMakeAction}
        >
          Make action
        </ToolbarButton>
        <ToolbarButton
          title="Add the selected text or the current line to the open questions"
          className="toolbar-button--capture"
          onPress={onMarkQuestion}
        >
          Mark as open question
        </ToolbarButton>
      </Toolbar>
    </div>
  );
}
