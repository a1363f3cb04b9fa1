import type { DiffSection } from '../../../shared/model';

/**
 * A difference against the approved text, section by section. Removed and added lines are
 * <del> and <ins> with words in front ("Removed:", "Added:"), so it reads without colour too.
 */
export function ChangesView({ sections }: { sections: readonly DiffSection[] }) {
  return (
    <div className="changes-view">
      {sections.map((section, index) => (
        <section key={index} aria-label={`Changes to ${section.heading}`}>
          <h4>{section.heading}</h4>
          <ul className="changes-lines">
            {section.lines.map((line, lineIndex) =>
              line.change === 'same' ? (
                <li key={lineIndex} className="changes-same">
                  {line.text}
                </li>
              ) : line.change === 'removed' ? (
                <li key={lineIndex} className="changes-removed">
                  <del>
                    <span className="changes-tag">Removed: </span>
                    {line.text}
                  </del>
                </li>
              ) : (
                <li key={lineIndex} className="changes-added">
                  <ins>
                    <span className="changes-tag">Added: </span>
                    {line.text}
                  </ins>
                </li>
              ),
            )}
          </ul>
        </section>
      ))}
    </div>
  );
}
