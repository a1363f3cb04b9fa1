import { useState, type FormEvent } from 'react';
import { generateInviteCode } from '../../../shared/sync/invite-codes';
import { rememberWorkspace, switchWorkspace } from '../../data/known-workspaces';
import { useWorkspace } from '../../data/WorkspaceProvider';
import { quorumApi } from '../../platform/quorum-api';
import { hostWorkspace } from '../../sync/hosting';
import { writeDisplayName, writeSyncSettings, type SyncSettings } from '../../sync/sync-settings';
import { describeSync } from '../../sync/SyncStatus';
import { useSyncSnapshot } from '../../sync/useSync';
import { Field } from '../../ui/Field';
import { HostedDetails } from './HostedDetails';

type Message = { kind: 'none' } | { kind: 'working' | 'error'; text: string };

/**
 * Settings → Sync: join a workspace with a server address and invite code, sync this one
 * through a server, or host it on this network from the desktop app.
 */
export function SyncPanel() {
  const { store } = useWorkspace();
  const snapshot = useSyncSnapshot();
  const configured = store.sync.configured;
  const [message, setMessage] = useState<Message>({ kind: 'none' });

  const connect = async (settings: SyncSettings) => {
    await writeSyncSettings(store.localDb, store.workspaceId, settings);
    store.sync.configure(settings);
    setMessage({ kind: 'none' });
  };

  const host = async () => {
    setMessage({ kind: 'working', text: 'Starting the sync server on this computer…' });
    const started = await hostWorkspace(quorumApi, store);
    setMessage(started.ok ? { kind: 'none' } : { kind: 'error', text: started.message });
  };

  const stop = async () => {
    const wasHosted = configured?.hosted;
    await writeSyncSettings(store.localDb, store.workspaceId, null);
    store.sync.configure(null);
    // Stopping the server after this device has left it, so the others see it go offline.
    if (wasHosted) await quorumApi.stopHosting();
  };

  return (
    <section className="panel" aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync</h2>
      <DisplayNameField />
      {configured ? (
        <>
          <p>
            {configured.hosted ? (
              'This computer hosts this workspace.'
            ) : (
              <>
                This workspace syncs through <code>{configured.url}</code>.
              </>
            )}{' '}
            Status: <strong>{describeSync(snapshot)}</strong>.
          </p>
          {configured.hosted && (
            <HostedDetails
              settings={configured}
              phase={snapshot.phase}
              onHostAgain={() => void host()}
            />
          )}
          <p>
            Invite code: <code className="invite-code">{configured.inviteCode}</code>
          </p>
          <p className="hint">
            Give the server address and this code only to members of the group: together they open
            every meeting in the workspace.
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void stop()}>
              Stop syncing on this device
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            Everything is kept on this device. Sync shares this workspace with other laptops through
            a Quorum sync server; each keeps working offline and merges when they meet.
          </p>
          <JoinForm setMessage={setMessage} />
          <ShareForm
            onShare={async (url) => {
              const allowed = await quorumApi.useSyncServer({ url });
              if (!allowed.ok) return allowed.message;
              await connect({ url: allowed.value.url, inviteCode: generateInviteCode() });
              return undefined;
            }}
          />
          <h3>Host on this network</h3>
          <p>
            Run the sync server on this computer, so others in the room can join it over the local
            network.
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void host()}>
              Host on this network
            </button>
          </div>
        </>
      )}
      <div aria-live="polite">{message.kind === 'working' && <p>{message.text}</p>}</div>
      {message.kind === 'error' && (
        <p role="alert" className="field-error">
          {message.text}
        </p>
      )}
    </section>
  );
}

function DisplayNameField() {
  const { store } = useWorkspace();
  const [name, setName] = useState(store.sync.currentUser.name);
  return (
    <Field
      label="Your name"
      hint="Shown to others beside your cursor and in “Who is here”."
      value={name}
      autoComplete="name"
      onChange={(event) => {
        const value = event.target.value;
        setName(value);
        store.sync.setUser({ ...store.sync.currentUser, name: value.trim() });
        void writeDisplayName(store.localDb, value);
      }}
    />
  );
}

function JoinForm({ setMessage }: { setMessage: (message: Message) => void }) {
  const { store } = useWorkspace();
  const [url, setUrl] = useState('');
  const [code, setCode] = useState('');

  const join = async (event: FormEvent) => {
    event.preventDefault();
    setMessage({ kind: 'working', text: 'Asking the server for the workspace…' });
    const joined = await quorumApi.joinSyncServer({ url: url.trim(), inviteCode: code.trim() });
    if (!joined.ok) return setMessage({ kind: 'error', text: joined.message });
    const { workspaceId, url: serverUrl } = joined.value;
    const settings = { url: serverUrl, inviteCode: code.trim().toUpperCase() };
    if (workspaceId === store.workspaceId) {
      await writeSyncSettings(store.localDb, workspaceId, settings);
      store.sync.configure(settings);
      setMessage({ kind: 'none' });
      return;
    }
    // Another workspace: open it, empty, and let its document come from the server.
    await writeSyncSettings(store.localDb, workspaceId, { ...settings, awaitingFirstSync: true });
    await rememberWorkspace(store.localDb, { id: workspaceId, name: 'Joined workspace' });
    await switchWorkspace(store.localDb, workspaceId);
    // Reopen on the meetings list, where the joined workspace's meetings arrive.
    window.location.hash = '#/meetings';
    window.location.reload();
  };

  return (
    <form className="form" onSubmit={(event) => void join(event)}>
      <h3>Join a workspace</h3>
      <Field
        label="Server address"
        hint="For example ws://192.168.1.20:4455 or https://sync.example.gov.uk"
        value={url}
        required
        onChange={(event) => setUrl(event.target.value)}
      />
      <Field
        label="Invite code"
        hint="For example QRM-7KX4-P9TD-M2HQ"
        value={code}
        required
        autoComplete="off"
        onChange={(event) => setCode(event.target.value)}
      />
      <div className="button-row">
        <button type="submit" className="button button--primary">
          Join
        </button>
      </div>
    </form>
  );
}

function ShareForm({ onShare }: { onShare: (url: string) => Promise<string | undefined> }) {
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | undefined>();
  const share = async (event: FormEvent) => {
    event.preventDefault();
    setError(await onShare(url.trim()));
  };
  return (
    <form className="form" onSubmit={(event) => void share(event)} noValidate>
      <h3>Sync this workspace through a server</h3>
      <Field
        label="Server address for this workspace"
        hint="Quorum makes an invite code for the others to join with."
        value={url}
        error={error}
        onChange={(event) => setUrl(event.target.value)}
      />
      <div className="button-row">
        <button type="submit" className="button">
          Start syncing
        </button>
      </div>
    </form>
  );
}
