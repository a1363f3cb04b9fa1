import { useState } from 'react';
import type * as Y from 'yjs';
import {
  declarationSentence,
  DECLARATIONS_ITEM_ID,
  NO_DECLARATIONS,
  type AgendaItem,
} from '../../../shared/model';
import { useAgenda } from '../../data/useMeetingData';
import { useDeclarations } from '../../data/useMinuteRecord';
import { usePeople } from '../../data/useWorkspaceData';
import { DeclarationDialog } from '../decisions/DeclarationDialog';

/**
 * Under the "Declarations of interest" item only: the declarations made, in the words the
 * minutes will carry, and the way to record one. Other items render nothing.
 */
export function ItemDeclarations({ doc, item }: { doc: Y.Doc; item: AgendaItem }) {
  if (item.id !== DECLARATIONS_ITEM_ID) return null;
  return <Declarations doc={doc} />;
}

function Declarations({ doc }: { doc: Y.Doc }) {
  const { declarations, add, remove } = useDeclarations(doc);
  const agenda = useAgenda(doc);
  const people = usePeople();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const nameOf = (personId: string, fallback: string) =>
    people.find((p) => p.id === personId)?.name ?? fallback;

  return (
    <div className="item-declarations">
      <h4>Declarations recorded</h4>
      {declarations.length === 0 ? (
        <p>{NO_DECLARATIONS}</p>
      ) : (
        <ul aria-label="Declarations of interest">
          {declarations.map((declaration) => {
            const name = nameOf(declaration.personId, declaration.personName);
            return (
              <li key={declaration.id}>
                {declarationSentence(declaration, agenda, name)}{' '}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => {
                    remove(declaration.id);
                    setMessage(`Declaration by ${name} removed.`);
                  }}
                >
                  Remove<span className="visually-hidden"> the declaration by {name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Record a declaration
      </button>
      <p role="status" className="minutes-item-status">
        {message}
      </p>
      {open && (
        <DeclarationDialog
          people={people}
          agenda={agenda}
          onRecord={add}
          onClose={(recorded) => {
            setOpen(false);
            if (recorded) setMessage('Declaration recorded. The minutes now read as above.');
          }}
        />
      )}
    </div>
  );
}
