import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import type { Activity } from '../../server/protocol/activities';
import { startTestServer } from '../support/app';
import { ManualClock } from '../support/clock';
import { buildMember, buildProject, type TestMember, type TestProject } from '../support/factories';
import { api } from '../support/http';
import { publishActivity } from './helpers/activities';

/**
 * The calendar feed read back by two independent parsers (node-ical and ical.js), as the
 * calendar apps of residents would: a series is one recurring event with its exceptions, times
 * are Dutch local times that keep their hour across the summer-time change.
 */
const clock = new ManualClock('2026-03-10T08:00:00Z');
let server: Awaited<ReturnType<typeof startTestServer>>;
let project: TestProject;
let coordinator: TestMember;
let resident: TestMember;

beforeAll(async () => {
  server = await startTestServer({ clock });
  project = await buildProject(server.database.db, 'Kalenderhof');
  coordinator = await buildMember(server.database.db, project.id, 'coordinator', 'Cor', clock);
  resident = await buildMember(server.database.db, project.id, 'resident', 'Ria', clock);
});
afterAll(() => server.stop());

interface Instance {
  start: string;
  end: string;
  summary: string;
}

/** Every instance of the event with `uid` between `from` and `to`, by node-ical. */
function byNodeIcal(text: string, uid: string, from: string, to: string): Instance[] {
  const parsed = nodeIcal.sync.parseICS(text);
  const event = Object.values(parsed).find(
    (c): c is nodeIcal.VEvent => c?.type === 'VEVENT' && c.uid === uid,
  );
  if (!event) throw new Error(`node-ical found no ${uid}`);
  return nodeIcal
    .expandRecurringEvent(event, { from: new Date(from), to: new Date(to) })
    .map((i) => ({
      start: i.start.toISOString(),
      end: i.end.toISOString(),
      summary: String(i.summary),
    }));
}

/** The same by ical.js: its own RFC 5545 parser, VTIMEZONE and recurrence expansion. */
function byIcalJs(text: string, uid: string, from: string, to: string): Instance[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const events = calendar
    .getAllSubcomponents('vevent')
    .map((v) => new ICAL.Event(v))
    .filter((e) => e.uid === uid);
  const master = events.find((e) => !e.isRecurrenceException());
  if (!master) throw new Error(`ical.js found no ${uid}`);
  for (const exception of events.filter((e) => e.isRecurrenceException()))
    master.relateException(exception);
  const result: Instance[] = [];
  const iterator = master.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    const details = master.getOccurrenceDetails(next);
    const start = details.startDate.toJSDate();
    if (start > new Date(to)) break;
    if (start < new Date(from)) continue;
    result.push({
      start: start.toISOString(),
      end: details.endDate.toJSDate().toISOString(),
      summary: details.item.summary,
    });
  }
  return result.sort((a, b) => a.start.localeCompare(b.start));
}

/** What both parsers agree on (asserted equal), sorted by start. */
function instances(text: string, uid: string, from: string, to: string): Instance[] {
  const fromNode = byNodeIcal(text, uid, from, to);
  expect(byIcalJs(text, uid, from, to)).toEqual(fromNode);
  return fromNode;
}

function sequenceOf(text: string, uid: string): number {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const master = calendar
    .getAllSubcomponents('vevent')
    .find((v) => v.getFirstPropertyValue('uid') === uid && !v.hasProperty('recurrence-id'));
  return Number(master?.getFirstPropertyValue('sequence'));
}

async function occurrencesOf(seriesId: string): Promise<Activity[]> {
  const list = await api(server.url, coordinator.cookie).get(
    `/api/activities?projectId=${project.id}`,
  );
  return (list.json.activities as Activity[]).filter((a) => a.seriesId === seriesId);
}

describe('the iCal feed', () => {
  it('gives a series as one RRULE event with EXDATE and RECURRENCE-ID, in Dutch time across summer time, read alike by node-ical and ical.js', async () => {
    // Sundays 10:00, from 22 March 2026: the 29th is the day summer time starts.
    const spring = await publishActivity(server.url, coordinator.cookie, project.id, clock.now(), {
      title: 'Koffieochtend',
      start: '2026-03-22T10:00',
      end: '2026-03-22T11:30',
      place: 'Huiskamer',
      description: 'Koffie, thee; en koek, voor iedereen.',
      recurrence: { frequency: 'weekly', count: 6 },
    });
    // Sundays 10:00 around 25 October 2026, the day summer time ends.
    const autumn = await publishActivity(server.url, coordinator.cookie, project.id, clock.now(), {
      title: 'Wandelen',
      start: '2026-10-18T10:00',
      end: '2026-10-18T11:00',
      recurrence: { frequency: 'weekly', count: 3 },
    });
    const single = await publishActivity(server.url, coordinator.cookie, project.id, clock.now(), {
      title: 'Filmavond',
      start: '2026-03-27T20:00',
      end: '2026-03-27T22:00',
    });
    const coordinatorApi = api(server.url, coordinator.cookie);
    const occurrences = await occurrencesOf(spring.seriesId!);
    expect(occurrences).toHaveLength(6);
    const on = (day: string) => occurrences.find((o) => o.startsAt.startsWith(day))!;
    // One occurrence cancelled, one moved to the afternoon with its own title.
    expect(
      (
        await coordinatorApi.post(`/api/activities/${on('2026-04-05').id}/cancel`, {
          reason: 'Pasen',
          scope: 'occurrence',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await coordinatorApi.patch(`/api/activities/${on('2026-04-12').id}`, {
          title: 'Koffiemiddag',
          start: '2026-04-12T14:00',
          end: '2026-04-12T15:30',
          scope: 'occurrence',
        })
      ).status,
    ).toBe(200);

    const link = await api(server.url, resident.cookie).post('/api/activities/calendar', {
      projectId: project.id,
      scope: 'project',
    });
    expect(link.status).toBe(201);
    const feedPath = String(link.json.url).replace(/^https?:\/\/[^/]+/, '');
    const read = async () => (await fetch(`${server.url}${feedPath}`)).text();
    const text = await read();

    // The text itself: local times with TZID and the zone's VTIMEZONE, the rule, the exceptions.
    const springUid = `series-${spring.seriesId}@buurtkamer`;
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20260322T100000\r\n');
    expect(text).toContain('RRULE:FREQ=WEEKLY;COUNT=6\r\n');
    expect(text).toContain('EXDATE;TZID=Europe/Amsterdam:20260405T100000\r\n');
    expect(text).toContain('RECURRENCE-ID;TZID=Europe/Amsterdam:20260412T100000\r\n');
    expect(text.split(`UID:${springUid}\r\n`)).toHaveLength(3); // the series and one change
    expect(text).toContain('DESCRIPTION:Koffie\\, thee\\; en koek\\, voor iedereen.\r\n');
    // No floating times in an event (the VTIMEZONE's own DTSTARTs are local by definition).
    expect(text.split('END:VTIMEZONE')[1]).not.toMatch(/^DT(START|END):\d{8}T\d{6}\r$/m);

    expect(instances(text, springUid, '2026-03-01T00:00:00Z', '2026-05-01T00:00:00Z')).toEqual([
      // 10:00 in winter is 09:00 UTC; from 29 March (summer time) it is 08:00 UTC.
      {
        start: '2026-03-22T09:00:00.000Z',
        end: '2026-03-22T10:30:00.000Z',
        summary: 'Koffieochtend',
      },
      {
        start: '2026-03-29T08:00:00.000Z',
        end: '2026-03-29T09:30:00.000Z',
        summary: 'Koffieochtend',
      },
      {
        start: '2026-04-12T12:00:00.000Z',
        end: '2026-04-12T13:30:00.000Z',
        summary: 'Koffiemiddag',
      },
      {
        start: '2026-04-19T08:00:00.000Z',
        end: '2026-04-19T09:30:00.000Z',
        summary: 'Koffieochtend',
      },
      {
        start: '2026-04-26T08:00:00.000Z',
        end: '2026-04-26T09:30:00.000Z',
        summary: 'Koffieochtend',
      },
    ]);
    const autumnUid = `series-${autumn.seriesId}@buurtkamer`;
    expect(instances(text, autumnUid, '2026-10-01T00:00:00Z', '2026-12-01T00:00:00Z')).toEqual([
      { start: '2026-10-18T08:00:00.000Z', end: '2026-10-18T09:00:00.000Z', summary: 'Wandelen' },
      // 25 October: summer time has ended, 10:00 is 09:00 UTC.
      { start: '2026-10-25T09:00:00.000Z', end: '2026-10-25T10:00:00.000Z', summary: 'Wandelen' },
      { start: '2026-11-01T09:00:00.000Z', end: '2026-11-01T10:00:00.000Z', summary: 'Wandelen' },
    ]);
    const singleUid = `${single.id}@buurtkamer`;
    expect(instances(text, singleUid, '2026-03-01T00:00:00Z', '2026-05-01T00:00:00Z')).toEqual([
      { start: '2026-03-27T19:00:00.000Z', end: '2026-03-27T21:00:00.000Z', summary: 'Filmavond' },
    ]);

    // SEQUENCE rises with every change: of the series (any occurrence) and of a single event.
    const seriesBefore = sequenceOf(text, springUid);
    const singleBefore = sequenceOf(text, singleUid);
    expect(
      (
        await coordinatorApi.patch(`/api/activities/${on('2026-04-19').id}`, {
          title: 'Koffie en krant',
          scope: 'series',
        })
      ).status,
    ).toBe(200);
    expect(
      (await coordinatorApi.patch(`/api/activities/${single.id}`, { place: 'Tuin' })).status,
    ).toBe(200);
    const after = await read();
    expect(sequenceOf(after, springUid)).toBeGreaterThan(seriesBefore);
    expect(sequenceOf(after, singleUid)).toBe(singleBefore + 1);
    // The later occurrences follow the series' new title; the earlier ones keep theirs.
    expect(
      instances(after, springUid, '2026-03-01T00:00:00Z', '2026-05-01T00:00:00Z').map(
        (i) => i.summary,
      ),
    ).toEqual([
      'Koffieochtend',
      'Koffieochtend',
      'Koffiemiddag',
      'Koffie en krant',
      'Koffie en krant',
    ]);

    // Cancelling the rest of the series: what is left stays, nothing new appears after it.
    expect(
      (
        await coordinatorApi.post(`/api/activities/${on('2026-04-19').id}/cancel`, {
          scope: 'series',
        })
      ).status,
    ).toBe(200);
    const ended = await read();
    expect(sequenceOf(ended, springUid)).toBeGreaterThan(sequenceOf(after, springUid));
    expect(
      instances(ended, springUid, '2026-03-01T00:00:00Z', '2027-01-01T00:00:00Z').map(
        (i) => i.start,
      ),
    ).toEqual(['2026-03-22T09:00:00.000Z', '2026-03-29T08:00:00.000Z', '2026-04-12T12:00:00.000Z']);
  });
});
