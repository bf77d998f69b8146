/** The kinds of work SAGE chooses a model for (shared by the server and the console page). */
export const taskKinds = [
  "text-generation",
  "reasoning",
  "code",
  "creative",
  "summarization",
  "verification",
  "embedding",
  "vision",
] as const;
export type TaskKind = (typeof taskKinds)[number];
