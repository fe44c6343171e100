/**
 * The researcher's rows kept in the browser (IndexedDB: a few thousand rows do not fit the
 * 5 MB of localStorage comfortably), never sent anywhere. The file itself is not kept: only the
 * checked rows that joined the scenario. Browser only.
 */
import { readStoredUserData, type UserData } from './user-data.ts';
import type { Problem } from './validate.ts';

const DB_NAME = 'releve';
const STORE = 'user-data';
const KEY = 'current';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'));
  });
}

async function run<T>(mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>) {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const req = work(db.transaction(STORE, mode).objectStore(STORE));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
    });
  } finally {
    db.close();
  }
}

/** The rows set aside by the last `loadUserData` (each with its reason), for the notice. */
export let lastSetAside: Problem[] = [];

/**
 * The stored rows, read back through the same checks as an upload (`readStoredUserData`): bad
 * rows are set aside (`discarded` true, reasons in `setAside`) and the rest is kept and saved
 * back; an unreadable whole is discarded.
 */
export async function loadUserData(): Promise<{
  data: UserData | null;
  discarded: boolean;
  setAside: Problem[];
}> {
  const raw = await run('readonly', (s) => s.get(KEY));
  if (raw === undefined) return { data: null, discarded: false, setAside: [] };
  const { data, setAside } = readStoredUserData(raw);
  lastSetAside = setAside;
  if (!data) await clearUserData();
  else if (setAside.length) await saveUserData(data);
  return { data, discarded: setAside.length > 0, setAside };
}

export async function saveUserData(data: UserData): Promise<void> {
  if (!data.sites && !data.programmes) return clearUserData();
  await run('readwrite', (s) => s.put(JSON.parse(JSON.stringify(data)), KEY));
}

export async function clearUserData(): Promise<void> {
  await run('readwrite', (s) => s.delete(KEY));
}
