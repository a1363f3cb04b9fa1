/** What shows, and is read out, while a screen's code or data is on its way. */
export function LoadingStatus({ children = 'Loading…' }: { children?: string }) {
  return (
    <p className="app-status" role="status">
      {children}
    </p>
  );
}
