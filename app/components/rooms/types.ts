/**
 * What the room page's components read. Plain types so the components stay free of server code:
 * the route hands them the loader's values, which TypeScript checks against these.
 */

/** A message as the page shows it (the API's `RoomMessage`). */
export interface RoomMessage {
  id: string;
  roomId: string;
  kind: string;
  author: { type: "user" | "agent"; id: string | null; name: string };
  /** Markdown, as written. */
  body: string;
  /** The body rendered and sanitised on the server. */
  html: string;
  meta: Record<string, unknown>;
  editedAt: string | null;
  createdAt: string;
  cursor: string;
}

/** What the room page's action answers a form with (redirects aside). */
export type RoomActionData = { ok: true; notice: string | null } | { ok: false; error: string };

/** An agent's reply while it is being written. */
export interface Stream {
  streamId: string;
  agentName: string;
  text: string;
  kind: string;
  solveId?: string;
  phase?: string;
}

export interface Person {
  id: string;
  name: string;
}
