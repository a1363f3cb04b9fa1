import type { Editor } from '@tiptap/core';
import { EditorContent } from '@tiptap/react';
import { useEffect, useId, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { addItemNote, PREVIOUS_MINUTES_ITEM_ID, type AgendaItem } from '../../../shared/model';
import { useItemNotes } from '../../data/useMeetingData';
import { PeersHere } from '../sync/PeersHere';
import { useMeetingPresence } from '../sync/useSync';
import { ActionDialog } from '../actions/ActionDialog';
import { itemLabel } from '../actions/action-labels';
import { selectedOrCurrentLine } from './current-line';
import { ItemActions } from './ItemActions';
import { ItemDeclarations } from './ItemDeclarations';
import { MinuteReferenceTag } from '../decisions/MinuteReferenceTag';
import { LinkDialog } from './LinkDialog';
import { MinutesToolbar } from './MinutesToolbar';
import { useMinutesEditor } from './useMinutesEditor';
import { itemHeadingId } from './item-anchor';
import { useFrozen } from '../approval/frozen-context';
import { PreviousMinutesPanel } from '../approval/PreviousMinutesPanel';

interface MinutesItemProps {
  meetingId: string;
  doc: Y.Doc;
  item: AgendaItem;
  /** id of the help text that lists the editor's keyboard shortcuts. */
  helpId: string;
  /** The chair view's current item: marked in words, not colour alone. */
  chairIsHere: boolean;
}

type Open = { kind: 'none' } | { kind: 'link' } | { kind: 'action'; text: string };

/** One agenda item's heading, toolbar and minutes, with its own action and link dialogs. */
export function MinutesItem({ meetingId, doc, item, helpId, chairIsHere }: MinutesItemProps) {
  const id = useId();
  const label = itemLabel(item);
  const toolbar = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [message, setMessage] = useState('');
  const questions = useItemNotes(doc, item.id, 'questions');

  const makeAction = (editor: Editor) =>
    setOpen({ kind: 'action', text: selectedOrCurrentLine(editor.state) });
  const { awareness, minuting } = useMeetingPresence(meetingId);
  const editor = useMinutesEditor({
    doc,
    awareness,
    itemId: item.id,
    itemNumber: item.number,
    label: `Minutes for ${label}`,
    editorId: `${id}-editor`,
    describedBy: helpId,
    toolbar,
    onMakeAction: makeAction,
    onLink: () => setOpen({ kind: 'link' }),
  });

  // Approved minutes are read-only (features/approval): a disabled fieldset cannot stop a
  // contenteditable, so the editor is told directly.
  const frozen = useFrozen();
  useEffect(() => editor.setEditable(!frozen), [editor, frozen]);

  const markQuestion = () => {
    const text = selectedOrCurrentLine(editor.state);
    editor.commands.focus();
    if (!text) {
      setMessage(
        'Put the cursor on the line with the question, then choose Mark as open question.',
      );
    } else if (questions.some((q) => !q.resolved && q.text.toLowerCase() === text.toLowerCase())) {
      setMessage(`Already an open question: ${text}`);
    } else {
      addItemNote(doc, item.id, 'questions', text);
      setMessage(`Added to open questions: ${text}`);
    }
  };

  const closeAction = (saved?: string) => {
    setOpen({ kind: 'none' });
    if (saved) setMessage(`Action saved: ${saved}. It is listed below and on the Actions tab.`);
    editor.commands.focus();
  };

  return (
    <section
      className={chairIsHere ? 'minutes-item is-chair-here' : 'minutes-item'}
      aria-labelledby={itemHeadingId(item.id)}
      onFocus={() => minuting(item.id, label)}
    >
      <PeersHere meetingId={meetingId} itemId={item.id} />
      {/* Focusable from script only: a link from the decision log lands here. */}
      <h3 id={itemHeadingId(item.id)} tabIndex={-1} className="minutes-item-heading">
        {label}
        <MinuteReferenceTag doc={doc} meetingId={meetingId} itemId={item.id} />
      </h3>
      {chairIsHere && <p className="chair-here-badge">The chair is on this item</p>}
      {!frozen && (
        <MinutesToolbar
          editor={editor}
          itemLabel={label}
          editorId={`${id}-editor`}
          toolbarRef={toolbar}
          onLink={() => setOpen({ kind: 'link' })}
          onMakeAction={() => makeAction(editor)}
          onMarkQuestion={markQuestion}
        />
      )}
      <EditorContent editor={editor} className="minutes-editor-frame" />
      {item.id === PREVIOUS_MINUTES_ITEM_ID && (
        <PreviousMinutesPanel meetingId={meetingId} doc={doc} />
      )}
      <ItemDeclarations doc={doc} item={item} />
      <ItemActions meetingId={meetingId} itemId={item.id} />
      <p role="status" className="minutes-item-status">
        {message}
      </p>
      {open.kind === 'link' && (
        <LinkDialog editor={editor} onClose={() => setOpen({ kind: 'none' })} />
      )}
      {open.kind === 'action' && (
        <ActionDialog
          meetingId={meetingId}
          doc={doc}
          itemId={item.id}
          sourceText={open.text}
          onClose={closeAction}
        />
      )}
    </section>
  );
}
