import type * as Y from 'yjs';
import { z } from 'zod';
import { newId } from './ids';
import { byPosition, positionAt, positionAtEnd } from './ordering';
import { LOCAL_EDIT } from './origins';
import {
  fieldErrors,
  InputError,
  newRecord,
  readRecords,
  writeRecord,
  recordFields,
} from './records';
import { groupMap, standardAgendaMap } from './workspace-doc';
import { agendaPurposes, type AgendaPurpose } from './agenda-purpose';
import { venueKinds } from './venue';

export const cadences = [
  'monthly',
  'bimonthly',
  'quarterly',
  'termly',
  'annually',
  'as needed',
] as const;
export type Cadence = (typeof cadences)[number];

export const groupProfileSchema = z.object({
  name: z.string().trim().min(1, 'Enter the group’s name').max(200),
  organisation: z.string().trim().max(200).default(''),
  defaultVenueKind: z.enum(venueKinds).default('online'),
  defaultVenue: z.string().trim().max(200).default('Microsoft Teams'),
  cadence: z.enum(cadences).default('quarterly'),
  /** Starts each minute reference ("SG" in "SG 23/14"); empty: references are "23/14". */
  minutePrefix: z
    .string()
    .trim()
    .max(12, 'Keep the prefix to 12 characters or fewer')
    .regex(/^[^/]*$/, 'Leave the slash out of the prefix: it goes before the number')
    .default(''),
  /** The quorum: how many members must be present; 0 means the group has no quorum rule. */
  quorumMembers: z
    .number({ error: 'Enter the quorum as a whole number' })
    .int('Enter the quorum as a whole number')
    .min(0, 'The quorum cannot be negative')
    .max(200, 'Keep the quorum to 200 members or fewer')
    .default(0),
  /** Whether the chair must be among those present for the meeting to be quorate. */
  quorumIncludesChair: z.boolean().default(false),
});

export type GroupProfile = z.output<typeof groupProfileSchema>;
export type GroupProfileInput = z.input<typeof groupProfileSchema>;

const UNNAMED_GROUP: GroupProfile = {
  name: 'Steering group',
  organisation: '',
  defaultVenueKind: 'online',
  defaultVenue: 'Microsoft Teams',
  cadence: 'quarterly',
  minutePrefix: '',
  quorumMembers: 0,
  quorumIncludesChair: false,
};

export function readGroupProfile(workspace: Y.Doc): GroupProfile {
  const parsed = groupProfileSchema.safeParse(recordFields(groupMap(workspace)));
  return parsed.success ? parsed.data : UNNAMED_GROUP;
}

export function updateGroupProfile(workspace: Y.Doc, changes: Partial<GroupProfileInput>): void {
  const parsed = groupProfileSchema.safeParse({ ...readGroupProfile(workspace), ...changes });
  if (!parsed.success) throw new InputError('group profile', fieldErrors(parsed.error));
  const changed = Object.fromEntries(
    Object.keys(changes).map((key) => [key, parsed.data[key as keyof GroupProfile]]),
  );
  workspace.transact(() => writeRecord(groupMap(workspace), changed), LOCAL_EDIT);
}

/**
 * The standard agenda: items every meeting starts with. 'opening' items come before the
 * meeting's own substantive items and 'closing' items after them, in the order UK local
 * government minutes follow.
 */
export const agendaSections = ['opening', 'closing'] as const;
export type AgendaSection = (typeof agendaSections)[number];

export const standardAgendaItemSchema = z.object({
  title: z.string().trim().min(1, 'Enter a title').max(200),
  purpose: z.enum(agendaPurposes).default('information'),
  allottedMinutes: z.number().int().min(0).max(600).default(5),
  section: z.enum(agendaSections),
});

export type StandardAgendaItemInput = z.input<typeof standardAgendaItemSchema>;
export type StandardAgendaItem = z.output<typeof standardAgendaItemSchema> & {
  id: string;
  position: string;
};

const standardAgendaRecordSchema = standardAgendaItemSchema.extend({
  id: z.string(),
  position: z.string(),
});

export const DEFAULT_STANDARD_AGENDA: readonly {
  title: string;
  purpose: AgendaPurpose;
  allottedMinutes: number;
  section: AgendaSection;
}[] = [
  {
    title: 'Welcome and introductions',
    purpose: 'information',
    allottedMinutes: 5,
    section: 'opening',
  },
  { title: 'Apologies', purpose: 'information', allottedMinutes: 2, section: 'opening' },
  {
    title: 'Declarations of interest',
    purpose: 'information',
    allottedMinutes: 2,
    section: 'opening',
  },
  {
    title: 'Minutes of the previous meeting',
    purpose: 'decision',
    allottedMinutes: 5,
    section: 'opening',
  },
  {
    title: 'Matters arising and action log',
    purpose: 'discussion',
    allottedMinutes: 10,
    section: 'opening',
  },
  { title: 'Any other business', purpose: 'discussion', allottedMinutes: 5, section: 'closing' },
  { title: 'Date of next meeting', purpose: 'information', allottedMinutes: 2, section: 'closing' },
];

/**
 * The default standard agenda's "Matters arising and action log" (its fifth item, so
 * `standard-5`): the item under which open actions from earlier meetings come back.
 */
export const MATTERS_ARISING_STANDARD_ID = 'standard-5';

/** Opening items then closing items, each in their order. */
export function listStandardAgenda(workspace: Y.Doc): StandardAgendaItem[] {
  const items = readRecords(standardAgendaMap(workspace), standardAgendaRecordSchema).sort(
    byPosition,
  );
  return [
    ...items.filter((item) => item.section === 'opening'),
    ...items.filter((item) => item.section === 'closing'),
  ];
}

export function addStandardAgendaItem(workspace: Y.Doc, input: StandardAgendaItemInput): string {
  const parsed = standardAgendaItemSchema.safeParse(input);
  if (!parsed.success) throw new InputError('agenda item', fieldErrors(parsed.error));
  const id = newId();
  const position = positionAtEnd(listStandardAgenda(workspace));
  workspace.transact(() => {
    standardAgendaMap(workspace).set(id, newRecord({ id, position, ...parsed.data }));
  }, LOCAL_EDIT);
  return id;
}

export function removeStandardAgendaItem(workspace: Y.Doc, id: string): void {
  workspace.transact(() => standardAgendaMap(workspace).delete(id), LOCAL_EDIT);
}

/** Moves an item to `index` among the items of its own section (opening or closing). */
export function moveStandardAgendaItem(workspace: Y.Doc, id: string, index: number): void {
  const map = standardAgendaMap(workspace).get(id);
  const item = listStandardAgenda(workspace).find((i) => i.id === id);
  if (!map || !item) throw new Error(`No standard agenda item with id ${id}`);
  const others = listStandardAgenda(workspace)
    .filter((other) => other.section === item.section && other.id !== id)
    .sort(byPosition);
  workspace.transact(() => map.set('position', positionAt(others, index)), LOCAL_EDIT);
}

/**
 * Writes the default standard agenda into an empty workspace (first run, migrations). Ids and
 * positions are fixed, so two devices that both seed offline write the same keys and merge into
 * one agenda rather than two.
 */
export function seedStandardAgenda(workspace: Y.Doc): void {
  if (standardAgendaMap(workspace).size > 0) return;
  workspace.transact(() => {
    let position: string | null = null;
    DEFAULT_STANDARD_AGENDA.forEach((item, index) => {
      const id = `standard-${index + 1}`;
      position = positionAtEnd(position === null ? [] : [{ id: '', position }]);
      standardAgendaMap(workspace).set(id, newRecord({ id, position, ...item }));
    });
  }, LOCAL_EDIT);
}
