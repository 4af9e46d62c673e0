import { events, type EventName, type EventPayload } from '../../shared/ipc/contract';

export type EventListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/** Typed main → renderer event bus; each transport subscribes and forwards. */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    // Validated like channel outputs: an event the contract does not describe never leaves main.
    const checked = events[name].parse(payload) as EventPayload<E>;
    for (const l of this.listeners) l(name, checked);
  }
}
