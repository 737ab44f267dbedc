import { Navigate, type RouteObject } from 'react-router';
import { AppLayout } from '@/components/layout/app-layout';
import { CountySelect } from '@/features/counties/components/county-select';
import { CountiesRoute } from '@/features/counties/routes/counties-route';
import { CountyRoute } from '@/features/counties/routes/county-route';
import { MunicipalitiesRoute } from '@/features/municipalities/routes/municipalities-route';
import { MunicipalityRoute } from '@/features/municipalities/routes/municipality-route';
import { appPaths } from '@/lib/app-paths';
import { NotFoundRoute } from './routes/not-found-route';

/** Every page of the app; the features meet here and nowhere else. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to={appPaths.municipalities} replace /> },
      { path: 'municipalities', element: <MunicipalitiesRoute CountyFilter={CountySelect} /> },
      { path: 'municipalities/:code', element: <MunicipalityRoute /> },
      { path: 'counties', element: <CountiesRoute /> },
      { path: 'counties/:code', element: <CountyRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
