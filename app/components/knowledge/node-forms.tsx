import { Form } from "@remix-run/react";
import { Button } from "#app/components/ui/button.tsx";
import { Card } from "#app/components/ui/card.tsx";
import { ErrorList, inputClass } from "#app/components/ui/input.tsx";
import type { PublicNode } from "#app/knowledge/schemas.ts";
import { kgRelations, kgStances, kgVerificationLevels } from "#db/schema/index.ts";

/**
 * The forms of a node's page, for those who may write. Each posts its `intent` to the page's
 * action and shows the field errors the action answered for it.
 */

export type FormErrors = Record<string, string[] | null>;

export function EditNodeForm({
  node,
  errors: editErrors,
}: {
  node: PublicNode;
  errors: FormErrors;
}) {
  return (
    <Card>
      <h2 className="mb-2 text-lg font-semibold">Edit</h2>
      <Form method="post" className="space-y-3">
        <input type="hidden" name="intent" value="edit" />
        <label className="block text-sm font-medium">
          Label
          <input name="label" defaultValue={node.label} className={inputClass} required />
        </label>
        <ErrorList errors={editErrors.label} />
        <label className="block text-sm font-medium">
          Content
          <textarea name="content" defaultValue={node.content} rows={3} className={inputClass} />
        </label>
        <div className="grid gap-3 sm:grid-cols-3">
          <label className="block text-sm font-medium">
            Confidence
            <input
              name="confidence"
              type="number"
              step="0.05"
              min="0"
              max="1"
              defaultValue={node.confidence}
              className={inputClass}
            />
            <ErrorList errors={editErrors.confidence} />
          </label>
          <label className="block text-sm font-medium">
            Importance
            <input
              name="importance"
              type="number"
              step="0.05"
              min="0"
              max="1"
              defaultValue={node.importance}
              className={inputClass}
            />
            <ErrorList errors={editErrors.importance} />
          </label>
          <label className="block text-sm font-medium">
            Verification
            <select name="verification" defaultValue={node.verification} className={inputClass}>
              {kgVerificationLevels.map((v) => (
                <option key={v}>{v}</option>
              ))}
            </select>
          </label>
        </div>
        <ErrorList errors={editErrors[""]} />
        <Button type="submit">Save</Button>
      </Form>
    </Card>
  );
}

export function LinkNodeForm({ errors: edgeErrors }: { errors: FormErrors }) {
  return (
    <Card>
      <h2 className="mb-2 text-lg font-semibold">Link to another node</h2>
      <Form method="post" className="grid gap-3 sm:grid-cols-2">
        <input type="hidden" name="intent" value="edge" />
        <label className="block text-sm font-medium">
          Other node's id
          <input name="toId" className={inputClass} placeholder="from its page or a search" />
          <ErrorList errors={edgeErrors.toId} />
        </label>
        <label className="block text-sm font-medium">
          Relation
          <select name="relation" className={inputClass} defaultValue="related_to">
            {kgRelations.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
          <ErrorList errors={edgeErrors.relation} />
        </label>
        <label className="block text-sm font-medium">
          Direction
          <select name="direction" className={inputClass} defaultValue="out">
            <option value="out">this node → other</option>
            <option value="in">other → this node</option>
          </select>
        </label>
        <label className="block text-sm font-medium">
          Strength (0–1)
          <input
            name="strength"
            type="number"
            step="0.05"
            defaultValue="0.5"
            className={inputClass}
          />
          <ErrorList errors={edgeErrors.strength} />
        </label>
        <label className="block text-sm font-medium sm:col-span-2">
          Evidence
          <input name="evidence" className={inputClass} />
        </label>
        <ErrorList errors={edgeErrors[""] ?? edgeErrors.fromId} />
        <div>
          <Button type="submit">Link</Button>
        </div>
      </Form>
    </Card>
  );
}

export function CiteSourceForm({ errors: citeErrors }: { errors: FormErrors }) {
  return (
    <Card>
      <h2 className="mb-2 text-lg font-semibold">Cite a source</h2>
      <Form method="post" className="grid gap-3 sm:grid-cols-3">
        <input type="hidden" name="intent" value="cite" />
        <label className="block text-sm font-medium sm:col-span-2">
          Source id
          <input name="sourceId" className={inputClass} />
          <ErrorList errors={citeErrors.sourceId} />
        </label>
        <label className="block text-sm font-medium">
          Stance
          <select name="stance" className={inputClass} defaultValue="supports">
            {kgStances.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <ErrorList errors={citeErrors[""]} />
        <div>
          <Button type="submit">Cite</Button>
        </div>
      </Form>
    </Card>
  );
}

export function DeleteNodeForm() {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value="delete" />
      <Button type="submit" variant="danger">
        Delete this node
      </Button>
    </Form>
  );
}
