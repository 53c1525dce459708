/**
 * The operator's command line for projects. No screen makes a project: whoever runs the server
 * starts one here and sends the printed link to its first admin.
 *   npm run project -- create --name "De Vlinderhof" --municipality Brugwaard --form gemengd
 *   npm run project -- invite --project de-vlinderhof --role admin [--days 7] [--uses 1]
 *   npm run project -- list
 *   npm run project -- support-link add|remove --project de-vlinderhof --staff Esther --resident Bram
 *   npm run project -- support-link list --project de-vlinderhof
 *   npm run project -- retention --project de-vlinderhof [--days 365]
 *   npm run project -- locale --project de-vlinderhof [--locale en]
 * `create` takes `--locale en` too: the project's language, which Buurtbot speaks in its shared
 * rooms and on Discord cards (Dutch unless said).
 * It uses the server's database (DATABASE_URL, or DATA_DIR), and speaks Dutch unless `--lang en`.
 * Exit codes: 0 done, 1 refused (the reason is printed), 2 not understood (usage printed).
 */
import { parseArgs } from 'node:util';
import { configuredDatabase, DataDirError, openDatabase } from '../../db/open';
import { systemClock } from '../clock';
import { loadConfig } from '../config';
import { inviteUrl } from '../domain/auth/invites';
import {
  listProjects,
  operatorAddSupportLink,
  operatorInvite,
  operatorLocale,
  operatorRemoveSupportLink,
  operatorRetention,
  operatorSupportLinks,
  startProject,
  type OperatorInviteResult,
} from '../domain/projects/setup';
import { fromZodError, parseOrThrow, presentError } from '../errors';
import { t } from '../i18n/catalogue';
import type { Locale } from '../i18n/locale';
import {
  newProjectSchema,
  operatorInviteSchema,
  operatorLocaleSchema,
  operatorProjectSchema,
  operatorRetentionSchema,
  operatorSupportLinkSchema,
  type NewProject,
  type OperatorInvite,
  type OperatorLocale,
  type OperatorRetention,
  type OperatorSupportLink,
} from '../protocol/projects';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  strict: false,
  options: {
    name: { type: 'string' },
    municipality: { type: 'string' },
    form: { type: 'string' },
    project: { type: 'string' },
    role: { type: 'string' },
    days: { type: 'string' },
    uses: { type: 'string' },
    staff: { type: 'string' },
    resident: { type: 'string' },
    lang: { type: 'string' },
    locale: { type: 'string' },
  },
});
const locale: Locale = values.lang === 'en' ? 'en' : 'nl';
/** The command-line flag of a field the schemas name otherwise. */
const flagOf: Record<string, string> = {
  housingForm: 'form',
  staffUserId: 'staff',
  residentUserId: 'resident',
};
const say = (line: string) => process.stdout.write(`${line}\n`);

function printInvite(publicUrl: string, result: OperatorInviteResult): void {
  say(t(locale, 'cli.invite', { role: result.role, days: result.days, uses: result.uses }));
  say(`  ${inviteUrl(publicUrl, result.code)}`);
}

type Command =
  | { kind: 'create'; input: NewProject }
  | { kind: 'invite'; input: OperatorInvite }
  | { kind: 'list' }
  | { kind: 'support-link add' | 'support-link remove'; input: OperatorSupportLink }
  | { kind: 'support-link list'; project: string }
  | { kind: 'retention'; input: OperatorRetention }
  | { kind: 'locale'; input: OperatorLocale };

/** The command and its input, checked before the database is opened (bad input touches nothing). */
function commandOf(name: string | undefined): Command | undefined {
  if (name === 'list') return { kind: 'list' };
  if (name === 'create') {
    const parsed = newProjectSchema.safeParse({
      name: values.name,
      municipality: values.municipality,
      housingForm: values.form,
      ...(values.locale !== undefined ? { locale: values.locale } : {}),
    });
    if (!parsed.success) throw fromZodError(parsed.error);
    return { kind: 'create', input: parsed.data };
  }
  if (name === 'invite') {
    const parsed = operatorInviteSchema.safeParse({
      project: values.project,
      role: values.role,
      ...(values.days !== undefined ? { days: values.days } : {}),
      ...(values.uses !== undefined ? { uses: values.uses } : {}),
    });
    if (!parsed.success) throw fromZodError(parsed.error);
    return { kind: 'invite', input: parsed.data };
  }
  if (name === 'retention')
    return {
      kind: 'retention',
      input: parseOrThrow(operatorRetentionSchema, {
        project: values.project,
        ...(values.days !== undefined ? { days: values.days } : {}),
      }),
    };
  if (name === 'locale')
    return {
      kind: 'locale',
      input: parseOrThrow(operatorLocaleSchema, {
        project: values.project,
        ...(values.locale !== undefined ? { locale: values.locale } : {}),
      }),
    };
  if (name === 'support-link') {
    const action = positionals[1];
    if (action === 'list')
      return {
        kind: 'support-link list',
        project: parseOrThrow(operatorProjectSchema, { project: values.project }).project,
      };
    if (action === 'add' || action === 'remove')
      return {
        kind: `support-link ${action}`,
        input: parseOrThrow(operatorSupportLinkSchema, {
          project: values.project,
          staff: values.staff,
          resident: values.resident,
        }),
      };
  }
  return undefined;
}

async function run(command: Command): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(configuredDatabase(config));
  const { db } = database;
  try {
    if (command.kind === 'create') {
      const result = await startProject(db, systemClock, command.input);
      say(
        t(locale, 'cli.project_created', { name: result.project.name, slug: result.project.slug }),
      );
      printInvite(config.publicUrl, result);
      say(t(locale, 'cli.first_admin'));
    } else if (command.kind === 'invite') {
      printInvite(config.publicUrl, await operatorInvite(db, systemClock, command.input));
    } else if (command.kind === 'support-link add') {
      const link = await operatorAddSupportLink(db, command.input);
      say(t(locale, 'cli.support_added', { worker: link.staffName, resident: link.residentName }));
    } else if (command.kind === 'support-link remove') {
      const gone = await operatorRemoveSupportLink(db, command.input);
      say(
        t(locale, 'cli.support_removed', { worker: gone.staffName, resident: gone.residentName }),
      );
    } else if (command.kind === 'retention') {
      const result = await operatorRetention(db, command.input);
      say(
        t(locale, result.changed ? 'cli.retention_set' : 'cli.retention', {
          name: result.name,
          days: result.retentionDays,
        }),
      );
    } else if (command.kind === 'locale') {
      const result = await operatorLocale(db, command.input);
      say(
        t(locale, result.changed ? 'cli.locale_set' : 'cli.locale', {
          name: result.name,
          language: t(locale, `cli.language.${result.locale}`),
        }),
      );
    } else if (command.kind === 'support-link list') {
      const links = await operatorSupportLinks(db, command.project);
      if (links.length === 0) say(t(locale, 'cli.support_none'));
      for (const link of links)
        say(
          t(locale, 'cli.support_line', {
            resident: link.residentName,
            residentId: link.residentUserId,
            worker: link.staffName,
            workerId: link.staffUserId,
          }),
        );
    } else {
      const rows = await listProjects(db);
      if (rows.length === 0) say(t(locale, 'cli.no_projects'));
      for (const row of rows) say(t(locale, 'cli.project_line', row));
    }
  } finally {
    await database.close();
  }
}

async function main(): Promise<number> {
  try {
    const command = commandOf(positionals[0]);
    if (!command) {
      process.stderr.write(`${t(locale, 'cli.usage')}\n`);
      return 2;
    }
    await run(command);
    return 0;
  } catch (error) {
    if (error instanceof DataDirError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    const shown = presentError(error, locale);
    if (shown.code === 'internal') throw error;
    process.stderr.write(`${t(locale, 'cli.refused', { message: shown.message })}\n`);
    for (const [field, problem] of Object.entries(shown.fields ?? {}))
      process.stderr.write(`  --${flagOf[field] ?? field}: ${problem}\n`);
    return 1;
  }
}

process.exitCode = await main();
