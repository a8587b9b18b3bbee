import { useState } from 'react';

interface PublishProposalsProps {
  count: number;
  busy: boolean;
  published: boolean;
  onPublish: () => void;
}

/** Publishing turns the proposals into pair proposals for both people to accept; it asks first. */
export function PublishProposals({ count, busy, published, onPublish }: PublishProposalsProps) {
  const [confirming, setConfirming] = useState(false);
  if (published) {
    return <p className="meta">These proposals have been published. Run matching again to propose pairs for anyone left.</p>;
  }
  return (
    <div className="form-actions">
      {!confirming ? (
        <button
          type="button"
          className="button button-primary"
          disabled={busy || count === 0}
          onClick={() => setConfirming(true)}
        >
          Publish proposals
        </button>
      ) : (
        <div className="confirm confirm-neutral" role="group" aria-label="Confirm publishing">
          <span>
            Publish {count} {count === 1 ? 'proposal' : 'proposals'}? Each mentee and mentor will be asked to accept their
            pair.
          </span>
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => {
              setConfirming(false);
              onPublish();
            }}
          >
            Yes, publish
          </button>
          <button type="button" className="button button-quiet" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
