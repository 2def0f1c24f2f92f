// The end of the center's list: "Load more" while there is more (busy while it loads), then
// "That is everything." once more than the first page was loaded.
import { Button } from "@/components/ui/button";

export function NotificationListFooter({
  hasMore,
  loadedMore,
  isLoading,
  onLoadMore,
}: {
  hasMore: boolean;
  loadedMore: boolean;
  isLoading: boolean;
  onLoadMore: () => void;
}) {
  if (!hasMore) {
    return loadedMore ? <p className="mt-4 text-center text-sm text-zinc-600">That is everything.</p> : null;
  }
  return (
    <div className="mt-4 flex justify-center">
      <Button variant="secondary" onClick={onLoadMore} disabled={isLoading} aria-busy={isLoading}>
        {isLoading ? (
          <span aria-hidden className="h-4 w-4 animate-spin rounded-full border-2 border-zinc-300 border-t-brand-600" />
        ) : null}
        Load more
      </Button>
    </div>
  );
}
