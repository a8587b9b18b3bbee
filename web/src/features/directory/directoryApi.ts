import { query, request, type Page } from '../../api/client';
import type { ImportReport, ImportRequest, Person } from './types';

/** The people directory: search, one person, and the CSV import. */
export const directoryApi = {
  listPeople: (q: string, cursor: string | null, limit = 50) =>
    request<Page<Person>>('GET', `/people${query({ q, limit, cursor })}`),
  getPerson: (employeeId: string) => request<Person>('GET', `/people/${encodeURIComponent(employeeId)}`),
  importPeople: (body: ImportRequest) => request<ImportReport>('POST', '/people/import', { body }),
};
