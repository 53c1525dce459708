import { useEffect, useState } from 'preact/hooks';
import type {
  DiscordAccountStatus,
  DiscordConnectionStatus,
  DiscordLink,
  LinkCode,
} from '../../../../server/protocol/discord';
import type { Channel } from '../../../../server/protocol/projects';
import { canLinkRoom } from '../../../../server/protocol/access';
import { isStaffRole, type Role } from '../../../../server/protocol/roles';
import { ApiError } from '../../api/http';
import type { ComponentChildren } from 'preact';
import { ErrorText } from '../../components/Page';
import { channelName } from '../../channelName';
import { t } from '../../i18n';
import { me } from '../../state/session';
import type { FeatureProps } from '../feature';
import {
  loadAccount,
  loadConnectionStatus,
  loadProjectLinks,
  makeAccountCode,
  makeRoomCode,
  retryConnection,
  unlinkAccount,
  unlinkRoom,
} from './api';
import { CodeBox } from './CodeBox';

function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.payload.message : t('web.error_generic');
}

/**
 * `/discord/:projectId?`: link your own Discord account; staff (and the association, for the
 * shared rooms) link Discord channels to the project's rooms.
 */
export function DiscordScreen({ project }: FeatureProps) {
  const [account, setAccount] = useState<DiscordAccountStatus | null | undefined>(null);
  const [code, setCode] = useState<LinkCode>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!me.value) return;
    loadAccount()
      .then(setAccount)
      .catch((e: unknown) => setError(messageOf(e)));
  }, [me.value]);

  if (me.value === undefined || account === null)
    return <Screen title={t('web.discord.title')}>{t('web.loading')}</Screen>;
  if (account === undefined) {
    return (
      <Screen title={t('web.discord.title')}>
        <p>{t('web.discord.unavailable')}</p>
      </Screen>
    );
  }

  const act = (work: () => Promise<void>) => () => {
    setError(undefined);
    work().catch((e: unknown) => setError(messageOf(e)));
  };
  const canLink = project && canLinkRoom(project.myRole, 'common');
  const isStaff = project && isStaffRole(project.myRole);

  return (
    <Screen title={t('web.discord.title')}>
      {isStaff ? <ConnectionStatus /> : null}
      <section class="stack" aria-labelledby="discord-account">
        <h2 id="discord-account">{t('web.discord.account_title')}</h2>
        <p>{t('web.discord.account_intro')}</p>
        <p>
          {account.linked
            ? t('web.discord.linked_as', { name: account.discordName ?? '' })
            : t('web.discord.not_linked')}
        </p>
        {code ? <CodeBox code={code} /> : null}
        <button
          type="button"
          class="button primary"
          onClick={act(async () => setCode(await makeAccountCode()))}
        >
          {t('web.discord.make_code')}
        </button>
        {account.linked ? (
          <button
            type="button"
            class="button subtle"
            onClick={act(async () => {
              setAccount(await unlinkAccount());
              setCode(undefined);
            })}
          >
            {t('web.discord.unlink')}
          </button>
        ) : null}
      </section>
      {canLink ? <RoomLinks projectId={project.id} role={project.myRole} /> : null}
      <ErrorText message={error} />
      <p></p>
    </Screen>
  );
}

function RoomLinks({ projectId, role }: { projectId: string; role: Role }) {
  const staff = canLinkRoom(role, 'staff');
  const [links, setLinks] = useState<DiscordLink[]>([]);
  const [rooms, setRooms] = useState<Channel[]>([]);
  const [code, setCode] = useState<{ roomId: string; code: LinkCode }>();
  const [error, setError] = useState<string>();

  const reload = () =>
    loadProjectLinks(projectId)
      .then((loaded) => {
        setLinks(loaded.links);
        setRooms(loaded.rooms);
      })
      .catch((e: unknown) => setError(messageOf(e)));
  useEffect(() => void reload(), [projectId]);

  const linkable = rooms.filter((r) => canLinkRoom(role, r.kind));
  return (
    <section class="stack" aria-labelledby="discord-rooms">
      <h2 id="discord-rooms">{t('web.discord.rooms_title')}</h2>
      <p>{t('web.discord.rooms_intro')}</p>
      {staff ? <p class="muted">{t('web.discord.staff_warning')}</p> : null}
      {links.length === 0 ? <p class="muted">{t('web.discord.no_links')}</p> : null}
      <ul class="link-list">
        {links.map((link) => (
          <li key={link.id}>
            <span>
              {t('web.discord.linked_room', {
                room: channelName(link.room),
                channel: link.discordChannelName,
              })}
              {link.broken ? (
                <>
                  {' '}
                  <strong class="badge">{t('web.discord.broken')}</strong>
                  <span class="muted"> {link.broken}</span>
                </>
              ) : null}
            </span>
            <button
              type="button"
              class="button subtle"
              onClick={() => {
                setError(undefined);
                unlinkRoom(link.id)
                  .then(reload)
                  .catch((e: unknown) => setError(messageOf(e)));
              }}
            >
              {t('web.discord.unlink')}
            </button>
          </li>
        ))}
      </ul>
      {linkable.map((room) => (
        <div key={room.id} class="stack">
          <button
            type="button"
            class="button"
            onClick={() => {
              setError(undefined);
              makeRoomCode(projectId, room.id)
                .then((made) => setCode({ roomId: room.id, code: made }))
                .catch((e: unknown) => setError(messageOf(e)));
            }}
          >
            {t('web.discord.room_code', { room: channelName(room) })}
          </button>
          {code?.roomId === room.id ? <CodeBox code={code.code} /> : null}
        </div>
      ))}
      <ErrorText message={error} />
    </section>
  );
}

/**
 * Staff only: when Discord refused the bot for good, what to fix (in plain words) and a button
 * to try again once it is fixed. Nothing shows while the connection works.
 */
function ConnectionStatus() {
  const [status, setStatus] = useState<DiscordConnectionStatus>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    loadConnectionStatus()
      .then(setStatus)
      .catch((e: unknown) => setError(messageOf(e)));
  }, []);
  if (status?.state !== 'stopped') return <ErrorText message={error} />;
  return (
    <section class="stack" role="alert" aria-labelledby="discord-status">
      <h2 id="discord-status">{t('web.discord.status_title')}</h2>
      <p>{status.message}</p>
      {status.retryRequested ? (
        <p>{t('web.discord.retry_asked')}</p>
      ) : (
        <button
          type="button"
          class="button primary"
          onClick={() => {
            setError(undefined);
            retryConnection()
              .then(setStatus)
              .catch((e: unknown) => setError(messageOf(e)));
          }}
        >
          {t('web.discord.retry')}
        </button>
      )}
      <ErrorText message={error} />
    </section>
  );
}

function Screen({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <div class="screen">
      <h1>{title}</h1>
      {children}
    </div>
  );
}
