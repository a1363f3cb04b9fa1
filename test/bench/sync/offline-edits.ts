import type * as Y from 'yjs';
import {
  actionStatuses,
  agendaItemMinutes,
  createAction,
  listActions,
  listAgenda,
  moveAgendaItem,
  updateAction,
  updateAgendaItem,
  updateMeetingHeader,
} from '../../../shared/model';
import { appendRichText, paragraph } from '../../../shared/sample/rich-text-builder';
import type { Random } from './random';
import { backspace, paragraphTexts, typeAt } from './typing';

/**
 * What one device does while offline: a mix of the edits people make during a meeting, each
 * through the model (or, for typing, the way the editor writes). Typing dominates, as it does
 * in a real meeting; the rest conflict with the other device on purpose (same agenda order,
 * same action statuses, same titles).
 */
export interface OfflineDevice {
  workspace: Y.Doc;
  meeting: Y.Doc;
  meetingId: string;
  /** Shown in typed text and titles, so the two devices' edits differ. */
  label: string;
}

const WORDS = ['agreed', 'partners', 'budget', 'housing', 'schools', 'report', 'funding', 'next'];

type Edit = (device: OfflineDevice, random: Random, n: number) => void;

const typeWord: Edit = ({ meeting }, random) => {
  const item = random.pick(listAgenda(meeting));
  const text = random.pick(paragraphTexts(agendaItemMinutes(meeting, item.id)));
  typeAt(text, random.below(text.length + 1), `${random.pick(WORDS)} `);
};

const deleteWord: Edit = ({ meeting }, random) => {
  const item = random.pick(listAgenda(meeting));
  const text = random.pick(paragraphTexts(agendaItemMinutes(meeting, item.id)));
  backspace(text, random.below(text.length + 1), 1 + random.below(8));
};

const newParagraph: Edit = ({ meeting, label }, random, n) => {
  const item = random.pick(listAgenda(meeting));
  appendRichText(agendaItemMinutes(meeting, item.id), [paragraph(`${label} note ${n}: `)]);
};

const moveItem: Edit = ({ meeting }, random) => {
  const items = listAgenda(meeting);
  moveAgendaItem(meeting, random.pick(items).id, random.below(items.length));
};

const retitleItem: Edit = ({ meeting, label }, random, n) => {
  const item = random.pick(listAgenda(meeting));
  const base = item.title.replace(/ \(.*\)$/, '');
  updateAgendaItem(meeting, item.id, { title: `${base} (${label} ${n})` });
};

const changeActionStatus: Edit = ({ workspace }, random) => {
  const action = random.pick(listActions(workspace));
  updateAction(workspace, action.id, { status: random.pick(actionStatuses) });
};

const addAction: Edit = ({ workspace, meeting, meetingId, label }, random, n) => {
  createAction(workspace, {
    description: `${label} action ${n}: confirm the ${random.pick(WORDS)} figures`,
    ownerName: `${label} officer`,
    meetingId,
    itemId: random.pick(listAgenda(meeting)).id,
  });
};

const retitleMeeting: Edit = ({ workspace, meeting, meetingId, label }, _random, n) => {
  updateMeetingHeader(workspace, meeting, meetingId, {
    title: `Sanctuary Steering Group (${label} ${n})`,
  });
};

/** Relative weights: mostly typing, then agenda and action changes. */
const MIX: readonly [Edit, number][] = [
  [typeWord, 55],
  [deleteWord, 8],
  [newParagraph, 4],
  [moveItem, 10],
  [retitleItem, 7],
  [changeActionStatus, 10],
  [addAction, 4],
  [retitleMeeting, 2],
];
const TOTAL_WEIGHT = MIX.reduce((sum, [, weight]) => sum + weight, 0);

/** Makes `count` edits, each its own transaction, as a person would. */
export function makeOfflineEdits(device: OfflineDevice, random: Random, count: number): void {
  for (let n = 0; n < count; n++) {
    let roll = random.below(TOTAL_WEIGHT);
    const entry = MIX.find(([, weight]) => (roll -= weight) < 0) ?? MIX[0]!;
    entry[0](device, random, n);
  }
}
