import type { RouteObject } from 'react-router';
import { routePaths } from './route-list';
import { routes } from './router';

/** The full path of every page the router knows (index pages under their parent's path). */
function pagesOf(children: RouteObject[], parent = ''): string[] {
  return children.flatMap((route) => {
    const own = route.path === undefined ? parent : joined(parent, route.path);
    const here =
      route.index || (route.path !== undefined && (route.element || route.lazy)) ? [own || '/'] : [];
    return [...here, ...pagesOf(route.children ?? [], own)];
  });
}

function joined(parent: string, path: string) {
  if (path === '*') return '*';
  return `${parent}/${path}`.replace(/\/+/g, '/');
}

describe('the route list', () => {
  it('names every page of the router, and no other, so the check of every page visits them all', () => {
    const pages = [...new Set(pagesOf(routes))].sort();
    expect(pages).toEqual([...routePaths].sort());
  });
});
