import type { Person } from './types';

function show(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? '—' : String(value);
}

export function PeopleTable({ people }: { people: Person[] }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="people-table-caption">
      <table className="data-table">
        <caption id="people-table-caption">People in the directory</caption>
        <thead>
          <tr>
            <th scope="col">Employee ID</th>
            <th scope="col">Name</th>
            <th scope="col">Title</th>
            <th scope="col">Department</th>
            <th scope="col">Grade</th>
            <th scope="col">Location / time zone</th>
            <th scope="col">Manager ID</th>
            <th scope="col">Active</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.employee_id} className={person.active ? undefined : 'inactive'}>
              <th scope="row">{person.employee_id}</th>
              <td>
                {show(person.name)}
                {person.email && <span className="cell-sub">{person.email}</span>}
              </td>
              <td>{show(person.title)}</td>
              <td>{show(person.department)}</td>
              <td className="numeric">{show(person.grade)}</td>
              <td>
                {show(person.location)}
                {person.time_zone && <span className="cell-sub">{person.time_zone}</span>}
              </td>
              <td>{show(person.manager_id)}</td>
              <td>{person.active ? 'Yes' : 'No'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
