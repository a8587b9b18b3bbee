import { useCallback, useState, type FormEvent } from 'react';
import { directoryApi } from './directoryApi';
import { useApi } from '../../shared/useApi';
import { PageHeading } from '../../shared/ui/PageHeading';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { PeopleTable } from './PeopleTable';
import { ImportPeopleForm } from './ImportPeopleForm';
import { Pager } from '../../shared/ui/Pager';

const PAGE_SIZE = 50;

export function PeopleDirectory() {
  const [searchText, setSearchText] = useState('');
  const [query, setQuery] = useState('');
  // Cursors of the pages visited so far; the last one is the page on screen (null = first page).
  const [cursors, setCursors] = useState<(string | null)[]>([null]);

  const cursor = cursors[cursors.length - 1] ?? null;

  const { data: page, loading, error, reload } = useApi(() => directoryApi.listPeople(query, cursor, PAGE_SIZE), [query, cursor]);

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setQuery(searchText.trim());
    setCursors([null]);
  }

  function clearSearch() {
    setSearchText('');
    setQuery('');
    setCursors([null]);
  }

  const handleImported = useCallback(() => {
    // Back to the first page; when already there the cursor stays the same, so read it again.
    if (cursors.length === 1 && cursors[0] === null) void reload();
    else setCursors([null]);
  }, [cursors, reload]);

  const pageNumber = cursors.length;
  const count = page?.items.length ?? 0;
  let summary: string | null = null;
  if (!loading && page) {
    summary =
      count === 0
        ? query
          ? `No people match “${query}”.`
          : 'No people yet. Import a CSV file to add people.'
        : `Page ${pageNumber}: showing ${count} ${count === 1 ? 'person' : 'people'}${query ? ` matching “${query}”` : ''}.`;
  }

  return (
    <div className="page">
      <PageHeading>People</PageHeading>

      <section aria-labelledby="directory-heading" className="panel">
        <h2 id="directory-heading">Directory</h2>
        <form role="search" className="search-form" onSubmit={handleSearch}>
          <div className="field field-inline">
            <label htmlFor="people-search">Search people</label>
            <input
              id="people-search"
              type="search"
              value={searchText}
              onChange={(e) => setSearchText(e.target.value)}
              placeholder="Name, email, employee id…"
            />
          </div>
          <button type="submit" className="button">
            Search
          </button>
          {query && (
            <button type="button" className="button button-quiet" onClick={clearSearch}>
              Clear search
            </button>
          )}
        </form>

        <StatusMessage kind="error" message={error} />
        <StatusMessage kind="status" message={loading ? 'Loading people…' : summary} />

        {page && page.items.length > 0 && <PeopleTable people={page.items} />}

        <Pager label="People pages" cursors={cursors} setCursors={setCursors} nextCursor={page?.next_cursor} loading={loading} />
      </section>

      <ImportPeopleForm onImported={handleImported} />
    </div>
  );
}
