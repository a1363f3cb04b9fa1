import { Link } from 'wouter';
import { describeWhereWeAre } from '../../../shared/model';
import { useJourney } from '../../data/useJourney';

/** "Where we are" on the meetings home, once the group has started a journey. */
export function JourneyHomePanel() {
  const view = useJourney();
  if (!view) return null;
  return (
    <section className="home-panel" aria-labelledby="home-journey-heading">
      <h2 id="home-journey-heading">Where we are</h2>
      <p>
        <Link href="/journey">{view.journey.title}</Link>
        <br />
        {describeWhereWeAre(view.where)}
      </p>
    </section>
  );
}
