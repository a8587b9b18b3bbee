import { query, request, type Page } from '../../api/client';
import type { Programme, ProgrammeInput, ProgrammeTemplate } from './types';

export const programmesApi = {
  listProgrammes: (cursor: string | null, limit = 50) =>
    request<Page<Programme>>('GET', `/programmes${query({ limit, cursor })}`),
  getProgramme: (id: number) => request<Programme>('GET', `/programmes/${id}`),
  createProgramme: (body: ProgrammeInput) => request<Programme>('POST', '/programmes', { body }),
  updateProgramme: (id: number, body: ProgrammeInput) => request<Programme>('PATCH', `/programmes/${id}`, { body }),
  archiveProgramme: (id: number) => request<Programme>('POST', `/programmes/${id}/archive`),
  listProgrammeTemplates: () => request<ProgrammeTemplate[]>('GET', '/programme-templates'),
};
