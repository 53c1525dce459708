import { signal } from '@preact/signals';
import type { Me, Project } from '../../../server/protocol/projects';
import { ApiError, api } from '../api/http';
import { routes } from '../../../server/protocol/routes';
import { setLocale } from '../i18n';

/** Who is signed in (null: nobody; undefined: not known yet) and their projects. */
export const me = signal<Me | null | undefined>(undefined);
export const projects = signal<Project[]>([]);

export async function loadSession(): Promise<void> {
  try {
    const current = await api(routes.me.get);
    setLocale(current.locale);
    const mine = await api(routes.me.projects);
    projects.value = mine.projects;
    me.value = current;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      me.value = null;
      projects.value = [];
      return;
    }
    throw error;
  }
}

export async function logout(): Promise<void> {
  await api(routes.auth.logout);
  me.value = null;
  projects.value = [];
}
