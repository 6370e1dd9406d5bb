import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initHost } from './teams/host';

// Outside Teams initHost answers at once; inside, it waits for the host (at most a few seconds).
void initHost().then((host) => {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  document.documentElement.dataset['host'] = host.inTeams ? 'teams' : 'standalone';
  createRoot(root).render(
    <StrictMode>
      <App host={host} />
    </StrictMode>,
  );
});
