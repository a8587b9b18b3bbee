import type { Dispatch, SetStateAction } from 'react';

/**
 * Previous and next buttons over a cursor-paged list. `cursors` is the stack of cursors read so far ([null] on the
 * first page); next pushes the page's next_cursor, previous pops one.
 */
export function Pager({
  label,
  cursors,
  setCursors,
  nextCursor,
  loading,
}: {
  label: string;
  cursors: (string | null)[];
  setCursors: Dispatch<SetStateAction<(string | null)[]>>;
  nextCursor: string | null | undefined;
  loading: boolean;
}) {
  return (
    <nav className="pager" aria-label={label}>
      <button
        type="button"
        className="button"
        disabled={loading || cursors.length <= 1}
        onClick={() => setCursors((stack) => stack.slice(0, -1))}
      >
        Previous page
      </button>
      <span className="pager-label">Page {cursors.length}</span>
      <button
        type="button"
        className="button"
        disabled={loading || !nextCursor}
        onClick={() => {
          if (nextCursor) setCursors((stack) => [...stack, nextCursor]);
        }}
      >
        Next page
      </button>
    </nav>
  );
}
