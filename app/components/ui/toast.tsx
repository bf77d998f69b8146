import { useEffect, useState } from "react";
import { cn } from "#app/utils/cn.ts";

export interface ToastMessage {
  id: string;
  tone: "success" | "error" | "info";
  title: string;
  description?: string;
}

const toneClass: Record<ToastMessage["tone"], string> = {
  success: "border-emerald-600",
  error: "border-red-600",
  info: "border-brand-500",
};

/**
 * Shows a server-sent toast (from a loader) in a polite live region. It stays readable without
 * JavaScript; with it, it can be dismissed and fades after a while.
 */
export function Toaster({ toast }: { toast?: ToastMessage | null }) {
  const [visible, setVisible] = useState<ToastMessage | null>(toast ?? null);
  useEffect(() => {
    setVisible(toast ?? null);
    if (!toast) return;
    const timer = setTimeout(() => setVisible(null), 8000);
    return () => clearTimeout(timer);
  }, [toast]);
  return (
    <div
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex justify-center px-4"
    >
      {visible ? (
        <div
          role="status"
          className={cn(
            "pointer-events-auto w-full max-w-sm rounded-md border-l-4 bg-white p-3 shadow-lg dark:bg-slate-900",
            toneClass[visible.tone],
          )}
        >
          <div className="flex items-start justify-between gap-3">
            <div>
              <p className="text-sm font-semibold">{visible.title}</p>
              {visible.description ? (
                <p className="text-sm text-slate-600 dark:text-slate-300">{visible.description}</p>
              ) : null}
            </div>
            <button
              type="button"
              onClick={() => setVisible(null)}
              className="rounded px-1 text-slate-600 hover:text-slate-900 dark:text-slate-300"
              aria-label="Dismiss notification"
            >
              ×
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
