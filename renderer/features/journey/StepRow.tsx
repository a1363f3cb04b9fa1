import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { formatLongDate } from '../../../shared/format/dates';
import { STEP_STATUS_LABELS, type JourneyStep } from '../../../shared/model';
import { DragHandleIcon } from '../agenda/DragHandleIcon';

interface StepRowProps {
  step: JourneyStep;
  isCurrent: boolean;
  isFirst: boolean;
  isLast: boolean;
  onMove: (step: JourneyStep, by: -1 | 1) => void;
  onMarkDone: (step: JourneyStep) => void;
  onEdit: (step: JourneyStep) => void;
  onDelete: (step: JourneyStep) => void;
}

/**
 * One step: a drag handle (pointer or keyboard, through dnd-kit, as on the agenda), the step
 * with its status, owner, dates and notes, and buttons that name the step to a screen reader.
 */
export function StepRow({ step, isCurrent, isFirst, isLast, ...actions }: StepRowProps) {
  const sortable = useSortable({ id: step.id });
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition } =
    sortable;
  const forStep = <span className="visually-hidden"> step {step.number}</span>;
  const classes = ['journey-step', `journey-step--${step.status.replace(' ', '-')}`];
  if (isCurrent) classes.push('journey-step--current');
  if (sortable.isDragging) classes.push('journey-step--dragging');
  return (
    <li
      ref={setNodeRef}
      className={classes.join(' ')}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      aria-current={isCurrent ? 'step' : undefined}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="journey-handle"
        {...attributes}
        {...listeners}
        aria-label={`Drag to reorder step ${step.number}`}
      >
        <DragHandleIcon />
      </button>
      <div className="journey-step-body">
        <h3 className="journey-step-title">
          <span className="journey-step-number">Step {step.number}:</span> {step.title}
        </h3>
        <p className="journey-step-facts">
          <span className={`step-status step-status--${step.status.replace(' ', '-')}`}>
            {STEP_STATUS_LABELS[step.status]}
          </span>
          {step.ownerName && <span>Owner: {step.ownerName}</span>}
          {step.targetDate && <span>Target: {formatLongDate(step.targetDate)}</span>}
          {step.completedDate && <span>Completed: {formatLongDate(step.completedDate)}</span>}
        </p>
        {step.notes && <p className="journey-step-notes">{step.notes}</p>}
      </div>
      <div className="journey-step-actions">
        {step.status !== 'done' && (
          <button
            type="button"
            className="button button--small"
            onClick={() => actions.onMarkDone(step)}
          >
            Mark done{forStep}
          </button>
        )}
        {!isFirst && (
          <button
            type="button"
            className="button button--small"
            onClick={() => actions.onMove(step, -1)}
          >
            Move up{forStep}
          </button>
        )}
        {!isLast && (
          <button
            type="button"
            className="button button--small"
            onClick={() => actions.onMove(step, 1)}
          >
            Move down{forStep}
          </button>
        )}
        <button type="button" className="button button--small" onClick={() => actions.onEdit(step)}>
          Edit{forStep}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => actions.onDelete(step)}
        >
          Delete{forStep}
        </button>
      </div>
    </li>
  );
}
