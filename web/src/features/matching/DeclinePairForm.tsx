import { useId, useState } from 'react';
import { FormField } from '../../shared/ui/FormField';

interface DeclinePairFormProps {
  otherName: string;
  busy: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

const MAX_REASON = 2000;

/** Asks a participant to confirm declining a pair, with an optional reason only administrators read. */
export function DeclinePairForm({ otherName, busy, onConfirm, onCancel }: DeclinePairFormProps) {
  const [reason, setReason] = useState('');
  const id = useId();
  const tooLong = reason.length > MAX_REASON;
  return (
    <form
      className="confirm decline-form"
      aria-label={`Decline the pair with ${otherName}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!tooLong) onConfirm(reason);
      }}
    >
      <p>
        Decline the pair with {otherName}? You will not be paired with them again in this programme, and the
        administrators can pair you with someone else.
      </p>
      <FormField
        id={`${id}-reason`}
        label="Your reason (optional, private)"
        hint={`Only the programme's administrators read this; ${otherName} never sees it.`}
        error={tooLong ? `Keep it to ${MAX_REASON} characters.` : undefined}
      >
        {(control) => (
          <textarea {...control} rows={3} value={reason} maxLength={MAX_REASON + 100} onChange={(e) => setReason(e.target.value)} />
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button button-danger" disabled={busy || tooLong}>
          Decline pair
        </button>
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          Keep the pair
        </button>
      </div>
    </form>
  );
}
