import { z } from 'zod';
import type { ConcernSettings } from '../../domain/concerns/settings';
import type { Open311Request } from '../../domain/defects/export';
import type { HttpMethod } from '../../protocol/http';
import type { Described, Same } from './described';

/** An answer schema for a JSON route outside the contract; its output type must be `T` exactly. */
function outside<T, S extends z.ZodType>(
  method: HttpMethod,
  path: string,
  schema: S & Same<z.output<S>, T>,
): Described {
  return { route: { method, path }, schema };
}

const concernSettings = z.object({
  /** Days after a low step before the reporter is asked "is it solved?". */
  followupDays: z.number(),
  /** Days to answer that question before staff are brought in. */
  followupGraceDays: z.number(),
  /** Minutes an alert may stay unclaimed before it goes to the on-call staff member. */
  alertClaimMinutes: z.number(),
  /** Minutes between repeats of an urgent alert until someone acknowledges it. */
  urgentRepeatMinutes: z.number(),
  /** Days after a concern is solved before both neighbours are asked "is it still good?". */
  aftercareDays: z.number(),
});

const nullableText = z.string().nullable();

/** One service request in Open311 GeoReport v2, with Buurtkamer's own fields under `buurtkamer`. */
const open311Request = z.object({
  service_request_id: z.string(),
  status: z.enum(['open', 'closed']),
  status_notes: nullableText,
  service_name: z.string(),
  service_code: z.enum(['defect.shared_space', 'defect.unit']),
  description: z.string(),
  agency_responsible: nullableText,
  service_notice: nullableText,
  requested_datetime: z.iso.datetime({ offset: true }),
  updated_datetime: z.iso.datetime({ offset: true }),
  /** The planned repair day's start in Dutch local time, with its offset. */
  expected_datetime: z.iso.datetime({ offset: true }).nullable(),
  address: z.string(),
  address_id: nullableText,
  zipcode: z.null(),
  lat: z.null(),
  long: z.null(),
  media_url: nullableText,
  buurtkamer: z.object({
    ref: z.string(),
    project: z.string(),
    status: z.string(),
    urgency: z.string(),
    urgent_kind: nullableText,
    since: z.string(),
    reporters: z.number(),
    me_too: z.number(),
    reject_reason: nullableText,
    media_urls: z.array(z.string()),
    history: z.array(
      z.object({
        status: z.string(),
        at: z.string(),
        by_role: nullableText,
        note: nullableText,
      }),
    ),
  }),
});

/**
 * JSON routes the web client does not call through the contract, each checked against the type
 * its handler answers with. (`/api/me/export` is left out: a person's stored data, area by area,
 * typed as `Record<string, unknown>`.)
 */
export const outsideContract: Described[] = [
  outside<ConcernSettings, typeof concernSettings>(
    'GET',
    '/api/projects/:projectId/concern-settings',
    concernSettings,
  ),
  outside<ConcernSettings, typeof concernSettings>(
    'PATCH',
    '/api/projects/:projectId/concern-settings',
    concernSettings,
  ),
  // GeoReport v2 answers a request for one service request with a list of one.
  outside<Open311Request[], z.ZodArray<typeof open311Request>>(
    'GET',
    '/api/defects/:defectId/export.json',
    z.array(open311Request),
  ),
];
