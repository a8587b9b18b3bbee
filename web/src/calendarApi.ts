import { request, type Items } from './api/client';

/** One of the caller's calendar subscriptions, as listed: never with its secret. */
export interface CalendarFeed {
  id: number;
  created_at: number;
  revoked_at: number | null;
  active: boolean;
}

/** A feed just created: `url` holds the secret and is shown this once. */
export interface CreatedCalendarFeed {
  id: number;
  url: string;
  created_at: number;
}

/** How the caller's sessions in one programme appear in calendars. */
export interface CalendarPrivacy {
  programme_id: number;
  confidential: boolean;
  calendar_details: boolean;
}

export const calendarApi = {
  listFeeds: () => request<Items<CalendarFeed>>('GET', '/me/calendar-feeds').then((r) => r.items),
  createFeed: () => request<CreatedCalendarFeed>('POST', '/me/calendar-feeds', { body: {} }),
  revokeFeed: (id: number) => request<null>('DELETE', `/me/calendar-feeds/${id}`),
  privacy: (programmeId: number) => request<CalendarPrivacy>('GET', `/programmes/${programmeId}/my-privacy`),
  setPrivacy: (programmeId: number, confidential: boolean, calendarDetails: boolean) =>
    request<CalendarPrivacy>('PUT', `/programmes/${programmeId}/my-privacy`, {
      body: { confidential, calendar_details: calendarDetails },
    }),
};
