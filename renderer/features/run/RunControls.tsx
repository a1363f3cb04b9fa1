interface RunControlsProps {
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onEnd: () => void;
}

/**
 * Previous, Next and End while the meeting runs. At either end of the agenda the button stays
 * (aria-disabled, not disabled) so focus is not lost from under the chair's finger.
 */
export function RunControls({ hasPrevious, hasNext, onPrevious, onNext, onEnd }: RunControlsProps) {
  return (
    <div className="run-controls">
      <div className="run-controls-row">
        <button
          type="button"
          className="button"
          aria-disabled={!hasPrevious || undefined}
          aria-keyshortcuts="Alt+ArrowLeft"
          onClick={() => hasPrevious && onPrevious()}
        >
          <span aria-hidden="true">← </span>Previous item
        </button>
        <button
          type="button"
          className="button button--primary"
          aria-disabled={!hasNext || undefined}
          aria-keyshortcuts="Alt+ArrowRight"
          onClick={() => hasNext && onNext()}
        >
          Next item<span aria-hidden="true"> →</span>
        </button>
        <button type="button" className="button run-end-button" onClick={onEnd}>
          End meeting
        </button>
      </div>
      <p className="run-shortcuts">
        Keyboard shortcuts: <kbd>Alt</kbd> + <kbd>Right arrow</kbd> for the next item,{' '}
        <kbd>Alt</kbd> + <kbd>Left arrow</kbd> for the previous item (not while typing in a field).
      </p>
    </div>
  );
}
