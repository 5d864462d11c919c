/** One path for every curation decision: send it, reload the graph, and offer to undo it in a toast. */
import type { CurationAction, CurationResponse } from "../../../server/src/types";
import { curate, undoCuration } from "../api";
import type { Toast } from "./toast";

export interface CurationFlow {
  /** Sends `action`, reloads, and shows `message` with Undo. */
  decide(action: CurationAction, message: string): Promise<CurationResponse>;
  /** After a decision taken elsewhere (the panel): the toast with Undo. */
  announce(message: string, undoable: boolean): void;
  /** Takes back the latest decision, reloads and says so. */
  undo(): Promise<CurationResponse>;
}

export function createCurationFlow(reload: () => Promise<void>, toast: Toast): CurationFlow {
  async function undo(): Promise<CurationResponse> {
    const response = await undoCuration();
    await reload();
    toast.show("Undone.");
    return response;
  }
  const announce = (message: string, undoable: boolean): void => toast.show(message, undoable ? () => undo().then(() => undefined) : undefined);
  return {
    async decide(action, message) {
      const response = await curate(action);
      await reload();
      announce(message, true);
      return response;
    },
    announce,
    undo,
  };
}
