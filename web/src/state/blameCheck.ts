import type { BlameHit, findBlame } from '../../../server/protocol/blame';
import type { Message } from '../../../server/protocol/messages';
import { api } from '../api/http';
import { routes } from '../../../server/protocol/routes';

/**
 * The kind reminder before sending in a shared room: does the text name a neighbour with a
 * label ("Ruud is weer dronken")? The detector (`server/protocol/blame.ts`) is loaded when a
 * shared room opens, not with the first page; the names are the project's member list (what
 * the members screen shows) and the authors already in the room. Homes are not needed: the
 * detector finds house numbers itself. When the check cannot run in time (offline, slow), the
 * message is sent as it is: the reminder helps, it never stands in the way.
 */
interface Detector {
  findBlame: typeof findBlame;
}

const WAIT_MS = 1500;
const NAMES_FRESH_MS = 10 * 60_000;

let detector: Promise<Detector> | undefined;
const names = new Map<string, { at: number; list: Promise<string[]> }>();

function loadDetector(): Promise<Detector> {
  if (!detector) {
    detector = import('../../../server/protocol/blame');
    // A failed download is tried again next time.
    detector.catch(() => (detector = undefined));
  }
  return detector;
}

function namesOf(projectId: string): Promise<string[]> {
  const cached = names.get(projectId);
  if (cached && Date.now() - cached.at < NAMES_FRESH_MS) return cached.list;
  const list = api(routes.projects.members, { params: { projectId } }).then((r) =>
    r.members.filter((m) => m.role !== 'bot').map((m) => m.name),
  );
  list.catch(() => names.delete(projectId));
  names.set(projectId, { at: Date.now(), list });
  return list;
}

/** Loads the detector and the member names ahead of the first message. */
export function prepareBlameCheck(projectId: string): void {
  loadDetector().catch(() => undefined);
  namesOf(projectId).catch(() => undefined);
}

function within<T>(promise: Promise<T>, fallback: T): Promise<T> {
  return Promise.race([
    promise.catch(() => fallback),
    new Promise<T>((resolve) => setTimeout(() => resolve(fallback), WAIT_MS)),
  ]);
}

/** The first neighbour named with a label in the text, or null (also when it cannot be checked). */
export async function blameIn(
  text: string,
  projectId: string,
  seen: readonly Message[],
): Promise<BlameHit | null> {
  const [found, known] = await Promise.all([
    within<Detector | null>(loadDetector(), null),
    within(namesOf(projectId), []),
  ]);
  if (!found) return null;
  const authors = seen.filter((m) => m.author.role !== 'bot').map((m) => m.author.name);
  const members = [...new Set([...known, ...authors])].map((name) => ({ name }));
  try {
    return found.findBlame(text, members);
  } catch {
    return null;
  }
}
