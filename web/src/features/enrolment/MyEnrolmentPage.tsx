import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { programmesApi } from '../programmes/programmesApi';
import {
  APPLICATION_STATUS_LABELS,
  enrolmentApi,
  type Application,
} from './enrolmentApi';
import { formatDate } from '../../shared/format';
import { hrefFor } from '../../shared/routes';
import { ApplicationForm } from './ApplicationForm';
import { EnrolmentSteps } from './EnrolmentSteps';
import { GroundRulesPanel } from './GroundRulesPanel';
import { PageHeading } from '../../shared/ui/PageHeading';
import { ScreeningAnswersForm } from '../screening/ScreeningAnswersForm';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { useApi } from '../../shared/useApi';

/** A participant's programme: their steps, their application (apply, edit, withdraw) and the ground rules. */
export function MyEnrolmentPage({ programmeId }: { programmeId: number }) {
  const programmeRead = useApi(() => programmesApi.getProgramme(programmeId), [programmeId]);
  // The steps are read again after each change the participant makes.
  const statusRead = useApi(() => enrolmentApi.status(programmeId), [programmeId]);
  const mineRead = useApi(() => enrolmentApi.myApplication(programmeId), [programmeId]);
  const rulesRead = useApi(() => enrolmentApi.groundRules(programmeId), [programmeId]);
  const programme = programmeRead.data;
  const status = statusRead.data;
  const mine = mineRead.data;
  const rules = rulesRead.data;
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? programmeRead.error ?? statusRead.error ?? mineRead.error ?? rulesRead.error;
  const [notice, setNotice] = useState<string | null>(null);
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const [busy, setBusy] = useState(false);
  const [formKey, setFormKey] = useState(0);

  const saved = (application: Application) => {
    mineRead.setData((m) => (m ? { ...m, application } : m));
    void statusRead.reload();
  };

  async function withdraw() {
    setBusy(true);
    setError(null);
    try {
      const application = await enrolmentApi.withdrawApplication(programmeId);
      saved(application);
      setFormKey((k) => k + 1);
      setNotice('Your application is withdrawn. You can apply again while applications are open.');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
      setConfirmWithdraw(false);
    }
  }

  if (!programme || !status || !mine || !rules) {
    return (
      <div className="page">
        <PageHeading>Your programme</PageHeading>
        <StatusMessage kind="status" message={error ? null : 'Loading…'} />
        <StatusMessage kind="error" message={error} />
      </div>
    );
  }

  const application = mine.application;
  const live = application !== null && application.status !== 'withdrawn';
  return (
    <div className="page my-enrolment">
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'programmes' })}>Programmes</a> ›{' '}
        <a href={hrefFor({ name: 'programme-edit', id: programme.id })}>{programme.name}</a>
      </p>
      <PageHeading>{programme.name}: your enrolment</PageHeading>
      <p className="meta">
        You take part as {status.side === 'mentor' ? programme.terminology.mentor : programme.terminology.mentee}
        {mine.application_deadline ? ` · Applications close after ${formatDate(mine.application_deadline)}` : ''}
      </p>
      <StatusMessage kind="error" message={error} />
      <StatusMessage kind="status" message={notice} />

      <EnrolmentSteps status={status} />

      {application && (
        <p className="application-status">
          Application status:{' '}
          <span className={`badge badge-application-${application.status}`}>
            {APPLICATION_STATUS_LABELS[application.status] ?? application.status}
          </span>
          {application.decision_reason ? ` — ${application.decision_reason}` : ''}
        </p>
      )}
      <ApplicationForm
        key={formKey}
        programme={programme}
        side={status.side}
        application={application}
        open={mine.applications_open}
        onSaved={saved}
      />
      {live && status.side === 'mentor' && <ScreeningAnswersForm programmeId={programme.id} />}
      {live && application.status !== 'declined' && (
        <div className="form-actions">
          {!confirmWithdraw ? (
            <button type="button" className="button button-danger" onClick={() => setConfirmWithdraw(true)}>
              Withdraw my application
            </button>
          ) : (
            <div className="confirm" role="group" aria-label="Confirm withdrawal">
              <span>Withdraw your application? You will not be matched unless you apply again.</span>
              <button type="button" className="button button-danger" disabled={busy} onClick={withdraw}>
                Yes, withdraw
              </button>
              <button type="button" className="button button-quiet" onClick={() => setConfirmWithdraw(false)}>
                Keep it
              </button>
            </div>
          )}
        </div>
      )}

      <GroundRulesPanel
        programmeId={programme.id}
        rules={rules}
        onAcknowledged={(acknowledged) => {
          rulesRead.setData(acknowledged);
          void statusRead.reload();
        }}
      />
    </div>
  );
}
