/**
 * Tells the add-in's own writes apart from the user's: change events that arrive while the add-in is
 * writing (a template, a fix, an undo) are dropped, so live validation never re-runs because of them.
 * Hosts already try not to report their own changes; this guard covers the ones that slip through.
 */
export interface WriteGuard {
  /** Run a write; change events during it are ignored. */
  during<T>(op: () => Promise<T>): Promise<T>;
  /** Wrap a change listener so it only hears changes made while no write is running. */
  filter(listener: () => void): () => void;
  readonly writing: boolean;
}

export function createWriteGuard(): WriteGuard {
  let active = 0;
  return {
    async during<T>(op: () => Promise<T>): Promise<T> {
      active++;
      try {
        return await op();
      } finally {
        active--;
      }
    },
    filter(listener: () => void) {
      return () => {
        if (active === 0) listener();
      };
    },
    get writing() {
      return active > 0;
    },
  };
}
