// Hash routes of the dashboard: #crisis (default), #watchlist, #library, #flag=<id>. Bookmarkable and sent in links.
export type Route = { view: 'crisis' } | { view: 'watchlist' } | { view: 'library' } | { view: 'flag'; flagId: string };

export function parseRoute(hash: string): Route {
  const body = hash.replace(/^#/, '');
  if (body === 'watchlist') return { view: 'watchlist' };
  if (body === 'library') return { view: 'library' };
  if (body.startsWith('flag=')) {
    const flagId = decodeURIComponent(body.slice('flag='.length));
    if (flagId) return { view: 'flag', flagId };
  }
  return { view: 'crisis' };
}

export function routeHash(route: Route): string {
  return route.view === 'flag' ? `#flag=${encodeURIComponent(route.flagId)}` : `#${route.view}`;
}
