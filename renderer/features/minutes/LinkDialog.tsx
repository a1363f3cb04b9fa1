import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import { normaliseLinkUrl } from '../../../shared/rules/link-url';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';

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

  const submit = () => {
    const result = normaliseLinkUrl(address);
    if (!result.ok) {
      setError(result.message);
      return false;
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
  };

  return (
    <Dialog
      title={existing ? 'Change link' : 'Add link'}
      submitLabel={existing ? 'Update link' : 'Add link'}
      onSubmit={submit}
      secondary={
        existing
          ? {
              label: 'Remove link',
              onClick: () => editor.chain().focus().extendMarkRange('link').unsetLink().run(),
            }
          : undefined
      }
      onClose={(done) => {
        // Each change above puts the cursor back in the minutes itself.
        if (!done) editor.commands.focus();
        onClose();
      }}
    >
      <Field
        label="Web or email address"
        hint="For example https://www.leeds.gov.uk or jenny@example.org"
        value={address}
        error={error}
        autoComplete="off"
        inputMode="url"
        onChange={(event) => setAddress(event.target.value)}
      />
    </Dialog>
  );
}
