import { useState } from 'react';
import { formatLongDate } from '../../../shared/format/dates';
import { localIsoDate } from '../../../shared/format/local-date';
import {
  HOUSE_STYLE,
  SAME_AS_DEFAULT,
  TEMPLATE_KINDS,
  type TemplateKind,
} from '../../data/templates';
import { useTemplateImport } from '../../data/useTemplateImport';
import { useTemplates } from '../../data/useTemplates';
import { StatusMessage } from '../../ui/StatusMessage';
import { TemplatesProblem } from '../export/TemplatesProblem';
import { TemplateWarnings } from '../export/TemplateWarnings';

/**
 * The council's own Word templates: imported once, checked for placeholders, kept on this
 * device, and one of them (or Quorum's house style) the workspace's default for exports.
 */
const KIND_LABELS: Record<TemplateKind, string> = {
  minutes: 'Minutes',
  summary: 'Meeting summary',
  agenda: 'Agenda',
  actions: 'Action log',
};

export function TemplatesPanel() {
  const {
    templates,
    defaultId: storedDefault,
    byKind,
    error,
    setDefault,
    setForKind,
    remove,
  } = useTemplates();
  const { progress, importTemplate } = useTemplateImport();
  // Shown at once: the stored default arrives a moment later, after Dexie's write.
  const [chosenDefault, setChosenDefault] = useState<string | null>(null);
  const defaultId = chosenDefault ?? storedDefault;
  const chooseDefault = (id: string) => {
    setChosenDefault(id);
    setDefault(id);
  };

  return (
    <section className="panel" aria-labelledby="templates-heading">
      <h2 id="templates-heading">Word templates</h2>
      <p>
        Import the council’s own Word template (.docx or .dotx) with placeholders such as{' '}
        <code>{'{{title}}'}</code>, <code>{'{{date}}'}</code> and <code>{'{{minutes}}'}</code>, and
        parts that repeat, such as <code>{'{{#items}} … {{/items}}'}</code>. Exports fill them and
        keep the template’s headers, footers, logo and styles.
      </p>
      <fieldset className="fieldset">
        <legend>Default style for this workspace’s exports</legend>
        <div className="template-choices">
          <label>
            <input
              type="radio"
              name="default-template"
              checked={defaultId === HOUSE_STYLE}
              onChange={() => chooseDefault(HOUSE_STYLE)}
            />
            Quorum house style
          </label>
          {templates.map((template) => (
            <div key={template.id} className="template-choice">
              <label>
                <input
                  type="radio"
                  name="default-template"
                  checked={defaultId === template.id}
                  onChange={() => chooseDefault(template.id)}
                />
                {template.name}
                <span className="field-hint">
                  {' '}
                  (imported {formatLongDate(localIsoDate(new Date(template.importedAt)))})
                </span>
              </label>
              <TemplateWarnings template={template} />
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  if (chosenDefault === template.id) setChosenDefault(null);
                  remove(template.id);
                }}
              >
                Remove<span className="visually-hidden"> {template.name}</span>
              </button>
            </div>
          ))}
        </div>
      </fieldset>
      {templates.length > 0 && (
        <fieldset className="fieldset">
          <legend>A template for each kind of document</legend>
          <p className="field-hint">
            Leave a document on the default, or give it a template of its own (an agenda template
            for agendas, say).
          </p>
          {TEMPLATE_KINDS.map((kind) => (
            <div className="field" key={kind}>
              <label htmlFor={`template-for-${kind}`}>{KIND_LABELS[kind]}</label>
              <select
                id={`template-for-${kind}`}
                value={byKind[kind]}
                onChange={(e) => setForKind(kind, e.target.value)}
              >
                <option value={SAME_AS_DEFAULT}>Same as the default</option>
                <option value={HOUSE_STYLE}>Quorum house style</option>
                {templates.map((template) => (
                  <option key={template.id} value={template.id}>
                    {template.name}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      )}
      <button
        type="button"
        className="button"
        disabled={progress.stage === 'working'}
        onClick={() => void importTemplate()}
      >
        Import a Word template
      </button>
      <TemplatesProblem error={error} />
      <StatusMessage progress={progress} />
    </section>
  );
}
