import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { hashForSubPage, initHost } from './teams/host';

// Outside Teams initHost answers at once; inside, it waits for the host (at most a few seconds).
void initHost().then((host) => {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  document.documentElement.dataset['host'] = host.inTeams ? 'teams' : 'standalone';
  // A card's "Open in Guildhall" deep link names the page to open.
  const deepLink = hashForSubPage(host.subPage);
  if (deepLink && !window.location.hash.startsWith(deepLink)) window.location.hash = deepLink;
  createRoot(root).render(
    <StrictMode>
      <App host={host} />
    </StrictMode>,
  );
});
