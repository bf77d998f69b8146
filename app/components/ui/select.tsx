import { forwardRef, type SelectHTMLAttributes } from "react";
import { cn } from "#app/utils/cn.ts";
import { inputClass } from "./input.tsx";

export const Select = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement>>(
  function Select({ className, ...props }, ref) {
    return <select ref={ref} className={cn(inputClass, "pr-8", className)} {...props} />;
  },
);
