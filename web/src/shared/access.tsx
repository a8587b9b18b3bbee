import { createContext, useContext, type ReactNode } from 'react';
import type { Me } from '../features/identity/types';

/**
 * Who the signed-in caller is and what the UI offers them, read once from `/api/v1/me`. Pages ask here
 * instead of testing roles themselves; the API still decides every request.
 */
export interface Access {
  me: Me;
  isAdmin: boolean;
  isSponsor: boolean;
  isParticipant: boolean;
  /** Administrators and sponsors read a programme's figures: funnel, outcomes, health, surveys, pairs at risk. */
  readsProgrammeFigures: boolean;
  /** The caller takes part in the programme (as mentor or mentee). */
  participatesIn: (programmeId: number) => boolean;
}

export function accessFor(me: Me): Access {
  const isAdmin = me.role === 'admin';
  const isSponsor = me.role === 'sponsor';
  return {
    me,
    isAdmin,
    isSponsor,
    isParticipant: me.role === 'participant',
    readsProgrammeFigures: isAdmin || isSponsor,
    participatesIn: (programmeId) => me.programmes.some((m) => m.programme_id === programmeId),
  };
}

const AccessContext = createContext<Access | null>(null);

export function AccessProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <AccessContext.Provider value={accessFor(me)}>{children}</AccessContext.Provider>;
}

/** The signed-in caller's access; only inside the signed-in app. */
export function useAccess(): Access {
  const access = useContext(AccessContext);
  if (!access) throw new Error('useAccess outside AccessProvider');
  return access;
}
