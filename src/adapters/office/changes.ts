/* global Excel */
import type { ExcelSession } from "./session";

/**
 * Change events, and telling the add-in's own writes from the user's.
 *
 * ExcelApi 1.14 gives `triggerSource` ("ThisLocalAddin" for our own writes). Without it, change events during
 * a write and for a short grace period after it are taken as ours — but an edit the user made in that window
 * would then be lost until the next one. So such a window never drops a change silently: when an event was
 * set aside in it, ONE refresh is scheduled for when the window closes.
 */
export class OwnWrites {
  private writing = 0;
  private quietUntil = 0;
  private setAside = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly graceMs: number,
    private readonly now: () => number,
    private readonly hasTriggerSource: () => boolean,
  ) {}

  begin(): void {
    this.writing++;
  }

  end(): void {
    this.writing = Math.max(0, this.writing - 1);
    this.quietUntil = this.now() + this.graceMs;
    if (this.setAside) this.scheduleCatchUp();
  }

  /** Run a write inside the own-write window. */
  async during<T>(op: () => Promise<T>): Promise<T> {
    this.begin();
    try {
      return await op();
    } finally {
      this.end();
    }
  }

  /** True when a change event is (or may be) the echo of the add-in's own write. */
  isOwn(event: { triggerSource?: string }): boolean {
    if (event.triggerSource === "ThisLocalAddin") return true;
    if (event.triggerSource !== undefined && this.hasTriggerSource()) return false;
    return this.writing > 0 || this.now() < this.quietUntil;
  }

  /** A change event arrived: passes it on, or sets it aside (then one catch-up call follows the window). */
  deliver(event: { triggerSource?: string }, listener: () => void): void {
    if (event.triggerSource === "ThisLocalAddin") return;
    if (!this.isOwn(event)) {
      listener();
      return;
    }
    this.listeners.add(listener);
    this.setAside = true;
    if (this.writing === 0) this.scheduleCatchUp();
  }

  private scheduleCatchUp(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        if (this.writing > 0) return; // end() schedules again
        this.setAside = false;
        const list = [...this.listeners];
        this.listeners.clear();
        list.forEach((l) => l());
      },
      Math.max(0, this.quietUntil - this.now()),
    );
  }
}

/** Subscribe to worksheet changes (the collection on ExcelApi 1.9, sheet by sheet on 1.8). */
export async function subscribeChanges(
  session: ExcelSession,
  supports: (version: string) => boolean,
  handler: (event: Excel.WorksheetChangedEventArgs) => void,
): Promise<() => void> {
  const subscriptions: OfficeExtension.EventHandlerResult<unknown>[] = [];
  let active = true;
  const onChanged = async (event: Excel.WorksheetChangedEventArgs) => handler(event);
  await session.run(
    async (context) => {
      const collection = context.workbook.worksheets;
      if (supports("1.9")) {
        subscriptions.push(collection.onChanged.add(onChanged));
      } else {
        // ExcelApi 1.8: Worksheet.onChanged (1.7) per sheet, and sheets added later get subscribed as they come.
        collection.load("items/name");
        await context.sync();
        for (const sheet of collection.items) subscriptions.push(sheet.onChanged.add(onChanged));
        subscriptions.push(
          collection.onAdded.add(async (added: Excel.WorksheetAddedEventArgs) => {
            if (!active) return;
            await session.excel.run(async (ctx) => {
              subscriptions.push(ctx.workbook.worksheets.getItem(added.worksheetId).onChanged.add(onChanged));
              await ctx.sync();
            });
          }),
        );
      }
      await context.sync();
    },
    { retryAfterCellEdit: true },
  );
  return () => {
    active = false;
    const byContext = new Map<OfficeExtension.ClientRequestContext, OfficeExtension.EventHandlerResult<unknown>[]>();
    for (const s of subscriptions.splice(0)) {
      const list = byContext.get(s.context);
      if (list) list.push(s);
      else byContext.set(s.context, [s]);
    }
    void Promise.all(
      [...byContext].map(([ctx, list]) =>
        session.excel.run(ctx, async (context) => {
          for (const s of list) s.remove();
          await context.sync();
        }),
      ),
    ).catch((e: unknown) => {
      // the pane is closing or the workbook went away: nothing to undo, but say so
      console.warn("could not remove the change-event handlers", e);
    });
  };
}
