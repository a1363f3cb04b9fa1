import { use } from 'react';
import { ScreenHeading } from '../../app/ScreenHeading';
import { useWorkspace } from '../../data/WorkspaceProvider';
import type { StoragePersistence } from '../../data/storage-persistence';
import { GroupProfilePanel } from './GroupProfilePanel';
import { KnownWorkspacesPanel } from './KnownWorkspacesPanel';
import { SyncPanel } from '../sync/SyncPanel';
import { TemplatesPanel } from './TemplatesPanel';
import { WorkspaceFilePanel } from './WorkspaceFilePanel';
import { BackupsPanel } from './BackupsPanel';
import { StandardAgendaPanel } from './StandardAgendaPanel';
import { useAppInfo } from '../../data/useAppInfo';
import { WhoAmIPanel } from '../actions/WhoAmIPanel';
import { RemindersPanel } from './RemindersPanel';
import './settings.css';

const PLATFORM_NAMES: Record<string, string> = {
  win32: 'Windows',
  darwin: 'macOS',
  linux: 'Linux',
  web: 'Web browser',
};

const PERSISTENCE_TEXT: Record<StoragePersistence, string> = {
  persisted: 'Protected: your data is kept even when the disk is short of space.',
  'not-granted':
    'Not protected: the browser may clear data if the disk runs short of space. Back up regularly.',
  unsupported: 'This browser cannot protect stored data from being cleared.',
};

export function SettingsScreen() {
  const appInfo = useAppInfo();
  const { store, persistence: asked } = useWorkspace();
  // Settings loads under <Suspense>, so it may wait here for the browser's answer.
  const persistence = use(asked);
  return (
    <section className="screen">
      <header className="screen-header">
        <ScreenHeading>Settings</ScreenHeading>
      </header>
      <GroupProfilePanel />
      <WhoAmIPanel />
      <RemindersPanel />
      <SyncPanel />
      <StandardAgendaPanel />
      <TemplatesPanel />
      <WorkspaceFilePanel />
      <BackupsPanel />
      <KnownWorkspacesPanel />
      <section className="panel" aria-labelledby="about-heading">
        <h2 id="about-heading">About Quorum</h2>
        {appInfo.status === 'loading' && <p>Loading…</p>}
        {appInfo.status === 'failed' && <p role="alert">{appInfo.message}</p>}
        {appInfo.status === 'ready' && (
          <dl className="details">
            <dt>Version</dt>
            <dd>{appInfo.info.version}</dd>
            <dt>Running on</dt>
            <dd>{PLATFORM_NAMES[appInfo.info.platform] ?? appInfo.info.platform}</dd>
          </dl>
        )}
      </section>
      <section className="panel" aria-labelledby="storage-heading">
        <h2 id="storage-heading">Storage on this device</h2>
        <dl className="details">
          <dt>Local storage</dt>
          <dd>{PERSISTENCE_TEXT[persistence]}</dd>
          <dt>Workspace</dt>
          <dd>
            <code>{store.workspaceId}</code>
          </dd>
          <dt>This device</dt>
          <dd>
            <code>{store.deviceId}</code>
          </dd>
        </dl>
      </section>
    </section>
  );
}
