/**
 * The families of activity types (the part before the first dot), as people filter the log by
 * them. A test reads every type the code records and checks its family is listed here.
 * Safe for the browser: no server imports.
 */
export const activityFamilies = [
  { value: "auth.", label: "Sign-ins" },
  { value: "user.", label: "Users" },
  { value: "token.", label: "API tokens" },
  { value: "module.", label: "Modules" },
  { value: "emergency.", label: "Emergency" },
  { value: "flag.", label: "Feature flags" },
  { value: "sage.", label: "Models (SAGE)" },
  { value: "goal.", label: "Goal runs" },
  { value: "review.", label: "Reviews" },
  { value: "knowledge.", label: "Knowledge" },
  { value: "room.", label: "Rooms" },
  { value: "agent.", label: "Agents" },
  { value: "alert_channel.", label: "Alert channels" },
] as const;
