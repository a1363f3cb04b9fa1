import { ScreenHeading } from '../../app/ScreenHeading';
import { EmptyState } from '../../ui/EmptyState';

export function ActionsScreen() {
  return (
    <section className="screen">
      <header className="screen-header">
        <ScreenHeading>Actions</ScreenHeading>
      </header>
      <EmptyState title="No actions yet">
        <p>Actions captured in a meeting’s minutes appear here, with their owner and due date.</p>
      </EmptyState>
    </section>
  );
}
