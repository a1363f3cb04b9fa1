import type { Editor } from '@tiptap/core';
import { useState, type FormEvent } from 'react';
import { normaliseLinkUrl } from '../../../shared/rules/link-url';
import { Field } from '../../ui/Field';
import { ModalDialog } from '../../ui/ModalDialog';

interface LinkDialogProps {
  editor: Editor;
  onClose: () => void;
}

/**
 * Adds, changes or removes the link on the selected words. With nothing selected the address
 * itself is typed in as the link's text. Only web and email addresses are accepted.
 */
export function LinkDialog({ editor, onClose }: LinkDialogProps) {
  const existing = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [address, setAddress] = useState(existing);
  const [error, setError] = useState<string>();

  const done = () => {
    onClose();
    editor.commands.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = normaliseLinkUrl(address);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !existing) {
      const text = result.url.replace(/^mailto:/, '');
      chain.insertContent({
        type: 'text',
        text,
        marks: [{ type: 'link', attrs: { href: result.url } }],
      });
    } else {
      chain.setLink({ href: result.url });
    }
    chain.run();
    onClose();
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };

  return (
    <ModalDialog labelledBy="link-dialog-title" onCancel={done}>
      <form noValidate onSubmit={submit}>
        <h2 id="link-dialog-title">{existing ? 'Change link' : 'Add link'}</h2>
        <Field
          label="Web or email address"
          hint="For example https://www.leeds.gov.uk or jenny@example.org"
          value={address}
          error={error}
          autoFocus
          autoComplete="off"
          inputMode="url"
          onChange={(event) => setAddress(event.target.value)}
        />
        <div className="dialog-actions">
          <button type="submit" className="button button--primary">
            {existing ? 'Update link' : 'Add link'}
          </button>
          {existing && (
            <button type="button" className="button" onClick={remove}>
              Remove link
            </button>
          )}
          <button type="button" className="button" onClick={done}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
