import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { Card, CardHeader } from "#app/components/ui/card.tsx";
import { inputClass } from "#app/components/ui/input.tsx";

interface RoomAgent {
  agentId: string;
  name: string;
  specialisation: string | null;
}

/** The room's agents: ask one, and (an owner) add or remove them. */
export function AgentsPanel({
  agents,
  canRun,
  canManage,
  addable,
}: {
  agents: RoomAgent[];
  canRun: boolean;
  canManage: boolean;
  addable: { id: string; name: string }[];
}) {
  return (
    <Card>
      <CardHeader title="Agents" description="Mention one as @Name, or ask it." />
      <ul className="space-y-2 text-sm">
        {agents.map((a) => (
          <li key={a.agentId} className="flex flex-wrap items-center justify-between gap-2">
            <span>
              @{a.name}
              {a.specialisation ? (
                <span className="text-slate-600 dark:text-slate-400"> · {a.specialisation}</span>
              ) : null}
            </span>
            <span className="flex gap-1">
              {canRun ? (
                <Form method="post">
                  <input type="hidden" name="intent" value="ask" />
                  <input type="hidden" name="agentId" value={a.agentId} />
                  <Button type="submit" size="sm" variant="secondary">
                    Ask<span className="sr-only"> {a.name}</span>
                  </Button>
                </Form>
              ) : null}
              {canManage ? (
                <Form method="post">
                  <input type="hidden" name="intent" value="remove-agent" />
                  <input type="hidden" name="agentId" value={a.agentId} />
                  <Button type="submit" size="sm" variant="ghost">
                    Remove<span className="sr-only"> {a.name}</span>
                  </Button>
                </Form>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      {canManage && addable.length > 0 ? (
        <Form method="post" className="mt-3 flex items-end gap-2">
          <input type="hidden" name="intent" value="add-agent" />
          <div className="flex-1">
            <label htmlFor="add-agent" className="block text-sm font-medium">
              Add an agent
            </label>
            <select id="add-agent" name="agentId" className={inputClass}>
              {addable.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" size="sm">
            Add
          </Button>
        </Form>
      ) : null}
    </Card>
  );
}

/** "Solve together": each agent proposes an approach, one merges them into a plan. */
export function SolvePanel({ agents }: { agents: RoomAgent[] }) {
  return (
    <Card>
      <CardHeader
        title="Solve together"
        description="Each agent proposes an approach; the first picked (or the synthesiser) merges them into one plan."
      />
      <Form method="post" className="space-y-2">
        <input type="hidden" name="intent" value="solve" />
        <label htmlFor="solve-problem" className="block text-sm font-medium">
          Problem
        </label>
        <textarea id="solve-problem" name="problem" rows={3} required className={inputClass} />
        <fieldset className="space-y-1 text-sm">
          <legend className="font-medium">Agents</legend>
          {agents.map((a) => (
            <label key={a.agentId} className="flex items-center gap-2">
              <input type="checkbox" name="agentIds" value={a.agentId} defaultChecked />
              {a.name}
            </label>
          ))}
        </fieldset>
        <label htmlFor="solve-synth" className="block text-sm font-medium">
          Synthesiser
        </label>
        <select id="solve-synth" name="synthesizerId" className={inputClass}>
          <option value="">The first agent picked</option>
          {agents.map((a) => (
            <option key={a.agentId} value={a.agentId}>
              {a.name}
            </option>
          ))}
        </select>
        <Button type="submit" size="sm">
          Solve together
        </Button>
      </Form>
    </Card>
  );
}
