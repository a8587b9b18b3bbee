import { UNMATCHED_REASON_LABELS } from './labels';
import { humanise } from '../../shared/format';
import type { UnmatchedParticipant } from './types';
import { PersonName } from '../../shared/ui/PersonName';
import { DataTable, type Column } from '../../shared/ui/DataTable';

/** Everyone the run left without a pair, and why. */
export function UnmatchedList({ unmatched, lookup }: { unmatched: UnmatchedParticipant[]; lookup: (id: string) => string }) {
  if (unmatched.length === 0) return <p className="empty">Everyone in the pool has a proposal.</p>;
  const columns: Column<UnmatchedParticipant>[] = [
    {
      key: 'person',
      header: 'Person',
      rowHeader: true,
      cell: (entry) => <PersonName id={entry.employee_id} name={lookup(entry.employee_id)} />,
    },
    { key: 'side', header: 'Side', cell: (entry) => (entry.side === 'mentor' ? 'Mentor' : 'Mentee') },
    {
      key: 'reason',
      header: 'Reason',
      cell: (entry) => (
        <>
          {UNMATCHED_REASON_LABELS[entry.reason] ?? humanise(entry.reason)}
          {entry.detail && <span className="cell-sub">{entry.detail}</span>}
        </>
      ),
    },
  ];
  return (
    <DataTable
      frame="region"
      caption="Unmatched people"
      captionId="unmatched-caption"
      columns={columns}
      rows={unmatched}
      rowKey={(entry) => `${entry.side}-${entry.employee_id}`}
    />
  );
}
