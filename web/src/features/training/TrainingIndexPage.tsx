import { programmesApi } from '../programmes/programmesApi';
import { useAccess } from '../../shared/access';
import { useApi } from '../../shared/useApi';
import { hrefFor } from '../../shared/routes';
import { PageHeading } from '../../shared/ui/PageHeading';
import { StatusMessage } from '../../shared/ui/StatusMessage';

/** Where training starts: the programmes whose training the viewer takes (participants) or manages (admins). */
export function TrainingIndexPage() {
  const { me, isAdmin, isSponsor } = useAccess();
  // Training progress is individual data: sponsors never read it.
  const { data: programmes, error } = useApi(
    async () => (isSponsor ? null : (await programmesApi.listProgrammes(null, 200)).items),
    [isSponsor],
  );

  if (isSponsor) {
    return (
      <div className="page">
        <PageHeading>Training</PageHeading>
        <p className="meta">Training progress is individual data; sponsors see programme outcomes in aggregate instead.</p>
      </div>
    );
  }

  const roleIn = (programmeId: number) =>
    me.programmes
      .filter((m) => m.programme_id === programmeId)
      .map((m) => m.role)
      .join(' and ');

  return (
    <div className="page">
      <PageHeading>Training</PageHeading>
      <p className="meta">
        {isAdmin
          ? 'Write each programme’s modules and quizzes, and see who has passed them.'
          : 'Short modules on being a good mentor or mentee, each with a quiz. Pass yours before you are matched.'}
      </p>
      <StatusMessage kind="error" message={error} />
      {programmes && programmes.length === 0 && (
        <p className="empty">{isAdmin ? 'There are no programmes yet.' : 'You are not in any programmes yet.'}</p>
      )}
      {programmes && programmes.length > 0 && (
        <ul className="training-programmes">
          {programmes.map((programme) => (
            <li key={programme.id}>
              <a href={hrefFor({ name: 'programme-training', id: programme.id })}>{programme.name}</a>
              {!isAdmin && roleIn(programme.id) && <span className="meta"> · as {roleIn(programme.id)}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
