import { useAccess } from '../../shared/access';
import { MyProgrammePairs } from './MyProgrammePairs';
import { PageHeading } from '../../shared/ui/PageHeading';

/** A participant's pairs across their programmes, or in just one when `programmeId` is given. */
export function MyPairsPage({ programmeId }: { programmeId?: number }) {
  const { me } = useAccess();
  const memberships = me.programmes.filter((m) => programmeId === undefined || m.programme_id === programmeId);
  return (
    <div className="page">
      <PageHeading>My pairs</PageHeading>
      {memberships.length === 0 ? (
        <p className="empty">
          {programmeId === undefined ? 'You are not in any programmes yet.' : 'You are not a mentor or mentee in this programme.'}
        </p>
      ) : (
        memberships.map((m) => (
          <MyProgrammePairs key={m.programme_id} programmeId={m.programme_id} role={m.role} personId={me.person_id} />
        ))
      )}
    </div>
  );
}
