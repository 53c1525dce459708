import { configuredDatabase, openDatabase } from './open';
import { loadConfig } from '../server/config';

/** `npm run db:migrate`: applies the committed migrations to DATABASE_URL or the PGlite folder. */
const config = loadConfig();
const database = await openDatabase(configuredDatabase(config));
console.log(`migrations applied (${database.engine})`);
await database.close();
