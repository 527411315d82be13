import { propertyNotLoaded } from './errors';

/** What a proxy needs from its context: to be told about loads, and to count what a sync sends and returns. */
export interface ProxyContext {
  enqueueLoad(p: LoadableProxy): void;
}

/**
 * A loadable proxy: reading a property needs load() then sync(), as in Office.js. `loadedSize` says how many
 * bytes the loaded properties take in the response, so the context can enforce the response limit.
 */
export abstract class LoadableProxy {
  private loadedProps: Set<string> | 'all' | null = null;
  private pending: string[] | 'all' | null = null;
  constructor(protected readonly host: ProxyContext) {}

  load(props?: string | string[] | Record<string, unknown>): this {
    const list = typeof props === 'string' ? props.split(',').map((p) => p.trim().split('/')[0]) : Array.isArray(props) ? props : null;
    this.pending = list && list.length > 0 ? list : 'all';
    this.host.enqueueLoad(this);
    return this;
  }

  /** The properties a pending load asks for ('all' for a load without a list). */
  pendingProps(): string[] | 'all' {
    return this.pending ?? [];
  }

  /** Bytes of the response for these properties (0 for small scalar properties). */
  loadedSize(_props: string[] | 'all'): number {
    return 0;
  }

  /** Called by sync(): what was asked for is now readable. */
  markLoaded(): void {
    this.capture(this.pending ?? []);
    if (this.pending === 'all' || this.loadedProps === 'all') this.loadedProps = 'all';
    else this.loadedProps = new Set([...(this.loadedProps ?? []), ...(this.pending ?? [])]);
    this.pending = null;
  }

  /**
   * Keeps the loaded values as of the sync: in Office.js a loaded property is a snapshot, which later writes in
   * the same context do not change until it is loaded again.
   */
  protected capture(_props: string[] | 'all'): void {}

  /** For items of a collection whose load was synced: every property is readable. */
  markAllLoaded(): void {
    this.loadedProps = 'all';
  }

  protected need(prop: string): void {
    if (this.loadedProps === 'all' || this.loadedProps?.has(prop)) return;
    // Office.js answers isNullObject after any sync that loaded the object.
    if (prop === 'isNullObject' && this.loadedProps !== null) return;
    throw propertyNotLoaded(`${this.constructor.name}.${prop}`);
  }
}
