import { directoryApi } from '../features/directory/directoryApi';
import { useApi } from './useApi';

/** Above this many unknown people, read the directory page by page instead of asking for each person. */
const ASK_EACH_BELOW = 30;

const known = new Map<string, string>();

async function loadNames(ids: string[]): Promise<void> {
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length === 0) return;
  if (missing.length < ASK_EACH_BELOW) {
    await Promise.all(
      missing.map(async (id) => {
        try {
          const person = await directoryApi.getPerson(id);
          known.set(id, person.name || id);
        } catch {
          known.set(id, id);
        }
      }),
    );
    return;
  }
  const wanted = new Set(missing);
  let cursor: string | null = null;
  do {
    const page = await directoryApi.listPeople('', cursor, 500);
    for (const person of page.items) {
      if (wanted.delete(person.employee_id)) known.set(person.employee_id, person.name || person.employee_id);
    }
    cursor = page.next_cursor;
  } while (cursor && wanted.size > 0);
  for (const id of wanted) known.set(id, id);
}

/**
 * People's names by employee id, read from the directory (administrators only). Until a name is known,
 * and for anyone the directory does not know, the lookup returns the employee id.
 */
export function usePeopleNames(ids: string[], enabled: boolean): (id: string) => string {
  const key = [...new Set(ids)].sort().join('\u0000');
  // The read fills the shared cache; its end renders the page again with the names now known. A failed read
  // leaves the employee ids showing, which is all the page can do without the directory.
  useApi(async () => {
    if (enabled && key) await loadNames(key.split('\u0000'));
    return key;
  }, [key, enabled]);
  return (id: string) => known.get(id) ?? id;
}
