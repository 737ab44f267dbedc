import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { createQueryClient } from '@/lib/query-client';

/** The routes with every page's chunk already loaded: a test renders a page at once, as the browser does once loaded. */
async function loaded(children: RouteObject[]): Promise<RouteObject[]> {
  return Promise.all(
    children.map(async (route) => {
      const { lazy, ...rest } = route;
      const page = typeof lazy === 'function' ? await lazy() : {};
      const below = route.children ? await loaded(route.children) : undefined;
      return { ...rest, ...page, ...(below ? { children: below } : {}) } as RouteObject;
    }),
  );
}

let loadedRoutes: RouteObject[] | undefined;
// Registered in each test file that renders the app (this module is imported while the file is collected).
beforeAll(async () => {
  loadedRoutes ??= await loaded(routes);
});

/** Renders the whole app at a URL, through the real API client, against the MSW handlers. */
export function renderApp(url: string) {
  if (!loadedRoutes)
    throw new Error('The routes are loaded before the tests: render in a test, not while collecting.');
  const router = createMemoryRouter(loadedRoutes, { initialEntries: [url] });
  // The app's own client, without retries, so an error shows at once.
  const queryClient = createQueryClient({ queries: { retry: false }, mutations: { retry: false } });
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return {
    ...view,
    user,
    router,
    queryClient,
    /** The current URL's path and query string. */
    currentUrl: () => `${router.state.location.pathname}${router.state.location.search}`,
  };
}
