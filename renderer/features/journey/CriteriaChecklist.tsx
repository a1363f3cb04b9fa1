import { useState } from 'react';
import {
  criterionTitleError,
  type EvidenceReport,
  type JourneyCriterion,
} from '../../../shared/model';
import { countOf } from '../../../shared/format/count';
import type { JourneyEdits } from '../../data/useJourney';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';

interface CriteriaChecklistProps {
  journeyId: string;
  report: EvidenceReport;
  edits: JourneyEdits;
}

/** The criteria an application must meet, ticked as met, each with its evidence counted. */
export function CriteriaChecklist({ journeyId, report, edits }: CriteriaChecklistProps) {
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | undefined>();
  const add = () => {
    const problem = criterionTitleError(title);
    if (problem) {
      setError(problem);
      return;
    }
    edits.addCriterion(journeyId, { title });
    setTitle('');
    setError(undefined);
  };
  const [renaming, setRenaming] = useState<JourneyCriterion | null>(null);
  const last = report.criteria.length - 1;
  return (
    <section className="journey-panel" aria-labelledby="journey-criteria-heading">
      <h2 id="journey-criteria-heading">Criteria</h2>
      {report.criteria.length === 0 && <p>No criteria yet.</p>}
      <ul className="journey-criteria">
        {report.criteria.map(({ criterion, entries }, index) => (
          <li key={criterion.id}>
            <label className="journey-criterion">
              <input
                type="checkbox"
                checked={criterion.met}
                onChange={(event) =>
                  edits.updateCriterion(criterion.id, { met: event.target.checked })
                }
              />
              <span>{criterion.title}</span>
            </label>
            <span className="field-hint">
              {entries.length === 0
                ? 'No evidence yet'
                : countOf(entries.length, 'piece of evidence', 'pieces of evidence')}
            </span>
            <span className="journey-criterion-actions">
              {index > 0 && (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => edits.moveCriterion(criterion.id, index - 1)}
                >
                  Move up<span className="visually-hidden"> criterion {index + 1}</span>
                </button>
              )}
              {index < last && (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => edits.moveCriterion(criterion.id, index + 1)}
                >
                  Move down<span className="visually-hidden"> criterion {index + 1}</span>
                </button>
              )}
              <button
                type="button"
                className="button button--small"
                onClick={() => setRenaming(criterion)}
              >
                Rename<span className="visually-hidden"> criterion {index + 1}</span>
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => edits.removeCriterion(criterion.id)}
              >
                Remove<span className="visually-hidden"> criterion {index + 1}</span>
              </button>
            </span>
          </li>
        ))}
      </ul>
      <form
        className="journey-add-criterion"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <Field
          label="New criterion"
          autoComplete="off"
          value={title}
          error={error}
          onChange={(event) => setTitle(event.target.value)}
        />
        <button type="submit" className="button">
          Add criterion
        </button>
      </form>
      {renaming && (
        <RenameCriterionDialog
          criterion={renaming}
          onRename={(title) => edits.updateCriterion(renaming.id, { title })}
          onClose={() => setRenaming(null)}
        />
      )}
    </section>
  );
}

function RenameCriterionDialog({
  criterion,
  onRename,
  onClose,
}: {
  criterion: JourneyCriterion;
  onRename: (title: string) => void;
  onClose: () => void;
}) {
  const [title, setTitle] = useState(criterion.title);
  const [error, setError] = useState<string | undefined>();
  return (
    <Dialog
      title="Rename the criterion"
      submitLabel="Rename"
      onSubmit={() => {
        const problem = criterionTitleError(title);
        if (problem) {
          setError(problem);
          return false;
        }
        onRename(title);
      }}
      onClose={onClose}
    >
      <Field
        label="Criterion"
        autoComplete="off"
        value={title}
        error={error}
        onChange={(event) => setTitle(event.target.value)}
      />
    </Dialog>
  );
}
