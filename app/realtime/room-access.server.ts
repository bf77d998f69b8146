import type { Actor } from "#app/accounts/auth.server.ts";
import { membershipOf } from "#app/rooms/rooms.server.ts";
import type { DatabaseHandle } from "#db/client.ts";

/**
 * May this person join this collaboration room? Only its members may: the token route asks this
 * before minting a room token, so the party admits only members (and never learns more than the
 * verified token says).
 */
export async function roomAccess(
  services: { database: DatabaseHandle },
  roomId: string,
  actor: Actor,
): Promise<boolean> {
  return (await membershipOf(services, roomId, actor.user.id)) !== null;
}
