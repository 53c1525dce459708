import { lazy } from 'preact-iso';
import { botFeature } from './bot/feature';
import { openUrgentAlerts } from './concerns/badge';
import type { Feature } from './feature';
import { canManageInvites } from '../../../server/protocol/access';
import { roles, staffRoles } from '../../../server/protocol/roles';
import { roomsFeature } from './rooms/feature';
import { discordAvailable } from './discord/enabled';

/**
 * Every screen of a project, in navigation order. A feature plugs in with ONE line here:
 *
 *   { id: 'activities', path: 'activities', label: 'activities.nav', icon: 'calendar', tab: true,
 *     component: lazy(() => import('./activities/ActivitiesScreen').then((m) => m.ActivitiesScreen)) },
 *
 * (`roles` limits who sees it, e.g. `roles: staffRoles` for the dashboard; `tab: true` puts it
 * in the phone's bottom bar as well as the menu). Keep `settings` last. Routes, the bottom bar,
 * the desktop side bar, the menu and the accessibility test all come from this list.
 */
export const features: Feature[] = [
  roomsFeature,
  botFeature,
  {
    id: 'activities',
    path: 'activities',
    label: 'activities.web.nav',
    tabLabel: 'activities.web.nav_short',
    icon: 'calendar',
    tab: true,
    roles: ['resident', 'neighbour', 'staff', 'coordinator', 'admin'],
    component: lazy(() => import('./activities/ActivitiesPage').then((m) => m.ActivitiesScreen)),
  },
  {
    id: 'meldingen',
    path: 'meldingen',
    label: 'concerns.web.nav_mine',
    tabLabel: 'concerns.web.nav_mine_short',
    icon: 'report',
    tab: true,
    roles: ['resident', 'neighbour', 'coordinator'],
    component: lazy(() => import('./concerns/pages').then((m) => m.MyConcernsScreen)),
  },
  {
    id: 'dashboard',
    path: 'dashboard',
    label: 'concerns.web.nav_dashboard',
    tabLabel: 'concerns.web.nav_dashboard_short',
    icon: 'dashboard',
    tab: true,
    roles: staffRoles,
    badge: openUrgentAlerts,
    badgeLabel: 'concerns.web.urgent_count',
    component: lazy(() => import('./concerns/pages').then((m) => m.StaffDashboardScreen)),
  },
  {
    id: 'zaken',
    path: 'zaken',
    label: 'concerns.web.nav_cases',
    icon: 'report',
    tab: true,
    roles: ['corporation'],
    component: lazy(() => import('./concerns/pages').then((m) => m.CorporationScreen)),
  },
  {
    id: 'card',
    path: 'card',
    label: 'card.web.nav',
    icon: 'map',
    component: lazy(() => import('./card/CardPage').then((m) => m.CardScreen)),
  },
  {
    id: 'defects',
    path: 'defects',
    label: 'defects.web.nav',
    icon: 'tool',
    component: lazy(() => import('./defects/DefectsPage').then((m) => m.DefectsScreen)),
  },
  {
    id: 'members',
    path: 'members',
    label: 'shell.nav.members',
    icon: 'people',
    roles: ['resident', 'neighbour', 'staff', 'coordinator', 'admin'],
    component: lazy(() => import('./members/MembersScreen').then((m) => m.MembersScreen)),
  },
  {
    id: 'invites',
    path: 'invites',
    label: 'shell.nav.invites',
    icon: 'invite',
    roles: roles.filter(canManageInvites),
    component: lazy(() => import('./invites/InvitesScreen').then((m) => m.InvitesScreen)),
  },
  {
    id: 'discord',
    path: 'discord',
    label: 'web.discord.open',
    icon: 'chat',
    available: discordAvailable,
    component: lazy(() => import('./discord/DiscordPage').then((m) => m.DiscordScreen)),
  },
  {
    id: 'settings',
    path: 'settings',
    label: 'shell.nav.settings',
    icon: 'settings',
    component: lazy(() => import('./settings/SettingsScreen').then((m) => m.SettingsScreen)),
  },
];
