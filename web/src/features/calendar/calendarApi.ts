import { request, type Items } from '../../api/client';
import type { ResponseOf } from '../../api/schema';

/** One of the caller's calendar subscriptions, as listed: never with its secret. */
export type CalendarFeed = ResponseOf<'/api/v1/me/calendar-feeds', 'get'>['items'][number];

/** A feed just created: `url` holds the secret and is shown this once. */
export type CreatedCalendarFeed = ResponseOf<'/api/v1/me/calendar-feeds', 'post'>;

/** How the caller's sessions in one programme appear in calendars. */
export type CalendarPrivacy = ResponseOf<'/api/v1/programmes/{id}/my-privacy', 'get'>;

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
