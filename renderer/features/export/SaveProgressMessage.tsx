import type { SaveProgress } from '../../data/useSaveDocument';

/** What an export is doing, read out politely; a failure is an alert. */
export function SaveProgressMessage({ progress }: { progress: SaveProgress }) {
  return (
    <>
      <div aria-live="polite" className="export-progress">
        {progress.stage === 'working' && <p>{progress.text}</p>}
        {progress.stage === 'saved' && <p className="success-text">{progress.text}</p>}
      </div>
      {progress.stage === 'failed' && (
        <p role="alert" className="field-error">
          The document was not saved. {progress.text}
        </p>
      )}
    </>
  );
}
