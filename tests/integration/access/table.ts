import type { Db } from '../../../db/database';
import type { ClientToServerEvents } from '../../../server/protocol/events';
import { roles, type Role } from '../../../server/protocol/roles';
import type { startTestServer } from '../../support/app';
import type { TestMember, TestProject } from '../../support/factories';
import type { api } from '../../support/http';

/**
 * The shared vocabulary of the access table (`access-control.test.ts`): who calls, what a row
 * says, and the world every area's rows run in. Each area keeps its rows in a file of its own
 * here (`activities.ts`, `concerns.ts`, ...) and the table runs them all against every caller.
 */
export type Principal = Role | 'stranger' | 'otherProject' | 'expired' | 'revoked' | 'anonymous';

export const memberRoles: Role[] = [...roles];
export const signedOut: Principal[] = ['expired', 'revoked', 'anonymous'];
export const principals: Principal[] = [...memberRoles, 'stranger', 'otherProject', ...signedOut];
export const signedIn = principals.filter((p) => !signedOut.includes(p));
/** Callers with an open socket: everyone signed in. */
export const connected = signedIn;
export const everyone = principals;
export const everyMember: Principal[] = memberRoles;
export const exceptCorporation: Principal[] = memberRoles.filter((r) => r !== 'corporation');
export const inviteManagers: Principal[] = ['staff', 'coordinator', 'admin'];
export const staffOnly: Principal[] = ['staff', 'admin'];

/** The world the rows run in, filled before any row runs (read it inside `call`/`payload`). */
export interface AccessWorld {
  server: Awaited<ReturnType<typeof startTestServer>>;
  db: Db;
  /** The project every member principal belongs to (with their role). */
  project: TestProject;
  /** The project `otherProject` is admin of. */
  elsewhere: TestProject;
  /** The member behind each principal (`undefined` for anonymous). */
  who: Map<Principal, TestMember | undefined>;
  /** A new person of the same kind as `principal`, for calls that end or erase their caller. */
  twin(principal: Principal): Promise<TestMember | undefined>;
}

export type Client = ReturnType<typeof api>;

export interface RouteCase {
  /** The route as the app declares it: `METHOD /path/:param`. */
  route: string;
  name: string;
  /** Who gets the `ok` answer; every other signed-in caller gets `denied`, signed-out ones 401. */
  allowed: Principal[];
  ok?: number;
  denied?: number;
  /**
   * Refused callers who may not even know the record exists: they get 404, the same answer as
   * for an id that does not exist, while the other refused callers get `denied`.
   */
  hidden?: Principal[];
  /** `twin`: the call ends or erases its caller, so it runs as a new person of the same kind. */
  as?: 'twin';
  /** `index` is the caller's place in `principals`: use it to give each caller its own record. */
  call: (
    client: Client,
    index: number,
    member: TestMember | undefined,
  ) => ReturnType<Client['get']>;
}

export type ClientEvent = keyof ClientToServerEvents;

export interface EventCase {
  name: string;
  /** Who gets a `data` answer; every other connected caller gets the `denied` error code. */
  allowed: Principal[];
  /** The error code refused callers get (`forbidden` unless said otherwise). */
  denied?: string;
  /** Refused callers who may not even know the record exists: they get `not_found`. */
  hidden?: Principal[];
  payload: (index: number, principal: Principal) => unknown;
}

/** One area's rows: set up its records once, then every row runs against every caller. */
export interface AccessArea<E extends ClientEvent = never> {
  setup?: () => Promise<void>;
  routes: RouteCase[];
  /** Every client event of the area, one or more cases each (a missing event is a type error). */
  events: Record<E, EventCase[]>;
}
