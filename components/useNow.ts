import { useEffect, useState } from 'preact/hooks';

const MINUTE = 60_000;

/** Ticks once a minute so relative times, countdowns and time windows stay current while a page is open. */
export function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), MINUTE);
    return () => clearInterval(timer);
  }, []);
  return now;
}
