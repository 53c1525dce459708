import { expect } from 'vitest';
import type { Activity } from '../../../server/protocol/activities';
import { toLocal } from '../../../server/domain/activities/time';
import { api } from '../../support/http';

/** Local wall time `days` from `now` at `hour:00` (Europe/Amsterdam). */
export function localAt(now: Date, days: number, hour: number): string {
  const day = toLocal(new Date(now.getTime() + days * 86_400_000)).slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:00`;
}

/** A coordinator makes and publishes an activity through the API, as the web form does. */
export async function publishActivity(
  url: string,
  cookie: string,
  projectId: string,
  now: Date,
  fields: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Activity & { interested: number }> {
  const response = await api(url, cookie).post(
    '/api/activities',
    {
      projectId,
      title: 'Walking dinner',
      start: localAt(now, 5, 18),
      end: localAt(now, 5, 21),
      place: 'Huiskamer',
      capacity: 10,
      publish: true,
      ...fields,
    },
    headers,
  );
  expect(response.status, JSON.stringify(response.json)).toBe(201);
  return {
    ...(response.json.activity as Activity),
    interested: response.json.interested as number,
  };
}
