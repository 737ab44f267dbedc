import { Navigate, type RouteObject } from 'react-router';
import { AppLayout } from '@/components/layout/app-layout';
import { AuditRoute } from '@/features/audit/routes/audit-route';
import { AccountMenu } from '@/features/auth/components/account-menu';
import { ChangePasswordRoute } from '@/features/auth/routes/change-password-route';
import { SignInRoute } from '@/features/auth/routes/sign-in-route';
import { CountySelect } from '@/features/counties/components/county-select';
import { CountiesRoute } from '@/features/counties/routes/counties-route';
import { CostsSection } from '@/features/costs/components/costs-section';
import { WorkforceSection } from '@/features/workforce/components/workforce-section';
import { CountyRoute } from '@/features/counties/routes/county-route';
import { ExampleEditRoute } from '@/features/examples/routes/example-edit-route';
import { ExampleRoute } from '@/features/examples/routes/example-route';
import { ExamplesRoute } from '@/features/examples/routes/examples-route';
import { MunicipalitySelect } from '@/features/municipalities/components/municipality-select';
import { MunicipalitiesRoute } from '@/features/municipalities/routes/municipalities-route';
import { MunicipalityRoute } from '@/features/municipalities/routes/municipality-route';
import { StrategyOverviewRoute } from '@/features/overview/routes/strategy-overview-route';
import { PopulationImportRoute } from '@/features/population-import/routes/population-import-route';
import { QuestionnaireForm } from '@/features/respond/components/questionnaire-form';
import { RespondRoute } from '@/features/respond/routes/respond-route';
import { CampaignRoute } from '@/features/surveys/routes/campaign-route';
import { InvitationResponseRoute } from '@/features/surveys/routes/invitation-response-route';
import { QuestionnaireEditRoute } from '@/features/surveys/routes/questionnaire-edit-route';
import { QuestionnaireInvitationsRoute } from '@/features/surveys/routes/questionnaire-invitations-route';
import { QuestionnaireOverviewRoute } from '@/features/surveys/routes/questionnaire-overview-route';
import { QuestionnaireResultsRoute } from '@/features/surveys/routes/questionnaire-results-route';
import { QuestionnaireRoute } from '@/features/surveys/routes/questionnaire-route';
import { DecisionsSection } from '@/features/strategy/components/decisions-section';
import { MunicipalityContacts } from '@/features/contacts/components/municipality-contacts';
import { PlanNewRoute } from '@/features/strategy/routes/plan-new-route';
import { PlanRoute } from '@/features/strategy/routes/plan-route';
import { PlansRoute } from '@/features/strategy/routes/plans-route';
import { StrategyRoute } from '@/features/strategy/routes/strategy-route';
import { SurveysRoute } from '@/features/surveys/routes/surveys-route';
import { MunicipalityTokensSection } from '@/features/tokens/components/municipality-tokens-section';
import { AllTokensRoute } from '@/features/tokens/routes/all-tokens-route';
import { MyTokensRoute } from '@/features/tokens/routes/my-tokens-route';
import { UserRoute } from '@/features/users/routes/user-route';
import { UsersRoute } from '@/features/users/routes/users-route';
import { appPaths } from '@/lib/app-paths';
import { isAdmin, mayReadSurveys, mayWriteSomePlans } from '@/lib/auth/permissions';
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
        element: (
          <MunicipalityRoute
            IntegrationSection={MunicipalityTokensSection}
            CostsSection={CostsSection}
            WorkforceSection={WorkforceSection}
            DecisionsSection={DecisionsSection}
            ContactsSection={MunicipalityContacts}
          />
        ),
      },
      { path: 'counties', element: <CountiesRoute /> },
      { path: 'counties/:code', element: <CountyRoute /> },
      { path: 'strategy', element: <StrategyRoute /> },
      { path: 'sign-in', element: <SignInRoute /> },
      // For respondents: the link's token is the credential.
      { path: 'respond/:token', element: <RespondRoute /> },
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
      // Learning examples and the overview: read by anyone signed in; writing is checked per example.
      {
        path: 'examples',
        element: <RequireAccess />,
        children: [
          { index: true, element: <ExamplesRoute /> },
          { path: 'new', element: <ExampleEditRoute /> },
          { path: ':id', element: <ExampleRoute /> },
          { path: ':id/edit', element: <ExampleEditRoute /> },
        ],
      },
      {
        path: 'strategy/overview',
        element: <RequireAccess />,
        children: [{ index: true, element: <StrategyOverviewRoute /> }],
      },
      // Action plans: read by anyone signed in; writing is checked per plan.
      {
        path: 'plans',
        element: <RequireAccess />,
        children: [
          { index: true, element: <PlansRoute /> },
          {
            path: 'new',
            element: <RequireAccess allow={mayWriteSomePlans} />,
            children: [{ index: true, element: <PlanNewRoute /> }],
          },
          { path: ':id', element: <PlanRoute /> },
        ],
      },
      // For administrators, analysts and county coordinators; managing is checked per questionnaire.
      {
        path: 'surveys',
        element: <RequireAccess allow={mayReadSurveys} />,
        children: [
          { index: true, element: <SurveysRoute /> },
          { path: 'campaigns/:id', element: <CampaignRoute /> },
          {
            path: ':id',
            element: <QuestionnaireRoute />,
            children: [
              { index: true, element: <QuestionnaireOverviewRoute /> },
              { path: 'invitations', element: <QuestionnaireInvitationsRoute /> },
              {
                path: 'invitations/:invitationId',
                element: <InvitationResponseRoute QuestionnaireForm={QuestionnaireForm} />,
              },
              { path: 'results', element: <QuestionnaireResultsRoute /> },
              { path: 'edit', element: <QuestionnaireEditRoute QuestionnaireForm={QuestionnaireForm} /> },
            ],
          },
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
          { path: 'population', element: <PopulationImportRoute /> },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
