import type { TemplateSummary } from '../../data/templates';

/** Before export: placeholders the template has that Quorum does not fill, and the reverse. */
export function TemplateWarnings({ template }: { template: TemplateSummary }) {
  const braces = (names: string[]) => names.map((name) => `{{${name}}}`).join(', ');
  const warnings = template.warnings ?? [];
  if (template.unknown.length === 0 && template.missing.length === 0 && warnings.length === 0) {
    return <p className="field-hint">This template has every placeholder Quorum fills.</p>;
  }
  return (
    <div className="template-warnings">
      <h3>Check the template</h3>
      {template.unknown.length > 0 && (
        <p>
          Quorum does not know these placeholders, so they will stay as they are:{' '}
          <strong>{braces(template.unknown)}</strong>.
        </p>
      )}
      {template.missing.length > 0 && (
        <p>
          The template has no place for: <strong>{braces(template.missing)}</strong>. That part of
          the meeting will not appear.
        </p>
      )}
      {warnings.map((warning) => (
        <p key={warning}>{warning}</p>
      ))}
    </div>
  );
}
