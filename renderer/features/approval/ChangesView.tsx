import type { DiffSection } from '../../../shared/model';

/**
 * A difference against the approved text, section by section. Removed and added lines are
 * <del> and <ins> with words in front ("Removed:", "Added:"), so it reads without colour too.
 */
export function ChangesView({
  sections,
  level,
}: {
  sections: readonly DiffSection[];
  /** The sections' heading level, under the heading the view sits beneath. */
  level: 2 | 3;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="changes-view">
      {sections.map((section, index) => (
        <section key={index} aria-label={`Changes to ${section.heading}`}>
          <Heading>{section.heading}</Heading>
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
