// Hash routes of the dashboard: #crisis (default), #analytics[?filters], #watchlist, #library, #flag=<id>.
// Bookmarkable and sent in links. The analytics filters stay a raw query here; analytics-route.ts reads them.
export type Route =
  | { view: 'crisis' }
  | { view: 'analytics'; query: string }
  | { view: 'watchlist' }
  | { view: 'library' }
  | { view: 'flag'; flagId: string };

export function parseRoute(hash: string): Route {
  const body = hash.replace(/^#/, '');
  if (body === 'watchlist') return { view: 'watchlist' };
  if (body === 'library') return { view: 'library' };
  if (body === 'analytics' || body.startsWith('analytics?')) return { view: 'analytics', query: body.slice('analytics?'.length) };
  if (body.startsWith('flag=')) {
    const flagId = decodeURIComponent(body.slice('flag='.length));
    if (flagId) return { view: 'flag', flagId };
  }
  return { view: 'crisis' };
}

export function routeHash(route: Route): string {
  if (route.view === 'flag') return `#flag=${encodeURIComponent(route.flagId)}`;
  if (route.view === 'analytics') return route.query ? `#analytics?${route.query}` : '#analytics';
  return `#${route.view}`;
}
