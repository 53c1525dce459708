import type { SettingsSection } from './section';
import { LanguageSection } from './sections/LanguageSection';
import { CalendarSection } from './sections/CalendarSection';
import { DeleteAccountSection } from './sections/DeleteAccountSection';
import { ExportSection } from './sections/ExportSection';
import { InterestsSection, takesPartInActivities } from './sections/InterestsSection';
import { LogoutSection } from './sections/LogoutSection';
import { NameSection } from './sections/NameSection';
import { NotificationsSection } from './sections/NotificationsSection';
import { PasswordSection, mayHavePassword } from './sections/PasswordSection';
import { ProjectLanguageSection, setsProjectLanguage } from './sections/ProjectLanguageSection';
import { RetentionSection, setsRetention } from './sections/RetentionSection';
import { SessionsSection } from './sections/SessionsSection';

/**
 * The settings screen, top to bottom. Features plug in here with one line each, e.g.
 * `{ id: 'interests', title: 'settings.interests', component: lazy(() => import(...)) }`;
 * "download my data" belongs above `sessions`, "delete my account" at the very end.
 */
export const settingsSections: SettingsSection[] = [
  { id: 'language', title: 'settings.language', component: LanguageSection },
  { id: 'name', title: 'settings.name', component: NameSection },
  { id: 'notifications', title: 'settings.notifications', component: NotificationsSection },
  {
    id: 'interests',
    title: 'settings.interests',
    component: InterestsSection,
    visible: takesPartInActivities,
  },
  {
    id: 'calendar',
    title: 'settings.calendar',
    component: CalendarSection,
    visible: takesPartInActivities,
  },
  { id: 'export', title: 'settings.export', component: ExportSection },
  { id: 'sessions', title: 'settings.sessions', component: SessionsSection },
  {
    id: 'password',
    title: 'settings.password',
    component: PasswordSection,
    visible: mayHavePassword,
  },
  {
    id: 'project-language',
    title: 'settings.project_language',
    component: ProjectLanguageSection,
    visible: setsProjectLanguage,
  },
  {
    id: 'retention',
    title: 'settings.retention',
    component: RetentionSection,
    visible: setsRetention,
  },
  { id: 'logout', title: 'settings.logout', component: LogoutSection },
  { id: 'delete', title: 'settings.delete', component: DeleteAccountSection },
];
