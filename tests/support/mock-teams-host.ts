/**
 * A page that plays the Teams host for the tab: it frames the tab (same origin, as teams-js
 * requires of a trusted parent in tests) and answers the teams-js postMessage protocol:
 * initialize, getContext, authentication.getAuthToken, and records everything else it is asked
 * (notifySuccess among them). `window.hostCalls` lists the calls; `window.pushTheme(t)` sends a
 * theme change like Teams does. Internal protocol: for tests only.
 */
export function mockTeamsHostHtml(options: {
  tabPath: string;
  theme: 'default' | 'dark' | 'contrast';
  locale: string;
  userObjectId: string;
  tenantId: string;
  /** What getAuthToken answers; undefined makes it fail like a tenant without SSO. */
  token: string | undefined;
}): string {
  const context = {
    locale: options.locale,
    theme: options.theme,
    userObjectId: options.userObjectId,
    tid: options.tenantId,
    hostName: 'Teams',
    hostClientType: 'web',
    frameContext: 'content',
    entityId: 'home',
    loginHint: 'camille@contoso.example',
    appLaunchId: 'mock-launch',
  };
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>Mock Teams host</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%}</style></head>
<body>
<iframe id="tab" title="Guildhall tab" src="${options.tabPath}"></iframe>
<script>
  window.hostCalls = [];
  const context = ${JSON.stringify(context)};
  const token = ${JSON.stringify(options.token ?? null)};
  const frame = document.getElementById('tab');
  window.pushTheme = (theme) => frame.contentWindow.postMessage({ func: 'themeChange', args: [theme] }, location.origin);
  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || typeof m.func !== 'string' || event.source !== frame.contentWindow) return;
    window.hostCalls.push(m.func);
    const reply = (args) => event.source.postMessage({ id: m.id, uuidAsString: m.uuidAsString, args }, event.origin);
    switch (m.func) {
      case 'initialize':
        reply(['content', 'web', JSON.stringify({ apiVersion: 4, supports: { app: {}, appInitialization: {}, authentication: {}, pages: { config: {}, tabs: {}, appButton: {}, backStack: {} }, teams: {} } }), '2.58.0']);
        break;
      case 'getContext':
        reply([context]);
        break;
      case 'authentication.getAuthToken':
        reply(token ? [true, token] : [false, 'resourceRequiresConsent']);
        break;
      default:
        reply([true]);
    }
  });
</script>
</body></html>`;
}
