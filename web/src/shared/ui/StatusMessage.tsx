interface StatusMessageProps {
  kind: 'status' | 'error';
  message: string | null | undefined;
  id?: string;
}

/**
 * A live region for status or error messages. The region is always rendered so that
 * assistive technology announces the message when it appears.
 */
export function StatusMessage({ kind, message, id }: StatusMessageProps) {
  const isError = kind === 'error';
  return (
    <div
      id={id}
      role={isError ? 'alert' : 'status'}
      aria-live={isError ? 'assertive' : 'polite'}
      className={message ? `message ${isError ? 'message-error' : 'message-ok'}` : 'message-empty'}
    >
      {message}
    </div>
  );
}
