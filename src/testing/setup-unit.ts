// Every unit test gets a fresh in-memory IndexedDB (fake-indexeddb), so db/ code runs as in
// the browser without touching a real profile.
import 'fake-indexeddb/auto';
