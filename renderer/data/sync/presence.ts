import type { Awareness } from 'y-protocols/awareness';

/**
 * What each device tells the others through Yjs awareness (never stored): who it is, and
 * where in the workspace it is. The minutes editor's carets read `user` from the meeting
 * document's awareness in the same shape (y-tiptap's cursor plugin expects name and color).
 */
export interface PresenceUser {
  name: string;
  /** A colour with at least 4.5:1 contrast against white text (the caret's label). */
  color: string;
}

export interface PresenceLocation {
  meetingId?: string;
  meetingTitle?: string;
  itemId?: string;
  itemTitle?: string;
}

export interface Peer extends PresenceLocation {
  clientId: number;
  name: string;
  color: string;
}

/** Dark enough for white text at 4.5:1 or better; distinct from each other. */
const COLOURS = ['#1d70b8', '#b5135d', '#00703c', '#6f3cb4', '#a64500', '#005f73', '#8a1538'];

/** The same colour for a device every time, so people learn who is who. */
export function colourFor(deviceId: string): string {
  let hash = 0;
  for (const char of deviceId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return COLOURS[hash % COLOURS.length] ?? '#1d70b8';
}

/** Everyone else connected to the workspace, by the state they last announced. */
export function peersOf(awareness: Awareness): Peer[] {
  const peers: Peer[] = [];
  awareness.getStates().forEach((state, clientId) => {
    if (clientId === awareness.clientID) return;
    const user = state.user as Partial<PresenceUser> | undefined;
    if (typeof user?.name !== 'string' || typeof user.color !== 'string') return;
    const location = (state.location ?? {}) as PresenceLocation;
    peers.push({
      clientId,
      name: user.name || 'Someone',
      color: user.color,
      meetingId: stringOr(location.meetingId),
      meetingTitle: stringOr(location.meetingTitle),
      itemId: stringOr(location.itemId),
      itemTitle: stringOr(location.itemTitle),
    });
  });
  return peers.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
