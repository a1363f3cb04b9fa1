import { useState, type FormEvent } from 'react';
import { useSyncSetup } from '../../data/useSyncSetup';
import { Field } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';
import { HostedDetails } from './HostedDetails';
import { describeSync } from './SyncStatus';
import { useSyncSnapshot } from './useSync';

/**
 * Settings → Sync: join a workspace with a server address and invite code, sync this one
 * through a server, or host it on this network from the desktop app.
 */
export function SyncPanel() {
  const setup = useSyncSetup();
  const { configured, host, stop } = setup;
  const snapshot = useSyncSnapshot();

  return (
    <section className="panel" aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync</h2>
      <DisplayNameField initial={setup.displayName} onChange={setup.setDisplayName} />
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
          <Field
            label="Invite code for this workspace"
            hint="Give the server address and this code only to members of the group: together they open every meeting in the workspace."
            className="invite-code"
            value={configured.inviteCode}
            readOnly
            onFocus={(event) => event.target.select()}
          />
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
          <JoinForm onJoin={setup.join} />
          <ShareForm onShare={setup.share} />
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
      <StatusMessage progress={setup.progress} />
    </section>
  );
}

function DisplayNameField({
  initial,
  onChange,
}: {
  initial: string;
  onChange: (name: string) => void;
}) {
  const [name, setName] = useState(initial);
  return (
    <Field
      label="Your name"
      hint="Shown to others beside your cursor and in “Who is here”."
      value={name}
      autoComplete="name"
      onChange={(event) => {
        setName(event.target.value);
        onChange(event.target.value);
      }}
    />
  );
}

function JoinForm({ onJoin }: { onJoin: (url: string, code: string) => Promise<void> }) {
  const [url, setUrl] = useState('');
  const [code, setCode] = useState('');
  const join = (event: FormEvent) => {
    event.preventDefault();
    void onJoin(url, code);
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
