import type { cli as nl } from '../nl/cli';

export const cli: Record<keyof typeof nl, string> = {
  'cli.usage':
    'Usage:\n  npm run project -- create --name "De Vlinderhof" --municipality Brugwaard --form gemengd|gespikkeld|geclusterd\n  npm run project -- invite --project de-vlinderhof --role admin|staff|coordinator|resident|neighbour|corporation [--days 7] [--uses 1]\n  npm run project -- list\n  npm run project -- support-link add|remove --project de-vlinderhof --staff "Esther" --resident "Bram"\n  npm run project -- support-link list --project de-vlinderhof\n  npm run project -- retention --project de-vlinderhof [--days 365]\n  npm run project -- locale --project de-vlinderhof [--locale nl|en]\nWith create, --locale en makes English the project\'s language. The database is the server\'s: DATABASE_URL, or else the folder DATA_DIR. Dutch unless --lang en.',
  'cli.project_created': 'Project "{name}" was made. Short name: {slug}.',
  'cli.invite': 'Invite as {role}, valid for {days} days, {uses} use(s):',
  'cli.first_admin':
    'Send this link to the first admin. They invite everyone else from Buurtkamer.',
  'cli.no_projects': 'There are no projects yet.',
  'cli.project_line': '{slug}: {name}, {municipality} (members: {members})',
  'cli.refused': 'Not done: {message}',
  'cli.project_exists':
    'There is a project with the short name {slug} already. Choose another name.',
  'cli.project_unknown': 'No project with this short name. The list: npm run project -- list',
  'cli.member_unknown': 'Nobody in this project is called "{name}".',
  'cli.member_ambiguous':
    'More than one person in this project is called "{name}". Use the id from: npm run project -- support-link list',
  'cli.support_added': '{worker} is now the support worker of {resident}.',
  'cli.support_removed': '{worker} is no longer the support worker of {resident}.',
  'cli.support_none': 'Nobody has an own support worker yet.',
  'cli.support_line': '{resident} ({residentId}): support worker {worker} ({workerId})',
  'cli.support_link_unknown': '{worker} is not the support worker of {resident}.',
  'cli.retention':
    'Retention period of {name}: {days} days. After that, closed concerns are made anonymous.',
  'cli.retention_set': 'The retention period of {name} is now {days} days.',
  'cli.locale':
    'Language of {name}: {language}. Buurtbot writes in it in the shared rooms and on Discord.',
  'cli.locale_set': 'The language of {name} is now {language}.',
  'cli.language.nl': 'Dutch',
  'cli.language.en': 'English',
};
