import { Form, useNavigation } from "@remix-run/react";
import { Badge } from "#app/components/ui/badge.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { Card, CardHeader } from "#app/components/ui/card.tsx";
import { inputClass } from "#app/components/ui/input.tsx";
import type { Person } from "./types.ts";

/** Who has the room open now (from the realtime presence), by their name in the room. */
export function PresencePanel({
  present,
  names,
  meId,
}: {
  present: Person[];
  names: Map<string, string>;
  meId: string;
}) {
  return (
    <Card>
      <CardHeader title="Here now" />
      <ul className="space-y-1 text-sm" aria-label="Here now">
        {present.map((p) => (
          <li key={p.id} className="flex items-center gap-2">
            <span className="inline-block size-2 rounded-full bg-emerald-600" aria-hidden="true" />
            {names.get(p.id) ?? p.name}
            {p.id === meId ? " (you)" : ""}
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** The members; an owner removes others and invites, anyone but an owner may leave. */
export function MembersPanel({
  members,
  meId,
  canManage,
  invitable,
}: {
  members: { userId: string; name: string; role: string }[];
  meId: string;
  canManage: boolean;
  invitable: { id: string; name: string; email: string }[];
}) {
  const navigation = useNavigation();
  return (
    <Card>
      <CardHeader title="Members" />
      <ul className="space-y-1 text-sm">
        {members.map((m) => (
          <li key={m.userId} className="flex items-center justify-between gap-2">
            <span>
              {m.name} {m.role === "owner" ? <Badge tone="info">owner</Badge> : null}
            </span>
            {(canManage && m.userId !== meId) || (m.userId === meId && m.role !== "owner") ? (
              <Form method="post">
                <input type="hidden" name="intent" value="remove-member" />
                <input type="hidden" name="userId" value={m.userId} />
                <Button type="submit" size="sm" variant="ghost">
                  {m.userId === meId ? "Leave" : "Remove"}
                  <span className="sr-only"> {m.name}</span>
                </Button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
      {canManage && invitable.length > 0 ? (
        <Form method="post" className="mt-3 space-y-2">
          <input type="hidden" name="intent" value="invite" />
          <label htmlFor="invite-user" className="block text-sm font-medium">
            Invite
          </label>
          <select id="invite-user" name="userId" className={inputClass}>
            {invitable.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} ({u.email})
              </option>
            ))}
          </select>
          <label htmlFor="invite-role" className="sr-only">
            Role
          </label>
          <select id="invite-role" name="role" className={inputClass} defaultValue="member">
            <option value="member">member</option>
            <option value="owner">owner</option>
          </select>
          <Button type="submit" size="sm" disabled={navigation.state !== "idle"}>
            Invite
          </Button>
        </Form>
      ) : null}
    </Card>
  );
}
