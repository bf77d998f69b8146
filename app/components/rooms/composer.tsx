import { useFetcher } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { Button } from "#app/components/ui/button.tsx";
import { ErrorList, inputClass } from "#app/components/ui/input.tsx";
import type { RoomActionData } from "./types.ts";

/**
 * Posts a message; Ctrl/Cmd+Enter sends. Each post carries an idempotency key, renewed once the
 * post went through, so resubmitting the same form never posts twice.
 */
export function Composer({ initialKey, onTyping }: { initialKey: string; onTyping: () => void }) {
  const fetcher = useFetcher<RoomActionData>();
  const [key, setKey] = useState(initialKey);
  const [body, setBody] = useState("");
  const lastTyping = useRef(0);
  const submitted = useRef(false);
  useEffect(() => {
    if (fetcher.state === "submitting") submitted.current = true;
    if (fetcher.state === "idle" && submitted.current && fetcher.data) {
      submitted.current = false;
      if (fetcher.data.ok) {
        setBody("");
        setKey(crypto.randomUUID());
      }
    }
  }, [fetcher.state, fetcher.data]);
  const error = fetcher.data && !fetcher.data.ok ? fetcher.data.error : null;
  const notice = fetcher.data?.ok ? fetcher.data.notice : null;
  return (
    <fetcher.Form method="post" className="space-y-2" aria-label="Post a message">
      <input type="hidden" name="intent" value="post" />
      <input type="hidden" name="idempotencyKey" value={key} />
      <label htmlFor="message-body" className="sr-only">
        Message
      </label>
      <textarea
        id="message-body"
        name="body"
        rows={3}
        required
        maxLength={8000}
        value={body}
        placeholder="Write a message. Markdown works; mention an agent as @Name."
        className={inputClass}
        onChange={(event) => {
          setBody(event.target.value);
          if (Date.now() - lastTyping.current > 1500) {
            lastTyping.current = Date.now();
            onTyping();
          }
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
            event.currentTarget.form?.requestSubmit();
          }
        }}
      />
      <div className="flex items-center gap-3">
        <Button
          type="submit"
          disabled={fetcher.state !== "idle"}
          aria-busy={fetcher.state !== "idle"}
        >
          Send
        </Button>
        <ErrorList errors={error ? [error] : null} />
        {notice ? (
          <p role="status" className="text-sm text-amber-800 dark:text-amber-300">
            {notice}
          </p>
        ) : null}
      </div>
    </fetcher.Form>
  );
}
