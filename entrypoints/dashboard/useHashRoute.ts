import { useEffect, useState } from 'preact/hooks';
import { parseRoute, type Route } from './route';

export function useHashRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => {
      const next = parseRoute(location.hash);
      // A new view starts at the top; a filter change inside the analytics view keeps the reader's place.
      setRoute((current) => {
        if (current.view !== next.view) window.scrollTo(0, 0);
        return next;
      });
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}
