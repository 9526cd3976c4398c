// A process that opens the PostgreSQL stores (running the migrations) in the schema it is given,
// for the test that starts several at once.
import { openPostgresStores } from '../../../src/store/postgres/index.js';
import { testDatabaseUrl } from './stores.js';

const [schema = ''] = process.argv.slice(2);
const stores = openPostgresStores({ url: testDatabaseUrl, schema });
stores.subscriptions.addFeed(`https://x.example/${process.pid}`, 300, 0);
stores.close();
