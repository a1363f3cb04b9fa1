import type { Random } from '../sync/random';

/**
 * Council minutes, made up from word lists: topics, places, people and the verbs minutes use,
 * so the index holds thousands of distinct words in realistic proportions (a few common, many
 * rare) and a search has real work, unlike one sentence repeated. Deterministic: every word
 * comes from the seeded random given.
 */
export const TOPICS = [
  'housing allocations',
  'homelessness prevention',
  'the local plan',
  'the climate emergency',
  'air quality monitoring',
  'the library service',
  'school transport',
  'adult social care',
  'the leisure centre',
  'parks and open spaces',
  'the town centre regeneration',
  'bus services',
  'cycle lanes',
  'flood defences',
  'the food bank',
  'youth services',
  'the budget consultation',
  'council tax support',
  'the warm spaces scheme',
  'the tree planting programme',
  'street lighting',
  'the recycling contract',
  'fly-tipping enforcement',
  'the community safety partnership',
  'mental health support',
  'the carers strategy',
  'digital inclusion',
  'the markets review',
  'the museum collection',
  'retrofit grants',
  'the harbour wall',
  'allotment waiting lists',
  'the equality impact assessment',
  'the procurement framework',
  'the press release',
  'the deputation from residents',
] as const;

export const PLACES = [
  'Ashford Road',
  'Millbrook',
  'the Civic Centre',
  'Holloway Park',
  'St Anne’s ward',
  'Riverside',
  'Northgate',
  'the Old Quay',
  'Kingsmead',
  'Brackley Green',
  'Elm Vale',
  'the market square',
  'Foxhill estate',
  'Wharf Street',
  'Castle ward',
  'Hadley Common',
] as const;

const FIRST_NAMES = [
  'Jennifer',
  'Amara',
  'Tom',
  'Priya',
  'Gareth',
  'Siobhan',
  'Kwame',
  'Helen',
  'Rhys',
  'Fatima',
  'Oliver',
  'Margaret',
  'Dev',
  'Eilidh',
  'Callum',
  'Nadia',
  'Peter',
  'Grace',
  'Imran',
  'Lucy',
  'Declan',
  'Zofia',
  'Bernard',
  'Chloe',
  'Yusuf',
] as const;

const SURNAMES = [
  'Jennings',
  'Okafor',
  'Whitfield',
  'Sharma',
  'Llewellyn',
  'Byrne',
  'Mensah',
  'Hargreaves',
  'Pritchard',
  'Rahman',
  'Fairbairn',
  'Kowalski',
  'Ashworth',
  'MacLeod',
  'Thornton',
  'Begum',
  'Castellano',
  'Dunmore',
  'Ellison',
  'Featherstone',
] as const;

export const ROLES = [
  'Housing Lead',
  'Head of Planning',
  'Climate Officer',
  'Ward Councillor',
  'Cabinet Member for Communities',
  'Finance Manager',
  'Youth Worker',
  'Library Manager',
  'Tenants’ Representative',
  'Public Health Consultant',
  'Transport Officer',
  'Democratic Services Officer',
] as const;

const ORGANISATIONS = [
  'Borough Council',
  'County Council',
  'Millbrook Housing Association',
  'Riverside Tenants’ Forum',
  'NHS Integrated Care Board',
  'Citizens Advice',
  'Friends of Holloway Park',
  'Northgate Youth Trust',
  'the Chamber of Commerce',
] as const;

const OPENINGS = [
  'The group discussed',
  'Members considered a report on',
  'The chair introduced',
  'Officers gave an update on',
  'There was a long discussion of',
  'Residents raised concerns about',
  'The panel reviewed progress on',
  'Councillors questioned officers about',
  'A presentation was given on',
  'The group returned to',
] as const;

const FINDINGS = [
  'noting that spending was over budget by £{n},000',
  'which had been delayed by the contractor',
  'following complaints from tenants in {place}',
  'after the consultation received {n}0 responses',
  'where the pilot in {place} had gone well',
  'because the grant from central government had been cut',
  'which the scrutiny committee had asked to see again',
  'given the rise in demand over the winter',
  'as the lease on the building ends in March',
  'with support from volunteers in {place}',
] as const;

const OUTCOMES = [
  'It was agreed to write to the Secretary of State.',
  'The group agreed to defer a decision until the next meeting.',
  '{name} would circulate the revised figures before the next meeting.',
  'Members asked for a briefing note on the options.',
  'The recommendation was approved unanimously.',
  'The item was noted without further comment.',
  'Officers will bring back a costed proposal in the autumn.',
  'It was agreed that {name} would meet the residents’ association.',
  'The chair thanked {name} for the detailed report.',
  'A site visit to {place} will be arranged.',
  'Concerns about accessibility were recorded and will be followed up.',
  'The draft policy will go out for a six-week consultation.',
] as const;

const QUESTIONS = [
  'Could the timetable for {topic} be brought forward?',
  'Who holds the budget for {topic} after April?',
  'Has the equality impact of {topic} been assessed?',
  'What did residents in {place} say about {topic}?',
] as const;

const ACTION_VERBS = [
  'Circulate',
  'Draft',
  'Review',
  'Share',
  'Confirm',
  'Arrange',
  'Chase',
  'Publish',
  'Update',
  'Cost',
] as const;

const ACTION_OBJECTS = [
  'the briefing note on {topic}',
  'the revised figures for {topic}',
  'a meeting with residents in {place} about {topic}',
  'the consultation response on {topic}',
  'the risk register entry for {topic}',
  'the press release about {topic}',
  'the minutes’ wording on {topic} with legal services',
  'the site visit to {place}',
] as const;

export const MEETING_SERIES = [
  'Steering Group',
  'Housing Panel',
  'Climate Working Group',
  'Budget Scrutiny Committee',
  'Community Safety Partnership',
] as const;

export function personName(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
}

export function personRole(random: Random): { role: string; organisation: string } {
  return { role: random.pick(ROLES), organisation: random.pick(ORGANISATIONS) };
}

function fill(template: string, random: Random, topic: string, names: readonly string[]) {
  return template
    .replace(/\{topic\}/g, topic)
    .replace(/\{place\}/g, () => random.pick(PLACES))
    .replace(/\{name\}/g, () => random.pick(names))
    .replace(/\{n\}/g, () => String(2 + random.below(98)));
}

/** An agenda item's title: "Update on bus services in Riverside". */
export function itemTitle(random: Random, topic: string): string {
  const lead = random.pick(['Update on', 'Report on', 'Review of', 'Proposals for', 'Progress on']);
  return `${lead} ${topic}${random.next() < 0.4 ? ` in ${random.pick(PLACES)}` : ''}`;
}

/** One paragraph of minutes on `topic`: two to four sentences. */
export function minutesParagraph(random: Random, topic: string, names: readonly string[]): string {
  const sentences = [
    `${random.pick(OPENINGS)} ${topic}, ${fill(random.pick(FINDINGS), random, topic, names)}.`,
  ];
  const more = 1 + random.below(3);
  for (let i = 0; i < more; i++) {
    sentences.push(
      random.next() < 0.7
        ? fill(random.pick(OUTCOMES), random, topic, names)
        : `${random.pick(names)} said that ${fill(random.pick(FINDINGS), random, random.pick(TOPICS), names)}.`,
    );
  }
  return sentences.join(' ');
}

export function openQuestion(random: Random, topic: string, names: readonly string[]) {
  return fill(random.pick(QUESTIONS), random, topic, names);
}

export function actionDescription(random: Random, topic: string): string {
  return `${random.pick(ACTION_VERBS)} ${fill(random.pick(ACTION_OBJECTS), random, topic, [])}`;
}
