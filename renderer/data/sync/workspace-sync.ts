import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { meetingDocumentName, workspaceDocumentName } from '../../../shared/sync/document-names';
import { refusalMessage } from './refusal-message';
import { peersOf, type Peer, type PresenceLocation, type PresenceUser } from './presence';
import type { SyncSettings } from './sync-settings';

/**
 * This device's connection to a sync server (docs/sync.md): one WebSocket carrying the
 * workspace document and every meeting document open on this device (Hocuspocus
 * multiplexing), and the awareness that says who is here and where.
 *
 * Nothing waits on it. Edits go into the local Yjs documents (and so to IndexedDB) first;
 * the providers send what the server lacks whenever a connection is up, and merge what
 * arrives. Going offline only changes the status.
 */

export type SyncPhase = 'off' | 'offline' | 'connecting' | 'synced';

export interface SyncSnapshot {
  phase: SyncPhase;
  /** Everyone else connected to this workspace now. */
  peers: Peer[];
  /**
   * Why the server refused us (a wrong invite code), or why a meeting open here is not
   * syncing, in words for the person.
   */
  problem: string | null;
  /** The server's address while sync is set up. */
  server: string | null;
}

/** How long opening a never-seen meeting waits for the server's copy before starting afresh. */
const FIRST_SYNC_WAIT_MS = 4_000;

export class WorkspaceSync {
  private socket: HocuspocusProviderWebsocket | null = null;
  private workspaceProvider: HocuspocusProvider | null = null;
  private readonly meetingProviders = new Map<string, HocuspocusProvider>();
  private readonly openMeetings = new Map<string, Y.Doc>();
  private settings: SyncSettings | null = null;
  private problem: string | null = null;
  /** Meetings that could not join the connection, by id: they stay local until reopened. */
  private readonly meetingProblems = new Map<string, string>();
  private location: PresenceLocation = {};
  private snapshot: SyncSnapshot = { phase: 'off', peers: [], problem: null, server: null };
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly workspaceId: string,
    private readonly doc: Y.Doc,
    private user: PresenceUser,
  ) {}

  /** Connects (or reconnects elsewhere) with these settings; null stops syncing. */
  configure(settings: SyncSettings | null): void {
    this.disconnect();
    this.settings = settings;
    this.problem = null;
    if (settings) this.connect(settings);
    this.refresh();
  }

  get configured(): SyncSettings | null {
    return this.settings;
  }

  /** Resolves once the workspace document has had the server's state (first sync). */
  whenWorkspaceSynced(): Promise<void> {
    const provider = this.workspaceProvider;
    if (!provider || provider.isSynced) return Promise.resolve();
    return firstSync(provider);
  }

  /**
   * Waits, briefly and only while a connection may come, for the server's state of the
   * workspace and of these open meetings. Acting on a stale copy (preparing the next meeting
   * on a laptop that has just woken, before it hears the date of next meeting the chair agreed
   * elsewhere) would write what the server already contradicts. Offline, or with sync off, it
   * resolves at once: nothing waits on a network that is not there.
   */
  settle(meetingIds: readonly string[] = [], waitMs = FIRST_SYNC_WAIT_MS): Promise<void> {
    if (!this.socket || this.socket.status === 'disconnected') return Promise.resolve();
    const pending = [
      this.workspaceProvider,
      ...meetingIds.map((id) => this.meetingProviders.get(id)),
    ].filter((provider): provider is HocuspocusProvider => !!provider && !provider.isSynced);
    if (pending.length === 0) return Promise.resolve();
    return Promise.race([
      Promise.all(pending.map(firstSync)).then(() => undefined),
      new Promise<void>((resolve) => setTimeout(resolve, waitMs)),
    ]);
  }

  /**
   * Starts syncing a meeting document that has just been loaded from this device. When it
   * is empty here (made on another device) the returned promise waits, briefly and only
   * while a connection may come, for the server's copy: filling it locally first would race
   * the real header (an approval, a new title) written elsewhere.
   */
  attachMeeting(meetingId: string, doc: Y.Doc, isEmpty: boolean): Promise<void> {
    this.openMeetings.set(meetingId, doc);
    const provider = this.socket ? this.provideMeeting(meetingId, doc) : null;
    if (!provider || !isEmpty || this.socket?.status === 'disconnected') return Promise.resolve();
    return Promise.race([
      firstSync(provider),
      new Promise<void>((resolve) => setTimeout(resolve, FIRST_SYNC_WAIT_MS)),
    ]);
  }

  /**
   * A meeting open on this device could not start syncing: its edits stay on this device, so
   * the person is told (the status's hint) until the meeting is closed and opened again.
   */
  meetingFailed(meetingId: string, title: string, error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    this.meetingProblems.set(
      meetingId,
      `“${title}” is not syncing (${reason}). Its changes are kept on this computer; close the meeting and open it again to retry.`,
    );
    this.refresh();
  }

  detachMeeting(meetingId: string): void {
    this.meetingProblems.delete(meetingId);
    this.openMeetings.delete(meetingId);
    this.meetingProviders.get(meetingId)?.destroy();
    this.meetingProviders.delete(meetingId);
    this.refresh();
  }

  /** The meeting document's awareness, for collaborators' carets in the minutes. */
  meetingAwareness(meetingId: string): Awareness | null {
    return this.meetingProviders.get(meetingId)?.awareness ?? null;
  }

  setUser(user: PresenceUser): void {
    this.user = user;
    this.workspaceProvider?.setAwarenessField('user', user);
    for (const provider of this.meetingProviders.values()) provider.setAwarenessField('user', user);
  }

  get currentUser(): PresenceUser {
    return this.user;
  }

  /** Where this person is: shown to the others as "in <meeting>, <item>". */
  setLocation(location: PresenceLocation): void {
    this.location = location;
    this.workspaceProvider?.setAwarenessField('location', location);
  }

  /** Changes part of the location: the item being minuted, within the meeting already set. */
  updateLocation(patch: PresenceLocation): void {
    this.setLocation({ ...this.location, ...patch });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SyncSnapshot => this.snapshot;

  destroy(): void {
    this.disconnect();
    this.listeners.clear();
  }

  private connect(settings: SyncSettings): void {
    this.socket = new HocuspocusProviderWebsocket({
      url: settings.url,
      // Keep trying, gently: a laptop in a meeting room drops off the network and comes back.
      maxDelay: 10_000,
    });
    this.socket.on('status', this.refresh);
    // Chromium keeps an open WebSocket through a lost network until a long timeout; the
    // browser's own offline/online events are the prompt signal to stop and to resume.
    globalThis.addEventListener?.('offline', this.goOffline);
    globalThis.addEventListener?.('online', this.goOnline);
    if (globalThis.navigator?.onLine === false) this.socket.disconnect();
    this.workspaceProvider = this.provide(workspaceDocumentName(this.workspaceId), this.doc);
    this.workspaceProvider.setAwarenessField('location', this.location);
    this.workspaceProvider.awareness?.on('change', this.refresh);
    for (const [meetingId, doc] of this.openMeetings) this.provideMeeting(meetingId, doc);
  }

  private provideMeeting(meetingId: string, doc: Y.Doc): HocuspocusProvider {
    const existing = this.meetingProviders.get(meetingId);
    if (existing) return existing;
    const provider = this.provide(meetingDocumentName(this.workspaceId, meetingId), doc);
    this.meetingProviders.set(meetingId, provider);
    return provider;
  }

  private provide(name: string, document: Y.Doc): HocuspocusProvider {
    const socket = this.socket;
    if (!socket || !this.settings) throw new Error('Sync is not connected');
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      document,
      token: this.settings.inviteCode,
    });
    provider.on('synced', this.refresh);
    provider.on('unsyncedChanges', this.refresh);
    provider.on('authenticationFailed', ({ reason }: { reason?: string }) => {
      this.problem = refusalMessage(reason ?? 'permission-denied', documentLabel(document));
      this.refresh();
    });
    provider.setAwarenessField('user', this.user);
    // A shared socket does not attach its providers by itself.
    provider.attach();
    return provider;
  }

  private readonly goOffline = () => this.socket?.disconnect();
  private readonly goOnline = () => void this.socket?.connect();

  private disconnect(): void {
    globalThis.removeEventListener?.('offline', this.goOffline);
    globalThis.removeEventListener?.('online', this.goOnline);
    for (const provider of this.meetingProviders.values()) provider.destroy();
    this.meetingProviders.clear();
    this.workspaceProvider?.awareness?.off('change', this.refresh);
    this.workspaceProvider?.destroy();
    this.workspaceProvider = null;
    this.socket?.off('status', this.refresh);
    this.socket?.destroy();
    this.socket = null;
  }

  private readonly refresh = (): void => {
    const next: SyncSnapshot = {
      phase: this.phase(),
      // Awareness states linger for 30 s after a connection drops; offline, nobody is "here".
      peers:
        this.socket?.status === 'connected' && this.workspaceProvider?.awareness
          ? peersOf(this.workspaceProvider.awareness)
          : [],
      problem: this.problem ?? this.meetingProblems.values().next().value ?? null,
      server: this.settings?.url ?? null,
    };
    if (JSON.stringify(next) === JSON.stringify(this.snapshot)) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  };

  private phase(): SyncPhase {
    if (!this.socket || !this.workspaceProvider) return 'off';
    if (this.problem) return 'offline';
    if (this.socket.status === 'disconnected') return 'offline';
    if (this.socket.status === 'connecting') return 'connecting';
    const providers = [this.workspaceProvider, ...this.meetingProviders.values()];
    const settled = providers.every((p) => p.isSynced && !p.hasUnsyncedChanges);
    return settled ? 'synced' : 'connecting';
  }
}

/** Resolves when the provider has had the server's state once. */
function firstSync(provider: HocuspocusProvider): Promise<void> {
  if (provider.isSynced) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      provider.off('synced', done);
      resolve();
    };
    provider.on('synced', done);
  });
}

/**
 * A document named for the person: a meeting by the title in its header, read straight from
 * the map so that this module does not load the model; otherwise the workspace.
 */
function documentLabel(document: Y.Doc): string {
  const title: unknown = document.share.has('header')
    ? document.getMap('header').get('title')
    : null;
  return typeof title === 'string' && title ? `the meeting “${title}”` : 'this workspace';
}
