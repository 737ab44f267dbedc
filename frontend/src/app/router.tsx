import { Navigate, type RouteObject } from 'react-router';
import { AppLayout } from '@/components/layout/app-layout';
import { AuditRoute } from '@/features/audit/routes/audit-route';
import { AccountMenu } from '@/features/auth/components/account-menu';
import { ChangePasswordRoute } from '@/features/auth/routes/change-password-route';
import { SignInRoute } from '@/features/auth/routes/sign-in-route';
import { CountySelect } from '@/features/counties/components/county-select';
import { CountiesRoute } from '@/features/counties/routes/counties-route';
import { CountyRoute } from '@/features/counties/routes/county-route';
import { MunicipalitySelect } from '@/features/municipalities/components/municipality-select';
import { MunicipalitiesRoute } from '@/features/municipalities/routes/municipalities-route';
import { MunicipalityRoute } from '@/features/municipalities/routes/municipality-route';
import { MunicipalityTokensSection } from '@/features/tokens/components/municipality-tokens-section';
import { AllTokensRoute } from '@/features/tokens/routes/all-tokens-route';
import { MyTokensRoute } from '@/features/tokens/routes/my-tokens-route';
import { UserRoute } from '@/features/users/routes/user-route';
import { UsersRoute } from '@/features/users/routes/users-route';
import { appPaths } from '@/lib/app-paths';
import { isAdmin } from '@/lib/auth/permissions';
import { NotFoundRoute } from './routes/not-found-route';
import { RequireAccess } from './routes/require-access';

/** Every page of the app; the features meet here and nowhere else. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout accountMenu={<AccountMenu />} />,
    children: [
      // Open to everyone.
      { index: true, element: <Navigate to={appPaths.municipalities} replace /> },
      { path: 'municipalities', element: <MunicipalitiesRoute CountyFilter={CountySelect} /> },
      {
        path: 'municipalities/:code',
        element: <MunicipalityRoute IntegrationSection={MunicipalityTokensSection} />,
      },
      { path: 'counties', element: <CountiesRoute /> },
      { path: 'counties/:code', element: <CountyRoute /> },
      { path: 'sign-in', element: <SignInRoute /> },
      // For anyone signed in.
      {
        path: 'account',
        element: <RequireAccess />,
        children: [
          { index: true, element: <Navigate to={appPaths.myTokens} replace /> },
          { path: 'password', element: <ChangePasswordRoute /> },
          { path: 'tokens', element: <MyTokensRoute /> },
        ],
      },
      // For administrators.
      {
        path: 'admin',
        element: <RequireAccess allow={isAdmin} />,
        children: [
          { index: true, element: <Navigate to={appPaths.users} replace /> },
          { path: 'users', element: <UsersRoute /> },
          {
            path: 'users/:id',
            element: <UserRoute CountyPicker={CountySelect} MunicipalityPicker={MunicipalitySelect} />,
          },
          { path: 'tokens', element: <AllTokensRoute /> },
          { path: 'audit', element: <AuditRoute /> },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
