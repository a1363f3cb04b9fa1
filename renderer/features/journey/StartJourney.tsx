import { useState } from 'react';
import {
  builtInProgrammes,
  CITY_OF_SANCTUARY_PROGRAMME,
  type Programme,
} from '../../../shared/model';
import { RadioField } from '../../ui/RadioField';

const OPTIONS = builtInProgrammes.map((p) => ({ value: p.id, label: p.title }));

/** The first visit: choose the built-in programme or a blank one, and start. */
export function StartJourney({ onStart }: { onStart: (programme: Programme) => void }) {
  const [chosen, setChosen] = useState(CITY_OF_SANCTUARY_PROGRAMME.id);
  const programme = builtInProgrammes.find((p) => p.id === chosen) ?? CITY_OF_SANCTUARY_PROGRAMME;
  return (
    <form
      className="journey-panel journey-start"
      onSubmit={(event) => {
        event.preventDefault();
        onStart(programme);
      }}
    >
      <h2>Start a journey</h2>
      <p>
        Track the steps your group is working through towards an award, and the evidence of Learn,
        Embed and Share for the application.
      </p>
      <RadioField legend="Programme" options={OPTIONS} value={chosen} onChange={setChosen} />
      <p className="field-hint">{programme.summary}</p>
      <button type="submit" className="button button--primary">
        Start the journey
      </button>
    </form>
  );
}
