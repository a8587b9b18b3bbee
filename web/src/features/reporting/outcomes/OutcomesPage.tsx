import { hrefFor } from '../../../shared/routes';
import { outcomesApi, type ProgrammeOutcomes } from './outcomesApi';
import { OutcomesSections, CsvLink } from './OutcomesSections';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { useApi } from '../../../shared/useApi';

/** Loads a programme's outcomes once; shared by the outcomes page and the printable report. */
export function useOutcomes(programmeId: number): { outcomes: ProgrammeOutcomes | null; error: string | null } {
  const { data: outcomes, error } = useApi(() => outcomesApi.outcomes(programmeId), [programmeId]);
  return { outcomes, error };
}

/**
 * What a programme achieved: retention of participants against comparable colleagues, learning per topic, the
 * mentors' own growth and the insights adopted. Administrators and sponsors see the same aggregates; every figure
 * below the programme's anonymity threshold is withheld with its reason.
 */
export function OutcomesPage({ programmeId }: { programmeId: number }) {
  const { outcomes, error } = useOutcomes(programmeId);
  return (
    <div className="page outcomes-page">
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'programme-edit', id: programmeId })}>{outcomes?.programme_name ?? 'Programme'}</a>
      </p>
      <PageHeading>Outcomes{outcomes ? `: ${outcomes.programme_name}` : ''}</PageHeading>
      <StatusMessage kind="status" message={!outcomes && !error ? 'Loading the outcomes…' : null} />
      <StatusMessage kind="error" message={error} />
      {outcomes && (
        <>
          <p className="hint">
            Figures as of {outcomes.as_of}. A figure that fewer than {outcomes.anonymity_k} people or answers stand behind
            is withheld, never shown as zero.
          </p>
          <p className="outcomes-actions">
            <a className="button" href={hrefFor({ name: 'programme-report', id: programmeId })}>
              Printable report
            </a>{' '}
            <CsvLink programmeId={programmeId} label="Download all outcomes (CSV)" />
          </p>
          <OutcomesSections outcomes={outcomes} />
        </>
      )}
    </div>
  );
}

/** The way to a programme's outcomes from its page (administrators and sponsors). */
export function OutcomesLink({ programmeId }: { programmeId: number }) {
  return (
    <p className="outcomes-link">
      <a className="button" href={hrefFor({ name: 'programme-outcomes', id: programmeId })}>
        Outcomes
      </a>
    </p>
  );
}
