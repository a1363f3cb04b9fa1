import { ScreenHeading } from '../../app/ScreenHeading';
import { EmptyState } from '../../ui/EmptyState';

export function PeopleScreen() {
  return (
    <section className="screen">
      <header className="screen-header">
        <ScreenHeading>People</ScreenHeading>
      </header>
      <EmptyState title="No people yet">
        <p>Members of the group, with their role and organisation, appear here.</p>
      </EmptyState>
    </section>
  );
}
