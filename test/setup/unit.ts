// Fresh IndexedDB for Node: each test still names its own database (CONVENTIONS.md).
import 'fake-indexeddb/auto';
