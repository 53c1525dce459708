import { useEffect, useState } from 'preact/hooks';
import { spaceKinds, type Space, type SpaceKind } from '../../../../server/protocol/defects';
import { ApiError, api } from '../../api/http';
import { routes } from '../../../../server/protocol/routes';
import { ErrorText } from '../../components/Page';
import { t } from '../../i18n';

/** The project's shared spaces: add one, take one out of the list (or back). Staff and coordinators. */
export function SpacesEditor({ projectId }: { projectId: string }) {
  const [spaces, setSpaces] = useState<Space[]>([]);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SpaceKind>('other');
  const [error, setError] = useState<string>();

  async function load() {
    const r = await api(routes.defects.places, { params: { projectId } });
    setSpaces(r.spaces);
  }
  useEffect(() => {
    void load();
  }, [projectId]);

  async function run(action: () => Promise<unknown>) {
    setError(undefined);
    try {
      await action();
      await load();
    } catch (e) {
      setError(e instanceof ApiError ? (e.payload.fields?.name ?? e.message) : String(e));
    }
  }

  return (
    <details class="spaces-editor">
      <summary>{t('defects.web.spaces_title')}</summary>
      <ul class="spaces">
        {spaces.map((s) => (
          <SpaceItem
            key={s.id}
            space={s}
            onArchive={(archived) =>
              void run(() =>
                api(routes.defects.updateSpace, {
                  params: { projectId, spaceId: s.id },
                  body: { archived },
                }),
              )
            }
          />
        ))}
      </ul>
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            await api(routes.defects.addSpace, { params: { projectId }, body: { name, kind } });
            setName('');
          });
        }}
      >
        <label for="space-name">{t('defects.web.space_name')}</label>
        <input
          id="space-name"
          value={name}
          maxLength={60}
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
        />
        <label for="space-kind">{t('defects.web.space_kind')}</label>
        <select
          id="space-kind"
          value={kind}
          onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as SpaceKind)}
        >
          {spaceKinds.map((k) => (
            <option key={k} value={k}>
              {t(`defects.space_kind.${k}`)}
            </option>
          ))}
        </select>
        <ErrorText message={error} />
        <button type="submit" class="button" disabled={name.trim().length < 2}>
          {t('defects.web.space_add')}
        </button>
      </form>
    </details>
  );
}

/** One shared space, with taking it out of the list (or putting it back). */
function SpaceItem({
  space: s,
  onArchive,
}: {
  space: Space;
  onArchive: (archived: boolean) => void;
}) {
  return (
    <li>
      <span class={s.archived ? 'muted' : ''}>{s.name}</span>
      <button type="button" class="button subtle" onClick={() => onArchive(!s.archived)}>
        {s.archived
          ? t('defects.web.space_restore', { name: s.name })
          : t('defects.web.space_archive', { name: s.name })}
      </button>
    </li>
  );
}
