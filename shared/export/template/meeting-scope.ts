import type { ExportAgendaItem, MeetingExportData, PersonLine } from '../meeting-data';
import { itemInlineFields, itemTimings } from './item-fields';
import { childScope, type Scope } from './scope';
import {
  actionsBlock,
  agendaList,
  allDecisions,
  attendees,
  decisionParagraphs,
  documentBody,
  hasContent,
  isNextMeetingItem,
  itemMinutes,
  people,
  type TemplateDocumentKind,
} from './sections';
import { actionFields, inlineValues } from './values';

/**
 * The meeting as the template's placeholders and blocks see it, for one kind of document.
 * The kind decides what goes in: a summary leaves out items with nothing to say, an agenda
 * leaves out every minute, decision and action, so one template serves all three.
 */
export interface MeetingScopeOptions {
  kind: TemplateDocumentKind;
  /** The template prints {{next_meeting}} itself: the "Date of next meeting" item is left out
   * of the items, so the date appears once. */
  nextMeetingElsewhere: boolean;
}

const personFields = (person: PersonLine, attendance = '') => ({
  name: person.name,
  role: person.role,
  organisation: person.organisation,
  attendance,
});

export function meetingScope(data: MeetingExportData, options: MeetingScopeOptions): Scope {
  const { kind } = options;
  const recorded = kind !== 'agenda';
  const timings = itemTimings(data.meeting.startTime, data.agenda);
  const items = data.agenda.filter(
    (item) =>
      !(options.nextMeetingElsewhere && isNextMeetingItem(item)) &&
      (kind !== 'summary' || hasContent(item)),
  );
  const actions = recorded ? data.actions : [];

  const top: Scope = {
    parent: null,
    inline: inlineValues(data, kind),
    content: {
      attendees: (ctx) => attendees(ctx, data),
      apologies: (ctx) => people(ctx, data.attendance.apologies),
      agenda: (ctx) => agendaList(ctx, data.agenda),
      minutes: (ctx) => documentBody(ctx, data, items, kind, timings),
      decisions: (ctx) => (recorded ? allDecisions(ctx, items) : []),
      actions: (ctx) => (recorded ? actionsBlock(ctx, actions.map(actionFields)) : []),
    },
    lists: {},
  };

  const actionScope = (parent: Scope) => (action: MeetingExportData['actions'][number]) =>
    childScope(parent, { ...actionFields(action) });
  const decisionScope = (parent: Scope, item: ExportAgendaItem) => (decision: string) =>
    childScope(parent, { decision, item: String(item.number), item_title: item.title });

  const itemScope = (item: ExportAgendaItem): Scope => {
    const own = actions.filter((action) => action.itemNumber === item.number);
    const scope: Scope = childScope(top, itemInlineFields(item, timings.get(item.id)), {
      // Inside {{#items}} the template says where decisions go, so the minutes leave them out.
      minutes: (ctx) =>
        itemMinutes(ctx, data, item, kind, (ctx.styles.heading(2)?.level ?? 2) + 1, false),
      decisions: (ctx) => (recorded ? decisionParagraphs(ctx, item.decisions) : []),
      actions: (ctx) => (own.length > 0 ? actionsBlock(ctx, own.map(actionFields)) : []),
    });
    scope.lists = {
      decisions: () => (recorded ? item.decisions.map(decisionScope(scope, item)) : []),
      actions: () => own.map(actionScope(scope)),
    };
    return scope;
  };

  top.lists = {
    items: () => items.map(itemScope),
    attendees: () => [
      ...data.attendance.present.map((p) => childScope(top, personFields(p, 'Present'))),
      ...data.attendance['in-attendance'].map((p) =>
        childScope(top, personFields(p, 'In attendance')),
      ),
    ],
    apologies: () => data.attendance.apologies.map((p) => childScope(top, personFields(p))),
    actions: () => actions.map(actionScope(top)),
    decisions: () =>
      recorded ? items.flatMap((item) => item.decisions.map(decisionScope(top, item))) : [],
    declarations: () =>
      recorded
        ? data.agenda
            .flatMap((item) => item.declarations ?? [])
            .map((declaration) => childScope(top, { declaration }))
        : [],
  };
  return top;
}
