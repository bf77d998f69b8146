import { testChannel } from "#app/alerts/outbox.server.ts";
import { alertTestResultSchema } from "#app/alerts/schemas.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { idParams } from "#app/api/schemas.ts";

/** The file name's `[test]`: a route file ending in `.test.ts` would be taken for a test. */
export const api = defineApi("/alerts/channels/{id}/test", {
  POST: operation({
    id: "testAlertChannel",
    access: "write",
    summary: "Send a test notification now and answer with what the receiver said",
    description:
      "The test is sent at once (within the delivery timeout, 10 s) and recorded in the channel's delivery log like any attempt; it is not retried. A 200 whether or not the receiver took it: `delivered`, `statusCode`, `error` and `responseExcerpt` say what happened.",
    tags: ["alerts"],
    params: idParams,
    errors: [404],
    response: alertTestResultSchema,
    handler: async ({ actor, params, context }) =>
      testChannel(
        context.services,
        params.id,
        { label: actor.user.email },
        { instanceId: context.services.instanceId },
      ),
  }),
});

export const { loader, action } = api;
