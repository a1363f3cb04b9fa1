import { lazy, type ComponentType } from 'react';

/**
 * A code-split component that can be fetched ahead of use. React.lazy suspends on its first
 * render even when its module has already arrived, and React then holds the revealed screen
 * back (it throttles Suspense reveals by some 300 ms) — so opening a prefetched meeting still
 * waited. Once the module is here this renders the component directly: no Suspense at all.
 */
export interface Preloadable<P extends object> {
  (props: P): React.ReactNode;
  /** Fetches the code (once); later renders need no Suspense. */
  preload(): Promise<unknown>;
}

export function preloadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Preloaded(props: P) {
    const Component = loaded ?? Lazy;
    return <Component {...props} />;
  }
  return Object.assign(Preloaded, { preload });
}
