import { rankSimilar } from '../../server/domain/defects/similarity';
import type { DefectStatus } from '../../server/protocol/defects';
import type { BlameMember } from '../../server/protocol/blame';
import type {
  ActivitySummary,
  DefectPlaces,
  SupportContacts,
  VolunteerTaskSummary,
  ConcernSummary,
} from '../../server/protocol/bot-reads';
import type { BotPorts } from './ports';
import type { NeighbourhoodCard } from '../../server/protocol/card';

/**
 * In-memory ports for tests, the CLI and demos. All names are fictional (project "De Lindehof",
 * Utrecht region).
 */
export interface FakePortsData {
  card: NeighbourhoodCard;
  activities: ActivitySummary[];
  /** Activity ids per user that the user signed up for. */
  signups: Record<string, string[]>;
  /** Support contacts per user id; users not listed get `defaultSupport`. */
  support: Record<string, SupportContacts>;
  defaultSupport: SupportContacts;
  tasks: VolunteerTaskSummary[];
  /** Shared spaces and, per user id, their home number. */
  places: DefectPlaces;
  units: Record<string, string>;
  /** Defect cases; `spaceId` undefined means a home (`unit`). */
  defects: FakeDefect[];
  /** Concerns by `${userId}:${ref}`. */
  concerns: Record<string, ConcernSummary>;
  /** The project's members, with their homes (staff without). */
  members: BlameMember[];
}

export interface FakeDefect {
  id: string;
  ref: string;
  what: string;
  spaceId?: string;
  unit?: string;
  status: DefectStatus;
  reporterIds: string[];
}

export function demoPlaces(): DefectPlaces {
  return {
    spaces: [
      { id: 'sp-hal', name: 'Hal', kind: 'hall' },
      { id: 'sp-trap', name: 'Trappenhuis', kind: 'stairwell' },
      { id: 'sp-lift', name: 'Lift', kind: 'lift' },
      { id: 'sp-huiskamer', name: 'Huiskamer', kind: 'common_room' },
      { id: 'sp-tuin', name: 'Binnentuin', kind: 'garden' },
      { id: 'sp-fiets', name: 'Fietsenstalling', kind: 'bicycle_storage' },
    ],
    ownUnit: null,
  };
}

export function demoCard(): NeighbourhoodCard {
  return {
    projectName: 'De Lindehof',
    contacts: [
      {
        kind: 'police',
        name: 'Wijkagent Sanne de Boer',
        phone: '0900-8844',
        note: 'Voor veiligheid in de buurt.',
      },
      {
        kind: 'repairs',
        name: 'Reparatiedienst Woonstede',
        phone: '030-555 0101',
        note: 'Lekkage, storing, iets kapot.',
      },
      {
        kind: 'corporation',
        name: 'Woonstede Utrecht',
        phone: '030-555 0100',
        email: 'huurders@woonstede.example',
      },
      { kind: 'mediation', name: 'Buurtbemiddeling Utrecht', phone: '030-555 0200' },
      {
        kind: 'support',
        name: 'Team De Lindehof (begeleiding)',
        phone: '030-555 0300',
        note: 'Dag en nacht bereikbaar.',
      },
      {
        kind: 'association',
        name: 'Woonvereniging De Lindehof',
        email: 'bestuur@lindehof.example',
      },
    ],
    tips: [
      'Last van je buren? Praat eerst rustig met ze. Het helpt vaak.',
      'Kom naar de koffieochtend. Zo leer je je buren kennen.',
    ],
  };
}

/** Upcoming demo activities, relative to `now`. */
export function demoActivities(now: Date): ActivitySummary[] {
  const at = (days: number, hour: number) => {
    const date = new Date(now.getTime() + days * 86_400_000);
    date.setUTCHours(hour - 1, 0, 0, 0);
    return date.toISOString();
  };
  return [
    {
      id: 'act-koffie',
      title: 'Koffieochtend',
      startsAt: at(2, 10),
      place: 'Huiskamer',
      spotsLeft: null,
      signedUp: false,
    },
    {
      id: 'act-film',
      title: 'Filmavond',
      startsAt: at(4, 20),
      place: 'Huiskamer',
      spotsLeft: 6,
      signedUp: false,
    },
    {
      id: 'act-tafeltennis',
      title: 'Tafeltennis',
      startsAt: at(5, 15),
      place: 'Binnentuin',
      spotsLeft: 0,
      signedUp: false,
    },
    {
      id: 'act-wandel',
      title: 'Opruimwandeling',
      startsAt: at(8, 11),
      spotsLeft: 12,
      signedUp: false,
    },
  ];
}

/** Volunteer tasks of the demo activities. */
export function demoTasks(now: Date): VolunteerTaskSummary[] {
  const film = demoActivities(now).find((a) => a.id === 'act-film');
  return [
    {
      id: 'task-film-snacks',
      title: 'Hapjes maken',
      activityId: 'act-film',
      activityTitle: 'Filmavond',
      startsAt: film?.startsAt ?? now.toISOString(),
      open: 2,
      mine: false,
    },
  ];
}

/** The demo project's people (fictional): residents with their homes, and two staff members. */
export function demoMembers(): BlameMember[] {
  return [
    { name: 'Anna', home: '4B' },
    { name: 'Anouk', home: '3' },
    { name: 'Samir', home: '7' },
    { name: 'Joke', home: '12' },
    { name: 'Ruud', home: '14' },
    { name: 'Kees', home: '5' },
    { name: 'Esther', home: null },
    { name: 'Ilse', home: null },
  ];
}

export function createFakePorts(
  overrides: Partial<FakePortsData> = {},
  now = new Date(),
): BotPorts & { data: FakePortsData } {
  const data: FakePortsData = {
    card: demoCard(),
    activities: demoActivities(now),
    signups: {},
    support: {},
    defaultSupport: { onCallName: 'Ilse' },
    tasks: demoTasks(now),
    places: demoPlaces(),
    units: {},
    defects: [],
    concerns: {},
    members: demoMembers(),
    ...overrides,
  };
  return {
    data,
    async card() {
      return data.card;
    },
    async upcomingActivities(_projectId, userId) {
      const mine = new Set(data.signups[userId] ?? []);
      return data.activities.map((a) => ({ ...a, signedUp: a.signedUp || mine.has(a.id) }));
    },
    async supportContacts(_projectId, userId) {
      return data.support[userId] ?? data.defaultSupport;
    },
    async openVolunteerTasks() {
      return data.tasks;
    },
    async defectPlaces(_projectId, userId) {
      return { ...data.places, ownUnit: data.units[userId] ?? data.places.ownUnit };
    },
    async similarDefects(_projectId, userId, query) {
      const unit = data.units[userId];
      const here = data.defects.filter(
        (d) =>
          d.status !== 'solved' &&
          d.status !== 'rejected' &&
          (query.spaceId ? d.spaceId === query.spaceId : !d.spaceId && d.unit === unit),
      );
      return rankSimilar(query.description, here).map((d) => ({
        id: d.id,
        ref: d.ref,
        what: d.what,
        placeName: data.places.spaces.find((s) => s.id === d.spaceId)?.name ?? d.unit ?? '',
        status: d.status,
        reporterCount: d.reporterIds.length,
        meTooCount: d.reporterIds.length - 1,
        mine: d.reporterIds.includes(userId),
        score: d.score,
      }));
    },
    async myConcern(_projectId, userId, ref) {
      return data.concerns[`${userId}:${ref}`];
    },
    async members() {
      return data.members;
    },
  };
}
