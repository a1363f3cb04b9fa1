import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type Modifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { useMemo, type RefObject } from 'react';
import type { AgendaItem, MinuteReference } from '../../../shared/model';
import { useRowsInTwoFrames } from '../../ui/useRowsInTwoFrames';
import { AgendaItemRow } from './AgendaItemRow';
import { dragAnnouncements, dragInstructions } from './drag-announcements';

/** Rows drawn in the first frame of a long agenda: a standard agenda fits in it whole. */
const FIRST_FRAME_ROWS = 30;

/** Items only ever move up and down the list, so a sideways wobble of the pointer is ignored. */
const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 });

interface AgendaListProps {
  items: AgendaItem[];
  /** Item id → its minute reference, shown beside its facts. */
  references?: ReadonlyMap<string, MinuteReference>;
  listRef: RefObject<HTMLOListElement | null>;
  onReorder: (item: AgendaItem, toIndex: number) => void;
  onMove: (item: AgendaItem, by: -1 | 1) => void;
  onEdit: (item: AgendaItem) => void;
  onDelete: (item: AgendaItem) => void;
}

/** The running order, sortable by pointer and by keyboard (dnd-kit's sortable preset). */
export function AgendaList({ items, references, listRef, onReorder, ...actions }: AgendaListProps) {
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on the handle is only a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const accessibility = useMemo(
    () => ({ announcements: dragAnnouncements(items), screenReaderInstructions: dragInstructions }),
    [items],
  );
  const ids = useMemo(() => items.map((item) => item.id), [items]);
  const rows = useRowsInTwoFrames(items, FIRST_FRAME_ROWS);

  const dragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const item = items.find((candidate) => candidate.id === active.id);
    const toIndex = items.findIndex((candidate) => candidate.id === over.id);
    if (item && toIndex !== -1) onReorder(item, toIndex);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={[verticalOnly]}
      accessibility={accessibility}
      onDragEnd={dragEnd}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol ref={listRef} className="agenda-list" aria-label="Agenda items">
          {rows.map((item, index) => (
            <AgendaItemRow
              key={item.id}
              item={item}
              reference={references?.get(item.id)}
              isFirst={index === 0}
              isLast={index === items.length - 1}
              {...actions}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
