import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { enrolmentApi, type GroundRules } from './enrolmentApi';
import { formatDate } from '../../shared/format';
import { StatusMessage } from '../../shared/ui/StatusMessage';

interface GroundRulesPanelProps {
  programmeId: number;
  rules: GroundRules;
  onAcknowledged: (rules: GroundRules) => void;
}

/** The programme's ground rules and the participant's acknowledgement of exactly the text shown. */
export function GroundRulesPanel({ programmeId, rules, onAcknowledged }: GroundRulesPanelProps) {
  const [agreed, setAgreed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function acknowledge() {
    if (!rules.digest) return;
    setBusy(true);
    setError(null);
    try {
      onAcknowledged(await enrolmentApi.acknowledgeGroundRules(programmeId, rules.digest));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="ground-rules-heading">
      <h2 id="ground-rules-heading">Ground rules</h2>
      {rules.rules.length === 0 ? (
        <p className="empty">This programme has no ground rules to acknowledge.</p>
      ) : (
        <>
          <ol className="ground-rules">
            {rules.rules.map((rule, index) => (
              <li key={index}>{rule}</li>
            ))}
          </ol>
          {rules.acknowledged ? (
            <p className="message message-ok">You acknowledged these ground rules on {formatDate(rules.acknowledged_at)}.</p>
          ) : (
            <div>
              <div className="checkbox">
                <input
                  id="ground-rules-agree"
                  type="checkbox"
                  checked={agreed}
                  onChange={(e) => setAgreed(e.target.checked)}
                />
                <label htmlFor="ground-rules-agree">I have read these ground rules and will keep them</label>
              </div>
              <div className="form-actions">
                <button type="button" className="button button-primary" disabled={!agreed || busy} onClick={acknowledge}>
                  Acknowledge the ground rules
                </button>
              </div>
            </div>
          )}
        </>
      )}
      <StatusMessage kind="error" message={error} />
    </section>
  );
}
