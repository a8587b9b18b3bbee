import { DataTable, type Column } from '../../shared/ui/DataTable';
import type { Person } from './types';

function show(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? '—' : String(value);
}

const COLUMNS: Column<Person>[] = [
  { key: 'id', header: 'Employee ID', rowHeader: true, cell: (p) => p.employee_id },
  {
    key: 'name',
    header: 'Name',
    cell: (p) => (
      <>
        {show(p.name)}
        {p.email && <span className="cell-sub">{p.email}</span>}
      </>
    ),
  },
  { key: 'title', header: 'Title', cell: (p) => show(p.title) },
  { key: 'department', header: 'Department', cell: (p) => show(p.department) },
  { key: 'grade', header: 'Grade', className: 'numeric', cell: (p) => show(p.grade) },
  {
    key: 'location',
    header: 'Location / time zone',
    cell: (p) => (
      <>
        {show(p.location)}
        {p.time_zone && <span className="cell-sub">{p.time_zone}</span>}
      </>
    ),
  },
  { key: 'manager', header: 'Manager ID', cell: (p) => show(p.manager_id) },
  { key: 'active', header: 'Active', cell: (p) => (p.active ? 'Yes' : 'No') },
];

export function PeopleTable({ people }: { people: Person[] }) {
  return (
    <DataTable
      frame="region"
      caption="People in the directory"
      captionId="people-table-caption"
      columns={COLUMNS}
      rows={people}
      rowKey={(p) => p.employee_id}
      rowProps={(p) => ({ className: p.active ? undefined : 'inactive' })}
    />
  );
}
