import { useEffect, useState } from 'preact/hooks';
import type { EarshotDb } from '../../lib/db';
import type { SavedExample } from '../../lib/swipe/types';
import { readThumbnailUrl } from './queries';

/** The example's picture as an object URL, read when the card mounts and released when it goes. */
export function useThumbnail(db: EarshotDb, example: SavedExample): string | undefined {
  const [url, setUrl] = useState<string>();
  const hasImage = example.image !== undefined;
  useEffect(() => {
    if (!hasImage) return;
    let live = true;
    let made: string | undefined;
    readThumbnailUrl(db, example.id).then((next) => {
      made = next;
      if (live) setUrl(next);
      else if (next) URL.revokeObjectURL(next);
    }, (error: unknown) => console.warn('[earshot] could not read a picture', example.id, error));
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
      setUrl(undefined);
    };
    // A re-save can replace the picture: its size in bytes changes with it.
  }, [db, example.id, hasImage, example.image?.bytes]);
  return url;
}
