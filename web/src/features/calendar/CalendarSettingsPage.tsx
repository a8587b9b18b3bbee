import { useState } from 'react';
import { errorMessage, orWhenRefused } from '../../api/client';
import { programmesApi } from '../programmes/programmesApi';
import { calendarApi, type CalendarFeed, type CalendarPrivacy, type CreatedCalendarFeed } from './calendarApi';
import type { Side } from '../programmes/types';
import type { Me } from '../identity/types';
import { PageHeading } from '../../shared/ui/PageHeading';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { useAccess } from '../../shared/access';
import { DataTable, type Column } from '../../shared/ui/DataTable';
import { useApi } from '../../shared/useApi';

function formatDate(seconds: number): string {
  return new Date(seconds * 1000).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The URL of a feed just created, shown once, with a copy button and how to subscribe in common clients. */
function NewFeedPanel({ feed, onDone }: { feed: CreatedCalendarFeed; onDone: () => void }) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(feed.url);
      setCopied('Copied to the clipboard.');
    } catch {
      setCopied('Copying is blocked here: select the address and copy it yourself.');
    }
  };
  return (
    <section className="panel calendar-new-feed" aria-labelledby="new-feed-heading">
      <h2 id="new-feed-heading">Your new calendar address</h2>
      <p>
        This address is shown <strong>only now</strong>. Anyone who has it can read your session times, so keep it private;
        revoke it below if it leaks.
      </p>
      <div className="calendar-url-row">
        <label htmlFor="calendar-feed-url">Calendar address</label>
        <input id="calendar-feed-url" type="text" readOnly value={feed.url} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button" onClick={() => void copy()}>
          Copy
        </button>
      </div>
      <StatusMessage kind="status" message={copied} />
      <h3>Add it to your calendar</h3>
      <ul>
        <li>
          <strong>Outlook</strong> (web or new Outlook): Calendar, <em>Add calendar</em>, <em>Subscribe from web</em>, paste
          the address, then <em>Import</em>. Classic Outlook: <em>Add calendar</em>, <em>From Internet…</em>.
        </li>
        <li>
          <strong>Google Calendar</strong>: <em>Other calendars</em>, <em>+</em>, <em>From URL</em>, paste the address, then{' '}
          <em>Add calendar</em>. Google refreshes subscriptions every few hours.
        </li>
        <li>
          <strong>Apple Calendar</strong>: <em>File</em>, <em>New Calendar Subscription…</em>, paste the address.
        </li>
      </ul>
      <button type="button" className="button button-quiet" onClick={onDone}>
        I have copied it
      </button>
    </section>
  );
}

interface ProgrammePrivacy {
  programmeId: number;
  name: string;
  role: Side;
  privacy: CalendarPrivacy;
}

/** One programme's choice: a mentee keeps their participation out of calendars, or shows details anyway. */
function PrivacyForm({ entry, onSaved }: { entry: ProgrammePrivacy; onSaved: (p: CalendarPrivacy) => void }) {
  const [confidential, setConfidential] = useState(entry.privacy.confidential);
  const [details, setDetails] = useState(entry.privacy.calendar_details);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const idBase = `privacy-${entry.programmeId}`;
  const save = async () => {
    setSaving(true);
    setError(null);
    setMessage(null);
    try {
      const saved = await calendarApi.setPrivacy(entry.programmeId, confidential, confidential && details);
      onSaved(saved);
      setMessage('Saved. Calendars show it from the next invitation and the next refresh of your feed.');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      className="panel calendar-privacy"
      aria-labelledby={`${idBase}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id={`${idBase}-heading`}>{entry.name}</h3>
      {entry.role !== 'mentee' && (
        <p className="meta">This choice shapes the calendars of pairs where you are the mentee.</p>
      )}
      <div className="checkbox-field">
        <input
          id={`${idBase}-confidential`}
          type="checkbox"
          checked={confidential}
          onChange={(e) => setConfidential(e.target.checked)}
        />
        <label htmlFor={`${idBase}-confidential`}>
          Keep my participation confidential: invitations and feeds (mine and my mentor&rsquo;s) say only &ldquo;Upward
          session&rdquo;, without names, topics or the programme.
        </label>
      </div>
      <div className="checkbox-field">
        <input
          id={`${idBase}-details`}
          type="checkbox"
          checked={confidential && details}
          disabled={!confidential}
          onChange={(e) => setDetails(e.target.checked)}
        />
        <label htmlFor={`${idBase}-details`}>Show names and topics in calendars anyway</label>
      </div>
      <button type="submit" className="button" disabled={saving}>
        {saving ? 'Saving…' : 'Save'}
      </button>
      <StatusMessage kind="status" message={message} />
      <StatusMessage kind="error" message={error} />
    </form>
  );
}

/** The caller's choice in each programme they take part in, beside the programme's name. */
async function readPrivacy(memberships: Me['programmes']): Promise<ProgrammePrivacy[]> {
  const entries = await Promise.all(
    memberships.map(async ({ programme_id, role }) => {
      // A programme without an application of the caller's has no choice to make (404): it is left out.
      const found = await orWhenRefused(
        Promise.all([calendarApi.privacy(programme_id), programmesApi.getProgramme(programme_id)]),
        [404, 403],
        () => null,
      );
      return found && { programmeId: programme_id, name: found[1].name, role, privacy: found[0] };
    }),
  );
  return entries.filter((e): e is ProgrammePrivacy => e !== null);
}

/**
 * `#/calendar`: private calendar subscriptions (create, shown once, list, revoke) and, per programme, whether the
 * caller's sessions appear in calendars with names and topics or only as "Upward session".
 */
export function CalendarSettingsPage() {
  const { me } = useAccess();
  const feedsRead = useApi(() => calendarApi.listFeeds(), []);
  const feeds = feedsRead.data;
  const [created, setCreated] = useState<CreatedCalendarFeed | null>(null);
  const privacyRead = useApi(() => readPrivacy(me.programmes), [me.programmes]);
  const privacy = privacyRead.data;
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? feedsRead.error ?? privacyRead.error;
  const [status, setStatus] = useState<string | null>(null);
  const loadFeeds = feedsRead.reload;

  const create = async () => {
    setError(null);
    setStatus(null);
    try {
      setCreated(await calendarApi.createFeed());
      await loadFeeds();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const revoke = async (id: number) => {
    setError(null);
    try {
      await calendarApi.revokeFeed(id);
      setStatus('Revoked: that address no longer shows anything.');
      if (created?.id === id) setCreated(null);
      await loadFeeds();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const feedColumns: Column<CalendarFeed>[] = [
    { key: 'address', header: 'Address', rowHeader: true, cell: (feed) => `Calendar address ${feed.id}` },
    { key: 'created', header: 'Created', cell: (feed) => formatDate(feed.created_at) },
    {
      key: 'actions',
      header: <span className="visually-hidden">Actions</span>,
      cell: (feed) => (
        <button
          type="button"
          className="button button-quiet"
          aria-label={`Revoke calendar address ${feed.id}`}
          onClick={() => void revoke(feed.id)}
        >
          Revoke
        </button>
      ),
    },
  ];
  const active = feeds?.filter((f) => f.active) ?? [];
  return (
    <>
      <PageHeading>Calendar</PageHeading>
      <StatusMessage kind="error" message={error} />
      <StatusMessage kind="status" message={status} />
      <section className="panel" aria-labelledby="feeds-heading">
        <h2 id="feeds-heading">Calendar subscriptions</h2>
        <p>
          Subscribe to your sessions from Outlook, Google Calendar or Apple Calendar: moved and cancelled sessions update
          there by themselves. Invitations by email keep working either way.
        </p>
        <button type="button" className="button" onClick={() => void create()}>
          Create a calendar address
        </button>
        {created && <NewFeedPanel feed={created} onDone={() => setCreated(null)} />}
        {feeds !== null && active.length === 0 && <p className="empty">You have no active calendar addresses.</p>}
        {active.length > 0 && (
          <div className="table-wrap">
            <DataTable
              className="data-table calendar-feeds"
              caption="Your active calendar addresses (their secrets are never shown again)"
              columns={feedColumns}
              rows={active}
              rowKey={(feed) => feed.id}
            />
          </div>
        )}
      </section>
      <section className="panel" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">What calendars show</h2>
        {privacy === null && !error && <p>Loading…</p>}
        {privacy?.length === 0 && <p className="empty">You have no programme applications, so there is nothing to choose.</p>}
        {privacy?.map((entry) => (
          <PrivacyForm
            key={entry.programmeId}
            entry={entry}
            onSaved={(saved) =>
              privacyRead.setData((list) => list?.map((e) => (e.programmeId === entry.programmeId ? { ...e, privacy: saved } : e)) ?? null)
            }
          />
        ))}
      </section>
    </>
  );
}
