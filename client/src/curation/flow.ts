/** One path for every curation decision: send it, reload the graph, and offer to undo it in a toast. */
import type { CurationAction, CurationResponse } from "../../../server/src/types";
import { curate, undoCuration } from "../api";
import type { Toast } from "./toast";

export interface CurationFlow {
  /** Sends `action`, reloads, and shows `message` with Undo. */
  decide(action: CurationAction, message: string): Promise<CurationResponse>;
  /**
   * Sends `actions` one after the other (bulk hide or merge from the table), reloads once, and
   * shows `message` with an Undo that takes all of them back. Stops at the first refusal: the
   * decisions sent before it stay (and are undoable), and the error says how many.
   */
  decideAll(actions: readonly CurationAction[], message: string): Promise<void>;
  /** After a decision taken elsewhere (the panel): the toast with Undo. */
  announce(message: string, undoable: boolean): void;
  /** Takes back the latest decision, reloads and says so. */
  undo(): Promise<CurationResponse>;
}

/** A bulk decision refused part way: `done` decisions were taken before `cause`. */
export class PartialCurationError extends Error {
  override name = "PartialCurationError";
  constructor(
    readonly done: number,
    readonly total: number,
    cause: unknown,
  ) {
    super(`${done} of ${total} decisions taken, then: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export function createCurationFlow(reload: () => Promise<void>, toast: Toast): CurationFlow {
  /** Undo takes back the latest decision only: a bulk decision is undone as many times as it had actions. */
  async function undoTimes(count: number): Promise<CurationResponse | undefined> {
    let last: CurationResponse | undefined;
    for (let i = 0; i < count; i++) last = await undoCuration();
    await reload();
    toast.show("Undone.");
    return last;
  }
  const undo = async (): Promise<CurationResponse> => (await undoTimes(1))!;
  const offer = (message: string, count: number): void => toast.show(message, count > 0 ? () => undoTimes(count).then(() => undefined) : undefined);
  const announce = (message: string, undoable: boolean): void => offer(message, undoable ? 1 : 0);
  return {
    async decide(action, message) {
      const response = await curate(action);
      await reload();
      announce(message, true);
      return response;
    },
    async decideAll(actions, message) {
      let done = 0;
      try {
        for (const action of actions) {
          await curate(action);
          done++;
        }
      } catch (error) {
        await reload();
        offer(`${done} of ${actions.length} done.`, done);
        throw new PartialCurationError(done, actions.length, error);
      }
      await reload();
      offer(message, done);
    },
    announce,
    undo,
  };
}
