/** Why the council's templates cannot be used just now; nothing when they can. */
export function TemplatesProblem({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="field-error">
      {error}
    </p>
  );
}
