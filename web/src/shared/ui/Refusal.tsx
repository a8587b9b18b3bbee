import type { ReactNode } from 'react';
import { PageHeading } from './PageHeading';
import { StatusMessage } from './StatusMessage';

/** What a page shows to someone whose role may not use it: its heading and why not. */
export function Refusal({ heading, message }: { heading: ReactNode; message: string }) {
  return (
    <>
      <PageHeading>{heading}</PageHeading>
      <StatusMessage kind="error" message={message} />
    </>
  );
}
