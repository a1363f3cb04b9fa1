import type * as Y from 'yjs';
import { addPerson, type PersonInput } from '../model';

/**
 * The people named in the seed documents, with the roles and organisations the documents give
 * them. Nothing is invented: where a seed gives no role, the role is left empty.
 */
export const SAMPLE_PEOPLE = {
  harland: {
    // Seed 000 and 001 give only the title and surname.
    name: 'Councillor Harland',
    role: 'Chair of the steering group; Migration lead',
    organisation: 'Leeds City Council',
    tags: ['councillor'],
  },
  jennings: {
    name: 'Jennifer Jennings',
    role: 'Migration Support Officer',
    organisation: 'Leeds City Council',
    tags: ['officer'],
  },
  rogers: {
    name: 'James Rogers',
    role: 'Director of Communities, Housing, and Environment',
    organisation: 'Leeds City Council',
    tags: ['officer'],
  },
  watson: {
    // Seed 000 names him only as the person to ask about the council's democratic process.
    name: 'Gerard Watson',
    organisation: 'Leeds City Council',
    tags: ['officer'],
  },
  mccarthy: {
    name: 'Rose McCarthy',
    role: 'Leeds CoS steering group member; delivers ante-natal classes to asylum seekers',
    organisation: 'Leeds City of Sanctuary',
    tags: ['local group'],
  },
  brandon: {
    name: 'Mary Brandon',
    role: 'LCoS steering group member',
    organisation: 'Asylum Matters',
    tags: ['local group', 'partner'],
  },
  filipovaRivers: {
    name: 'Maggie Filipova-Rivers',
    role: 'Local Authorities Network Lead; Liberal Democrat councillor for Goring and South Stoke; Deputy Leader',
    organisation: 'City of Sanctuary UK',
    email: 'maggie@cityofsanctuary.org',
    tags: ['partner', 'councillor'],
  },
  trehitt: {
    name: 'Sara Trehitt',
    role: 'CoS North-East, Yorkshire & Humberside Regional Coordinator',
    organisation: 'City of Sanctuary UK',
    tags: ['partner'],
  },
  cohen: {
    // Seed 004: a peer council in the network, working towards the same award.
    name: 'Stephen Cohen',
    role: 'Refugee & Resettlement Manager',
    organisation: 'Oxford City Council',
    tags: ['partner'],
  },
} satisfies Record<string, PersonInput>;

export type SamplePerson = keyof typeof SAMPLE_PEOPLE;
export type SamplePeopleIds = Record<SamplePerson, string>;

/** Adds everyone, in the order above, and returns their ids by key. */
export function addSamplePeople(workspace: Y.Doc, newId: () => string): SamplePeopleIds {
  const entries = Object.entries(SAMPLE_PEOPLE).map(([key, person]) => [
    key,
    addPerson(workspace, person, newId()),
  ]);
  return Object.fromEntries(entries) as SamplePeopleIds;
}
