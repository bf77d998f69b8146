import type { Actor } from "#app/utils/auth.server.ts";
import type { Services } from "#app/utils/services.server.ts";

/**
 * May this person join this collaboration room? Collaboration rooms and their members arrive
 * with the collaboration feature; until then no collaboration room exists, so nobody may join one.
 */
export async function roomAccess(
  _services: Pick<Services, "database">,
  _roomId: string,
  _actor: Actor,
): Promise<boolean> {
  return false;
}
