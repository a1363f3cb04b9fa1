import type { DiffLine, DiffSection } from '../../../shared/model';

/** Removed and added lines are <del> and <ins>, with a word in front so they read without colour. */
function Line({ line }: { line: DiffLine }) {
  if (line.change === 'same') return <li className="changes-same">{line.text}</li>;
  const Mark = line.change === 'removed' ? 'del' : 'ins';
  return (
    <li className={`changes-${line.change}`}>
      <Mark>
        <span className="changes-tag">{line.change === 'removed' ? 'Removed: ' : 'Added: '}</span>
        {line.text}
      </Mark>
    </li>
  );
}

/** A difference against the approved text, section by section. */
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
            {section.lines.map((line, lineIndex) => (
              <Line key={lineIndex} line={line} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
