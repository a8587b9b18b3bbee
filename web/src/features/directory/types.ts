import type { Schema } from '../../api/schema';

export type Person = Schema<'Person'>;

export const MAPPING_FIELDS = [
  'employee_id',
  'name',
  'email',
  'grade',
  'title',
  'department',
  'location',
  'time_zone',
  'manager_id',
  'hire_date',
  'leaving_date',
  'left',
] as const;

export type MappingField = (typeof MAPPING_FIELDS)[number];

export type ImportRequest = Schema<'ImportRequest'>;
export type ImportReport = Schema<'ImportReport'>;
