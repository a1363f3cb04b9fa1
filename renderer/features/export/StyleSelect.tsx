import type { ReactNode } from 'react';
import { HOUSE_STYLE } from '../../data/templates';
import type { useTemplates } from '../../data/useTemplates';

/** The house style or one of the council's templates: the Style field of every export. */
export function StyleSelect({
  id,
  value,
  templates,
  onChange,
  children,
}: {
  id: string;
  value: string;
  templates: ReturnType<typeof useTemplates>['templates'];
  onChange: (styleId: string) => void;
  /** A hint under the field. */
  children?: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>Style</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value={HOUSE_STYLE}>Quorum house style</option>
        {templates.map((t) => (
          <option key={t.id} value={t.id}>
            Council template: {t.name}
          </option>
        ))}
      </select>
      {children}
    </div>
  );
}
