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
import { useMemo } from 'react';
import type { JourneyStep } from '../../../shared/model';
import { dragAnnouncements, dragInstructions } from '../agenda/drag-announcements';
import { StepRow } from './StepRow';

const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 });

interface StepListProps {
  steps: JourneyStep[];
  currentId: string | null;
  onReorder: (step: JourneyStep, toIndex: number) => void;
  onMove: (step: JourneyStep, by: -1 | 1) => void;
  onMarkDone: (step: JourneyStep) => void;
  onEdit: (step: JourneyStep) => void;
  onDelete: (step: JourneyStep) => void;
}

/** The programme's steps in order, sortable by pointer and keyboard the way the agenda is. */
export function StepList({ steps, currentId, onReorder, ...actions }: StepListProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  // Steps are read out by number ("Step 3"), their titles being whole sentences.
  const named = useMemo(() => steps.map((s) => ({ id: s.id, title: `Step ${s.number}` })), [steps]);
  const accessibility = useMemo(
    () => ({
      announcements: dragAnnouncements(named, 'the steps'),
      screenReaderInstructions: dragInstructions,
    }),
    [named],
  );
  const dragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const step = steps.find((candidate) => candidate.id === active.id);
    const toIndex = steps.findIndex((candidate) => candidate.id === over.id);
    if (step && toIndex !== -1) onReorder(step, toIndex);
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={[verticalOnly]}
      accessibility={accessibility}
      onDragEnd={dragEnd}
    >
      <SortableContext items={steps.map((s) => s.id)} strategy={verticalListSortingStrategy}>
        <ol className="journey-steps" aria-label="Steps">
          {steps.map((step, index) => (
            <StepRow
              key={step.id}
              step={step}
              isCurrent={step.id === currentId}
              isFirst={index === 0}
              isLast={index === steps.length - 1}
              {...actions}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
