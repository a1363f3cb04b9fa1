import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { formatMinutes } from '../../../shared/format/durations';
import {
  AGENDA_PURPOSE_LABELS,
  type AgendaItem,
  type MinuteReference,
} from '../../../shared/model';
import { MinuteReferenceText } from '../decisions/MinuteReferenceTag';
import { DragHandleIcon } from './DragHandleIcon';

interface AgendaItemRowProps {
  item: AgendaItem;
  reference?: MinuteReference | undefined;
  isFirst: boolean;
  isLast: boolean;
  onMove: (item: AgendaItem, by: -1 | 1) => void;
  onEdit: (item: AgendaItem) => void;
  onDelete: (item: AgendaItem) => void;
}

/**
 * One agenda item: a drag handle (pointer or keyboard, through dnd-kit), what the item is,
 * and buttons that say which item they act on to a screen reader ("Move up Apologies").
 */
export function AgendaItemRow({
  item,
  reference,
  isFirst,
  isLast,
  onMove,
  onEdit,
  onDelete,
}: AgendaItemRowProps) {
  const sortable = useSortable({ id: item.id });
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition } =
    sortable;
  const forItem = <span className="visually-hidden"> {item.title}</span>;
  return (
    <li
      ref={setNodeRef}
      data-agenda-item={item.id}
      className={sortable.isDragging ? 'agenda-item agenda-item--dragging' : 'agenda-item'}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="agenda-handle"
        data-control="handle"
        {...attributes}
        {...listeners}
        aria-label={`Drag to reorder ${item.title}`}
      >
        <DragHandleIcon />
      </button>
      <div className="agenda-item-body">
        <h3 className="agenda-item-title">
          {/* The heading reads "6. Title"; a no-break space is not trimmed from the number's box. */}
          <span className="agenda-item-number">
            {item.number}.{'\u00a0'}
          </span>
          {item.title}
        </h3>
        <p className="agenda-item-facts">
          {item.presenter && <span>Presenter: {item.presenter}</span>}
          {/* An item from the records may have no time: say so rather than "0 minutes". */}
          <span>
            {item.allottedMinutes > 0 ? formatMinutes(item.allottedMinutes) : 'No time allotted'}
          </span>
          <MinuteReferenceText reference={reference} />
          <span className={`purpose-tag purpose-tag--${item.purpose}`}>
            {AGENDA_PURPOSE_LABELS[item.purpose]}
          </span>
        </p>
        {item.notes && <p className="agenda-item-notes">{item.notes}</p>}
      </div>
      <div className="agenda-item-actions">
        {isFirst ? (
          <span className="agenda-action-gap" />
        ) : (
          <button
            type="button"
            className="button button--small"
            data-control="up"
            onClick={() => onMove(item, -1)}
          >
            Move up{forItem}
          </button>
        )}
        {isLast ? (
          <span className="agenda-action-gap" />
        ) : (
          <button
            type="button"
            className="button button--small"
            data-control="down"
            onClick={() => onMove(item, 1)}
          >
            Move down{forItem}
          </button>
        )}
        <button
          type="button"
          className="button button--small"
          data-control="edit"
          onClick={() => onEdit(item)}
        >
          Edit{forItem}
        </button>
        <button
          type="button"
          className="button button--small"
          data-control="delete"
          onClick={() => onDelete(item)}
        >
          Delete{forItem}
        </button>
      </div>
    </li>
  );
}
