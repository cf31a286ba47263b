import { useEffect, useState } from 'preact/hooks';

/** The width from which the journal list sits beside the editor (64rem = 1024 px); layout.css uses the same. */
export const WIDE_QUERY = '(min-width: 64rem)';

/** True while `query` matches; follows changes (a rotated tablet, a resized window). */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => typeof matchMedia === 'function' && matchMedia(query).matches);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const list = matchMedia(query);
    const update = () => setMatches(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, [query]);
  return matches;
}
