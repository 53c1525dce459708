import { configuredDatabase, openDatabase } from '../../db/open';
import { loadConfig } from '../config';

/** `npm run db:migrate`: applies the committed migrations to DATABASE_URL or the PGlite folder. */
const config = loadConfig();
const database = await openDatabase(configuredDatabase(config));
process.stdout.write(`migrations applied (${database.engine})\n`);
await database.close();
