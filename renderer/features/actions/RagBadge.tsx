import { ACTION_RAG_LABELS, type ActionRag } from '../../../shared/model';

/** An action's RAG state: a colour and always its words, never colour alone. */
export function RagBadge({ rag }: { rag: ActionRag }) {
  return (
    <span className={`rag-badge rag-badge--${rag.replace(' ', '-')}`}>
      {ACTION_RAG_LABELS[rag]}
    </span>
  );
}
