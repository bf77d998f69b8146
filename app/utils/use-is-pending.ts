import { useNavigation } from "@remix-run/react";

/** True while this page's form (or any form, without a target) is submitting. */
export function useIsPending({ formAction }: { formAction?: string } = {}): boolean {
  const navigation = useNavigation();
  return (
    navigation.state !== "idle" &&
    navigation.formMethod !== undefined &&
    (formAction === undefined || navigation.formAction === formAction)
  );
}
