/**
 * Tells the add-in's own writes apart from the user's: change events that arrive while the add-in is
 * writing (a template, a fix, an undo) are not passed on at once. But such an event may also be the user's
 * own edit, typed while the write ran; dropping it would leave the findings stale until the next edit. So
 * when events arrived during a write, the listener is called ONCE when the last write finishes (one refresh
 * after the write), never for each event.
 */
export interface WriteGuard {
  /** Run a write; change events during it are held back and become one call when it ends. */
  during<T>(op: () => Promise<T>): Promise<T>;
  /** Wrap a change listener: called at once outside writes, once after a write that saw events. */
  filter(listener: () => void): () => void;
  readonly writing: boolean;
}

export function createWriteGuard(): WriteGuard {
  let active = 0;
  const heldBack = new Set<() => void>();
  return {
    async during<T>(op: () => Promise<T>): Promise<T> {
      active++;
      try {
        return await op();
      } finally {
        active--;
        if (active === 0 && heldBack.size > 0) {
          const list = [...heldBack];
          heldBack.clear();
          list.forEach((l) => l());
        }
      }
    },
    filter(listener: () => void) {
      return () => {
        if (active === 0) listener();
        else heldBack.add(listener);
      };
    },
    get writing() {
      return active > 0;
    },
  };
}
