import { useRef, useState } from 'react';
import {
  addAgendaItem,
  moveAgendaItem,
  removeAgendaItem,
  updateAgendaItem,
  type AgendaItem,
} from '../../../shared/model';
import { useAgenda, useMeetingHeader } from '../../data/useMeetingData';
import { useMinuteReferences } from '../../data/useMinuteRecord';
import type { MeetingSectionProps } from '../meeting-screen/meeting-sections';
import { focusItemControl } from './agenda-focus';
import { draftFromItem, inputFromDraft, NEW_ITEM_DRAFT } from './agenda-item-form';
import { AgendaItemDialog } from './AgendaItemDialog';
import { AgendaList } from './AgendaList';
import { AgendaTotal } from './AgendaTotal';
import { DeleteItemDialog } from './DeleteItemDialog';
import { useAnnouncer } from './useAnnouncer';
import './agenda.css';

type OpenDialog =
  | { kind: 'add' }
  | { kind: 'edit'; item: AgendaItem }
  | { kind: 'delete'; item: AgendaItem }
  | null;

/**
 * The chair's agenda: the standard items plus the meeting's own, in running order. Every
 * change is written to the meeting's document at once; there is nothing to save.
 */
export function AgendaSection({ doc, meetingId }: MeetingSectionProps) {
  const references = useMinuteReferences(doc, meetingId);
  const items = useAgenda(doc);
  const header = useMeetingHeader(doc);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const { message, announce } = useAnnouncer();
  const addButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLOListElement>(null);

  const move = (item: AgendaItem, by: -1 | 1) => {
    const to = item.number - 1 + by;
    moveAgendaItem(doc, item.id, to);
    announce(`${item.title} moved to position ${to + 1} of ${items.length}.`);
    focusItemControl(list.current, item.id, by === -1 ? ['up', 'down'] : ['down', 'up']);
  };

  const reorder = (item: AgendaItem, toIndex: number) => {
    moveAgendaItem(doc, item.id, toIndex);
    // dnd-kit puts focus back on the handle, but the row has moved in the DOM meanwhile.
    focusItemControl(list.current, item.id, ['handle']);
  };

  const remove = (item: AgendaItem) => {
    // Looked up afresh: the list may have changed on another device while the dialog was open.
    const index = items.findIndex((candidate) => candidate.id === item.id);
    const neighbour = items[index + 1] ?? items[index - 1];
    removeAgendaItem(doc, item.id);
    announce(`Item deleted: ${item.title}.`);
    if (neighbour) focusItemControl(list.current, neighbour.id, ['edit']);
    else requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <section className="agenda" aria-labelledby="agenda-heading">
      <div className="agenda-header">
        <h2 id="agenda-heading">Agenda</h2>
        <button
          ref={addButton}
          type="button"
          className="button button--primary"
          onClick={() => setDialog({ kind: 'add' })}
        >
          Add item
        </button>
      </div>
      <AgendaTotal
        items={items}
        startTime={header?.startTime ?? ''}
        endTime={header?.endTime ?? ''}
      />
      <p className="agenda-hint">
        To reorder, drag an item by its handle, or use Move up and Move down.
      </p>
      <AgendaList
        items={items}
        references={references}
        listRef={list}
        onReorder={reorder}
        onMove={move}
        onEdit={(item) => setDialog({ kind: 'edit', item })}
        onDelete={(item) => setDialog({ kind: 'delete', item })}
      />
      <p className="visually-hidden" role="status">
        {message}
      </p>
      {dialog?.kind === 'add' && (
        <AgendaItemDialog
          title="Add an agenda item"
          submitLabel="Add item"
          initial={NEW_ITEM_DRAFT}
          onSubmit={(draft) => {
            addAgendaItem(doc, inputFromDraft(draft));
            announce(`Item added: ${draft.title.trim()}.`);
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'edit' && (
        <AgendaItemDialog
          title={`Edit item ${dialog.item.number}`}
          submitLabel="Update item"
          initial={draftFromItem(dialog.item)}
          onSubmit={(draft) => {
            // Another device may have deleted the item while this one was editing it.
            if (!items.some((item) => item.id === dialog.item.id)) {
              announce(`${dialog.item.title} was deleted on another device.`);
              return;
            }
            updateAgendaItem(doc, dialog.item.id, inputFromDraft(draft));
            announce(`Item updated: ${draft.title.trim()}.`);
          }}
          onClose={() => {
            setDialog(null);
            focusItemControl(list.current, dialog.item.id, ['edit']);
          }}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteItemDialog
          item={dialog.item}
          onConfirm={() => remove(dialog.item)}
          onClose={() => {
            setDialog(null);
            focusItemControl(list.current, dialog.item.id, ['delete']);
          }}
        />
      )}
    </section>
  );
}
