import { useState } from 'react';
import { formatLongDate } from '../../../shared/format/dates';
import { useWorkspace } from '../../data/WorkspaceProvider';
import { addTemplate, HOUSE_STYLE, removeTemplate, setDefaultTemplate } from '../../data/templates';
import { useTemplates } from '../../data/useTemplates';
import { quorumApi } from '../../platform/quorum-api';
import { TemplateWarnings } from '../export/TemplateWarnings';

const WORD_TEMPLATES = [{ name: 'Word document or template', extensions: ['docx', 'dotx'] }];

/**
 * The council's own Word templates: imported once, checked for placeholders, kept on this
 * device, and one of them (or Quorum's house style) the workspace's default for exports.
 */
export function TemplatesPanel() {
  const { store } = useWorkspace();
  const { templates, defaultId: storedDefault } = useTemplates();
  // Shown at once: the stored default arrives a moment later, after Dexie's write.
  const [chosenDefault, setChosenDefault] = useState<string | null>(null);
  const defaultId = chosenDefault ?? storedDefault;
  const chooseDefault = (id: string) => {
    setChosenDefault(id);
    void setDefaultTemplate(store.localDb, store.workspaceId, id);
  };
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);

  const importTemplate = async () => {
    const opened = await quorumApi.openFile({
      title: 'Import a Word template',
      filters: WORD_TEMPLATES,
    });
    if (!opened.ok) {
      setMessage(opened.error === 'cancelled' ? null : { kind: 'error', text: opened.message });
      return;
    }
    const { inspectTemplate } = await import('../../../shared/export/template');
    const inspected = await inspectTemplate(opened.value.data);
    if (!inspected.ok) {
      setMessage({
        kind: 'error',
        text: `${opened.value.name} was not imported: ${inspected.message}`,
      });
      return;
    }
    const info = inspected.value;
    await addTemplate(store.localDb, {
      name: opened.value.name,
      bytes: opened.value.data,
      importedAt: new Date().toISOString(),
      placeholders: [...new Set(info.placeholders.map((p) => p.name))],
      unknown: [...new Set(info.unknown.map((p) => p.name))],
      missing: info.missing,
    });
    setMessage({ kind: 'done', text: `${opened.value.name} imported.` });
  };

  return (
    <section className="panel" aria-labelledby="templates-heading">
      <h2 id="templates-heading">Word templates</h2>
      <p>
        Import the council’s own Word template (.docx or .dotx) with placeholders such as{' '}
        <code>{'{{title}}'}</code>, <code>{'{{date}}'}</code> and <code>{'{{minutes}}'}</code>.
        Exports fill them and keep the template’s headers, footers, logo and styles.
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
                  (imported {formatLongDate(template.importedAt.slice(0, 10))})
                </span>
              </label>
              <TemplateWarnings template={template} />
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  if (chosenDefault === template.id) setChosenDefault(null);
                  void removeTemplate(store.localDb, template.id);
                }}
              >
                Remove<span className="visually-hidden"> {template.name}</span>
              </button>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="button" className="button" onClick={() => void importTemplate()}>
        Import a Word template
      </button>
      {message?.kind === 'done' && (
        <p className="success-text" role="status">
          {message.text}
        </p>
      )}
      {message?.kind === 'error' && (
        <p className="field-error" role="alert">
          {message.text}
        </p>
      )}
    </section>
  );
}
