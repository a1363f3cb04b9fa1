import { useState } from 'react';
import { localIsoDate } from '../../../shared/format/local-date';
import { describeWhereWeAre, type JourneyStep } from '../../../shared/model';
import { ScreenHeading } from '../../app/ScreenHeading';
import { useJourney, useJourneyEdits, type JourneyView } from '../../data/useJourney';
import { useMeetings } from '../../data/useMeetings';
import { Dialog } from '../../ui/Dialog';
import { useAnnouncer } from '../agenda/useAnnouncer';
import { CriteriaChecklist } from './CriteriaChecklist';
import { EvidenceDialog } from './EvidenceDialog';
import { EvidencePackExport } from './EvidencePackExport';
import { EvidenceSection } from './EvidenceSection';
import { inputFromEvidenceDraft, newEvidenceDraft } from './evidence-form';
import { StartJourney } from './StartJourney';
import { StepDialog } from './StepDialog';
import { StepList } from './StepList';
import { draftFromStep, inputFromStepDraft, NEW_STEP_DRAFT } from './step-form';
import './journey.css';

/** The group's programme of steps towards an award, where it stands, and its evidence. */
export function JourneyScreen() {
  const view = useJourney();
  const edits = useJourneyEdits();
  return (
    <section className="screen">
      <header className="screen-header">
        <ScreenHeading>{view ? view.journey.title : 'Journey'}</ScreenHeading>
        {view && <EvidencePackExport />}
      </header>
      {view ? <JourneyOverview view={view} /> : <StartJourney onStart={(p) => edits.start(p)} />}
    </section>
  );
}

type Editing =
  | { kind: 'add-step' }
  | { kind: 'edit-step'; step: JourneyStep }
  | { kind: 'delete-step'; step: JourneyStep }
  | { kind: 'add-evidence' }
  | null;

function JourneyOverview({ view }: { view: JourneyView }) {
  const { journey, steps, criteria, report, where } = view;
  const edits = useJourneyEdits();
  const meetings = useMeetings();
  const [editing, setEditing] = useState<Editing>(null);
  const { message, announce } = useAnnouncer();
  const close = () => setEditing(null);

  const move = (step: JourneyStep, toIndex: number) => {
    edits.moveStep(step.id, toIndex);
    announce(`Step ${step.number} moved to position ${toIndex + 1} of ${steps.length}.`);
  };
  const markDone = (step: JourneyStep) => {
    edits.updateStep(step.id, { status: 'done' });
    announce(`Step ${step.number} marked done.`);
  };

  return (
    <>
      <p className="journey-where" role="status">
        <strong>Where we are:</strong> {describeWhereWeAre(where)}
        {where.total > 0 && (
          <span className="field-hint">
            {' '}
            ({where.done} of {where.total} done)
          </span>
        )}
      </p>
      <section className="journey-panel" aria-labelledby="journey-steps-heading">
        <div className="journey-panel-header">
          <h2 id="journey-steps-heading">Steps</h2>
          <button type="button" className="button" onClick={() => setEditing({ kind: 'add-step' })}>
            Add step
          </button>
        </div>
        {steps.length === 0 && <p>No steps yet. Add the first step of your programme.</p>}
        <StepList
          steps={steps}
          currentId={where.current?.id ?? null}
          onReorder={move}
          onMove={(step, by) => move(step, step.number - 1 + by)}
          onMarkDone={markDone}
          onEdit={(step) => setEditing({ kind: 'edit-step', step })}
          onDelete={(step) => setEditing({ kind: 'delete-step', step })}
        />
        <p className="visually-hidden" aria-live="polite">
          {message}
        </p>
      </section>
      <EvidenceSection
        report={report}
        criteria={criteria}
        meetings={meetings}
        onAdd={() => setEditing({ kind: 'add-evidence' })}
      />
      <CriteriaChecklist journeyId={journey.id} report={report} edits={edits} />

      {editing?.kind === 'add-step' && (
        <StepDialog
          title="Add a step"
          submitLabel="Add step"
          initial={NEW_STEP_DRAFT}
          onSubmit={(draft) => edits.addStep(journey.id, inputFromStepDraft(draft))}
          onClose={close}
        />
      )}
      {editing?.kind === 'edit-step' && (
        <StepDialog
          title={`Edit step ${editing.step.number}`}
          submitLabel="Save step"
          initial={draftFromStep(editing.step)}
          onSubmit={(draft) => edits.updateStep(editing.step.id, inputFromStepDraft(draft))}
          onClose={close}
        />
      )}
      {editing?.kind === 'delete-step' && (
        <Dialog
          title={`Delete step ${editing.step.number}?`}
          submitLabel="Delete step"
          submitTone="warning"
          initialFocus="cancel"
          onSubmit={() => edits.removeStep(editing.step.id)}
          onClose={close}
        >
          <p>{editing.step.title}</p>
        </Dialog>
      )}
      {editing?.kind === 'add-evidence' && (
        <EvidenceDialog
          initial={newEvidenceDraft(localIsoDate())}
          criteria={criteria}
          meetings={meetings}
          onSubmit={(draft) => edits.addEvidence(journey.id, inputFromEvidenceDraft(draft))}
          onClose={close}
        />
      )}
    </>
  );
}
