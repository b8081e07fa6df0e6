import { useLibraryTranslation } from '../react/use-library-translation';

/** "Loading…" for screen readers, and three placeholders shaped like what is coming. */
export function LoadingSkeletons({ className, kind }: { className: string; kind: 'fact' | 'meter' }) {
  const { t } = useLibraryTranslation('LoadingSkeletons');
  return (
    <>
      <p className="sk-VisuallyHidden" role="status">
        {t('common.loading')}
      </p>
      <div className={className}>
        <div className={`sk-Skeleton sk-Skeleton--${kind}`} />
        <div className={`sk-Skeleton sk-Skeleton--${kind}`} />
        <div className={`sk-Skeleton sk-Skeleton--${kind}`} />
      </div>
    </>
  );
}
