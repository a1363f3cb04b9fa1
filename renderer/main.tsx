// First: it starts reading the local database while the rest of the app is evaluated.
import { takeLocalStart } from './data/startup/start-reading';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { WorkspaceProvider } from './data/WorkspaceProvider';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <WorkspaceProvider openLocalStart={takeLocalStart}>
      <App />
    </WorkspaceProvider>
  </StrictMode>,
);
