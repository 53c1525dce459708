import { eq } from 'drizzle-orm';
import { and, gt, lt } from 'drizzle-orm';
import {
  channels,
  memberships,
  neighbourhoodCards,
  onCallShifts,
  supportLinks,
  units,
  users,
} from '../../db/schema';
import type { CardContact } from '../protocol/card';
import type { Db } from '../../db/database';
import type { Clock } from '../clock';
import { createInvite, inviteUrl } from '../domain/auth/invites';
import { storeMessage } from '../domain/messages/messages';
import { keepDemoActivities } from './activities';
import { keepDemoDefect } from './defects';
import { createProject, findProjectBySlug } from '../domain/projects/projects';
import type { Role } from '../protocol/roles';

/** Everything here is invented: project, street, municipality and people. */
export const DEMO_SLUG = 'de-vlinderhof';

const people: { name: string; role: Role; unit?: string }[] = [
  { name: 'Anouk', role: 'resident', unit: '3' },
  { name: 'Samir', role: 'resident', unit: '7' },
  { name: 'Joke', role: 'resident', unit: '12' },
  { name: 'Ruud', role: 'resident', unit: '14' },
  { name: 'Esther', role: 'staff' },
  { name: 'Ilse', role: 'staff' },
  { name: 'Kees', role: 'coordinator', unit: '5' },
];

const chat: [string, string][] = [
  ['Kees', 'Goedemorgen allemaal! Zaterdag is er weer koffie in de gezamenlijke ruimte.'],
  ['Anouk', 'Leuk, ik kom! Zal ik een cake meenemen?'],
  ['Samir', 'Ik help wel met opruimen na afloop.'],
];

export interface DemoInvites {
  projectName: string;
  links: { role: Role; url: string }[];
}

/**
 * Creates the fictional demo project "De Vlinderhof" (Lindelaan, Brugwaard) once, with a few
 * members and a short conversation, and returns fresh invite links for it on every start.
 */
export async function seedDemo(db: Db, clock: Clock, publicUrl: string): Promise<DemoInvites> {
  let project = await findProjectBySlug(db, DEMO_SLUG);
  if (!project) project = await createDemoProject(db, clock);
  const [esther] = await db.select().from(users).where(eq(users.displayName, 'Esther')).limit(1);
  await keepDemoRota(db, clock, project.id);
  await keepDemoCard(db, clock, project.id);
  await keepDemoDefect(db, clock, project.id);
  await keepDemoActivities(db, clock, project.id);
  const links = [];
  for (const role of ['resident', 'staff', 'coordinator', 'neighbour'] as const) {
    const { code } = await createInvite(db, clock, {
      projectId: project.id,
      actorRole: 'admin',
      actorId: esther?.id ?? null,
      role,
      label: 'demo',
      expiresInDays: 30,
      maxUses: 50,
    });
    links.push({ role, url: inviteUrl(publicUrl, code) });
  }
  return { projectName: project.name, links };
}

async function createDemoProject(db: Db, clock: Clock) {
  const project = await createProject(db, {
    slug: DEMO_SLUG,
    name: 'De Vlinderhof',
    municipality: 'Brugwaard',
    housingForm: 'gemengd',
  });
  const unitRows = await db
    .insert(units)
    .values(Array.from({ length: 16 }, (_, i) => ({ projectId: project.id, label: String(i + 1) })))
    .returning();
  const ids = new Map<string, string>();
  for (const person of people) {
    const [user] = await db.insert(users).values({ displayName: person.name }).returning();
    if (!user) throw new Error('demo user insert failed');
    ids.set(person.name, user.id);
    await db.insert(memberships).values({
      projectId: project.id,
      userId: user.id,
      role: person.role,
      unitId: unitRows.find((u) => u.label === person.unit)?.id ?? null,
    });
  }
  // Staff-only: Esther supports Ruud. No screen a resident sees shows this.
  await db.insert(supportLinks).values({
    projectId: project.id,
    staffUserId: ids.get('Esther')!,
    residentUserId: ids.get('Ruud')!,
  });
  const [common] = await db
    .select()
    .from(channels)
    .where(eq(channels.projectId, project.id))
    .limit(1);
  if (common) {
    for (const [index, [name, body]] of chat.entries()) {
      await storeMessage(db, clock, {
        channelId: common.id,
        authorId: ids.get(name)!,
        clientId: `demo-msg-${index}`,
        body,
      });
    }
  }
  return project;
}

/** A demo shift runs from 08:00 UTC for a day; the two demo support workers take turns. */
const SHIFT_HOURS = 24;
const ROTA_DAYS = 14;

/**
 * The demo project always has someone on call, now and for the next two weeks (shifts are added
 * at every start where none covers the time yet), so escalations in the demo reach a person.
 */
async function keepDemoRota(db: Db, clock: Clock, projectId: string): Promise<void> {
  const staff = await db
    .select({ id: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.projectId, projectId), eq(memberships.role, 'staff')))
    .orderBy(users.displayName);
  if (staff.length === 0) return;
  const now = clock.now();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 8));
  if (first > now) first.setUTCDate(first.getUTCDate() - 1);
  for (let day = 0; day <= ROTA_DAYS; day += 1) {
    const startsAt = new Date(first.getTime() + day * SHIFT_HOURS * 3_600_000);
    const endsAt = new Date(startsAt.getTime() + SHIFT_HOURS * 3_600_000);
    const [covered] = await db
      .select({ id: onCallShifts.id })
      .from(onCallShifts)
      .where(
        and(
          eq(onCallShifts.projectId, projectId),
          lt(onCallShifts.startsAt, endsAt),
          gt(onCallShifts.endsAt, startsAt),
        ),
      )
      .limit(1);
    if (covered) continue;
    const person = staff[Math.floor(startsAt.getTime() / 86_400_000) % staff.length];
    if (!person) continue;
    await db.insert(onCallShifts).values({
      projectId,
      staffUserId: person.id,
      startsAt,
      endsAt,
      note: 'demo',
      createdAt: now,
    });
  }
}

/**
 * The demo buurtkaart: who to call for what, as a real project would have it. The names and
 * numbers are invented (020 000 …, 06-00 … are not in use), except 112, 113 and 0800-0113; the
 * crisis line is the day-and-night number Buurtbot gives when nobody is on call.
 */
const demoContacts: CardContact[] = [
  {
    kind: 'support',
    name: 'Team begeleiding De Vlinderhof (voorbeeld)',
    phone: '020 000 0001',
    email: 'begeleiding@vlinderhof.example',
    note: 'Op werkdagen van 9 tot 17 uur. Daarna: de crisisdienst.',
  },
  {
    kind: 'crisis',
    name: 'Crisisdienst Brugwaard (voorbeeld)',
    phone: '020 000 0002',
    note: 'Dag en nacht. Als het niet kan wachten tot morgen.',
  },
  {
    kind: 'repairs',
    name: 'Reparatiedienst Woonstede Brugwaard (voorbeeld)',
    phone: '020 000 0003',
    note: 'Lekkage, verwarming, slot of lift. Na 17 uur en in het weekend: 020 000 0004.',
  },
  {
    kind: 'corporation',
    name: 'Woonstede Brugwaard, klantenservice (voorbeeld)',
    phone: '020 000 0005',
    email: 'klantenservice@woonstede.example',
  },
  {
    kind: 'mediation',
    name: 'Buurtbemiddeling Brugwaard (voorbeeld)',
    phone: '020 000 0006',
    note: 'Gratis. Helpt als praten met je buur niet lukt.',
  },
  {
    kind: 'police',
    name: 'Wijkagent Sanne de Boer (voorbeeld)',
    phone: '06-00000007',
    note: 'Voor zorgen over veiligheid in de buurt. Geen spoed.',
  },
  {
    kind: 'association',
    name: 'Bewonerscommissie De Vlinderhof (voorbeeld)',
    email: 'bewoners@vlinderhof.example',
  },
];

const demoTips = [
  'Huisvuil gaat op dinsdag en vrijdag mee. Zet de zakken pas de avond ervoor buiten.',
  'Sleutel kwijt? Bel overdag de begeleiding: 020 000 0001.',
  'Denk je aan zelfmoord? Praat erover. Bel 113 of gratis 0800-0113, dag en nacht.',
];

/** The demo project has a buurtkaart (added once; edits made in the demo are kept). */
async function keepDemoCard(db: Db, clock: Clock, projectId: string): Promise<void> {
  await db
    .insert(neighbourhoodCards)
    .values({ projectId, contacts: demoContacts, tips: demoTips, updatedAt: clock.now() })
    .onConflictDoNothing({ target: neighbourhoodCards.projectId });
}
