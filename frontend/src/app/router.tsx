import { lazy, Suspense, type ComponentType } from 'react';
import { Navigate, useParams, type RouteObject } from 'react-router';
import { AppLayout } from '@/components/layout/app-layout';
import { AccountMenu } from '@/features/auth/components/account-menu';
import { appPaths } from '@/lib/app-paths';
import { loadTexts } from '@/lib/i18n/i18n';
import type { TextFeature } from '@/lib/i18n/text-bundles';
import { isAdmin, mayReadSurveys, mayWriteSomePlans } from '@/lib/auth/permissions';
import { HomeRoute } from './routes/home-route';
import { NotFoundRoute } from './routes/not-found-route';
import { RequireAccess } from './routes/require-access';

// Each page is a chunk of its own (`lazy`): the browser downloads a page's code when the page is first opened, so
// the respondent's form never carries the administrators' pages or the charts. Only the frame (header, navigation,
// the account row) and the guards are in the first script. Budgets per page: bundle-budgets.json, checked after the
// build by scripts/bundle-budget.mjs. Every path here is listed in route-list.ts (router.test.tsx compares them),
// which the end-to-end check of every page (e2e/routes.spec.ts) visits.

const layout = <AppLayout accountMenu={<AccountMenu />} />;

/**
 * A page's (or section's) code and its features' texts, fetched side by side: the first page carries only the
 * common texts, each feature's come with its first page (text-bundles.ts; text-bundles.test.ts checks that every
 * feature imported here is named).
 */
async function withTexts<T>(features: TextFeature[], code: Promise<T>): Promise<T> {
  const [loaded] = await Promise.all([code, loadTexts(...features)]);
  return loaded;
}

/** A section of a page downloaded when it is first shown: most are for those signed in, and carry forms and charts. */
function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Section = lazy(async () => ({ default: await load() }));
  return function OnDemandSection(props: P) {
    return (
      <Suspense fallback={null}>
        <Section {...props} />
      </Suspense>
    );
  };
}

const CostsSection = onDemand(
  async () => (await withTexts(['costs'], import('@/features/costs/components/costs-section'))).CostsSection,
);
const WorkforceSection = onDemand(
  async () =>
    (await withTexts(['workforce'], import('@/features/workforce/components/workforce-section')))
      .WorkforceSection,
);
const DecisionsSection = onDemand(
  async () =>
    (await withTexts(['strategy'], import('@/features/strategy/components/decisions-section')))
      .DecisionsSection,
);
const MunicipalityTokensSection = onDemand(
  async () =>
    (await withTexts(['tokens'], import('@/features/tokens/components/municipality-tokens-section')))
      .MunicipalityTokensSection,
);

const MunicipalityContactsSection = onDemand(
  async () =>
    (await withTexts(['contacts'], import('@/features/contacts/components/municipality-contacts')))
      .MunicipalityContacts,
);
const MunicipalityProfileSection = onDemand(
  async () =>
    (await withTexts(['profiles'], import('@/features/profiles/components/municipality-profile')))
      .MunicipalityProfileSection,
);

/** The county's profile with the costs feature's map of its municipalities. */
const CountyProfileWithMap = onDemand(async () => {
  const [{ CountyProfileSection }, { CountyShareMap }] = await withTexts(
    ['profiles', 'costs'],
    Promise.all([
      import('@/features/profiles/components/county-profile'),
      import('@/features/costs/components/county-share-map'),
    ]),
  );
  return function CountyProfileWithMap({ countyCode }: { countyCode: string }) {
    return <CountyProfileSection countyCode={countyCode} Map={CountyShareMap} />;
  };
});

/** Every page of the app; the features meet here and nowhere else. */
export const routes: RouteObject[] = [
  {
    element: layout,
    // While the first page's chunk arrives: the frame already, so nothing moves when the page comes.
    hydrateFallbackElement: layout,
    children: [
      // Open to everyone.
      // Each person starts where their work is; a visitor on the list of municipalities.
      { index: true, element: <HomeRoute /> },
      {
        path: 'municipalities',
        lazy: async () => {
          const [{ MunicipalitiesRoute }, { CountySelect }] = await Promise.all([
            import('@/features/municipalities/routes/municipalities-route'),
            import('@/features/counties/components/county-select'),
          ]);
          return { element: <MunicipalitiesRoute CountyFilter={CountySelect} /> };
        },
      },
      {
        path: 'municipalities/:code',
        lazy: async () => {
          const { MunicipalityRoute } = await import('@/features/municipalities/routes/municipality-route');
          return {
            element: (
              <MunicipalityRoute
                ProfileSection={MunicipalityProfileSection}
                IntegrationSection={MunicipalityTokensSection}
                CostsSection={CostsSection}
                WorkforceSection={WorkforceSection}
                DecisionsSection={DecisionsSection}
                ContactsSection={MunicipalityContactsSection}
              />
            ),
          };
        },
      },
      {
        path: 'counties',
        lazy: async () => ({
          Component: (await import('@/features/counties/routes/counties-route')).CountiesRoute,
        }),
      },
      {
        path: 'counties/:code',
        lazy: async () => {
          const { CountyRoute } = await import('@/features/counties/routes/county-route');
          return { element: <CountyRoute ProfileSection={CountyProfileWithMap} /> };
        },
      },
      {
        path: 'strategy',
        lazy: async () => ({
          Component: (await withTexts(['strategy'], import('@/features/strategy/routes/strategy-route')))
            .StrategyRoute,
        }),
      },
      {
        path: 'sign-in',
        lazy: async () => ({
          Component: (await withTexts(['auth'], import('@/features/auth/routes/sign-in-route'))).SignInRoute,
        }),
      },
      // For respondents: the link's token is the credential.
      {
        // A link opened from outside gets the respondent's own lean page (respond.html, served for /respond/*);
        // this route shows the same page for a link followed inside the app.
        path: 'respond/:token',
        lazy: async () => {
          const { RespondRoute } = await withTexts(
            ['respond'],
            import('@/features/respond/routes/respond-route'),
          );
          return {
            Component: function RespondLinkRoute() {
              const { token = '' } = useParams();
              return <RespondRoute token={token} />;
            },
          };
        },
      },
      // For anyone signed in.
      {
        path: 'account',
        element: <RequireAccess />,
        children: [
          { index: true, element: <Navigate to={appPaths.myTokens} replace /> },
          {
            path: 'password',
            lazy: async () => ({
              Component: (await withTexts(['auth'], import('@/features/auth/routes/change-password-route')))
                .ChangePasswordRoute,
            }),
          },
          {
            path: 'tokens',
            lazy: async () => ({
              Component: (await withTexts(['tokens'], import('@/features/tokens/routes/my-tokens-route')))
                .MyTokensRoute,
            }),
          },
        ],
      },
      // Learning examples and the overview: read by anyone signed in; writing is checked per example.
      {
        path: 'examples',
        element: <RequireAccess />,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await withTexts(['examples'], import('@/features/examples/routes/examples-route')))
                .ExamplesRoute,
            }),
          },
          {
            path: 'new',
            lazy: async () => ({
              Component: (
                await withTexts(['examples'], import('@/features/examples/routes/example-edit-route'))
              ).ExampleEditRoute,
            }),
          },
          {
            path: ':id',
            lazy: async () => ({
              Component: (await withTexts(['examples'], import('@/features/examples/routes/example-route')))
                .ExampleRoute,
            }),
          },
          {
            path: ':id/edit',
            lazy: async () => ({
              Component: (
                await withTexts(['examples'], import('@/features/examples/routes/example-edit-route'))
              ).ExampleEditRoute,
            }),
          },
        ],
      },
      {
        path: 'strategy/overview',
        element: <RequireAccess />,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (
                await withTexts(['overview'], import('@/features/overview/routes/strategy-overview-route'))
              ).StrategyOverviewRoute,
            }),
          },
        ],
      },
      // Action plans: read by anyone signed in; writing is checked per plan.
      {
        path: 'plans',
        element: <RequireAccess />,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await withTexts(['strategy'], import('@/features/strategy/routes/plans-route')))
                .PlansRoute,
            }),
          },
          {
            path: 'new',
            element: <RequireAccess allow={mayWriteSomePlans} />,
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (
                    await withTexts(['strategy'], import('@/features/strategy/routes/plan-new-route'))
                  ).PlanNewRoute,
                }),
              },
            ],
          },
          {
            path: ':id',
            lazy: async () => ({
              Component: (await withTexts(['strategy'], import('@/features/strategy/routes/plan-route')))
                .PlanRoute,
            }),
          },
        ],
      },
      // For administrators, analysts and county coordinators; managing is checked per questionnaire.
      {
        path: 'surveys',
        element: <RequireAccess allow={mayReadSurveys} />,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await withTexts(['surveys'], import('@/features/surveys/routes/surveys-route')))
                .SurveysRoute,
            }),
          },
          {
            path: 'campaigns/:id',
            lazy: async () => ({
              Component: (await withTexts(['surveys'], import('@/features/surveys/routes/campaign-route')))
                .CampaignRoute,
            }),
          },
          {
            path: ':id',
            lazy: async () => ({
              Component: (
                await withTexts(['surveys'], import('@/features/surveys/routes/questionnaire-route'))
              ).QuestionnaireRoute,
            }),
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (
                    await withTexts(
                      ['surveys'],
                      import('@/features/surveys/routes/questionnaire-overview-route'),
                    )
                  ).QuestionnaireOverviewRoute,
                }),
              },
              {
                path: 'invitations',
                lazy: async () => ({
                  Component: (
                    await withTexts(
                      ['surveys'],
                      import('@/features/surveys/routes/questionnaire-invitations-route'),
                    )
                  ).QuestionnaireInvitationsRoute,
                }),
              },
              {
                path: 'invitations/:invitationId',
                lazy: async () => {
                  const [{ InvitationResponseRoute }, { QuestionnaireForm }] = await withTexts(
                    ['surveys', 'respond'],
                    Promise.all([
                      import('@/features/surveys/routes/invitation-response-route'),
                      import('@/features/respond/components/questionnaire-form'),
                    ]),
                  );
                  return { element: <InvitationResponseRoute QuestionnaireForm={QuestionnaireForm} /> };
                },
              },
              {
                path: 'results',
                lazy: async () => ({
                  Component: (
                    await withTexts(
                      ['surveys'],
                      import('@/features/surveys/routes/questionnaire-results-route'),
                    )
                  ).QuestionnaireResultsRoute,
                }),
              },
              {
                path: 'edit',
                lazy: async () => {
                  const [{ QuestionnaireEditRoute }, { QuestionnaireForm }] = await withTexts(
                    ['surveys', 'respond'],
                    Promise.all([
                      import('@/features/surveys/routes/questionnaire-edit-route'),
                      import('@/features/respond/components/questionnaire-form'),
                    ]),
                  );
                  return { element: <QuestionnaireEditRoute QuestionnaireForm={QuestionnaireForm} /> };
                },
              },
            ],
          },
        ],
      },
      // For administrators.
      {
        path: 'dashboard',
        element: <RequireAccess allow={isAdmin} />,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await withTexts(['profiles'], import('@/features/profiles/routes/dashboard-route')))
                .DashboardRoute,
            }),
          },
        ],
      },
      {
        path: 'admin',
        element: <RequireAccess allow={isAdmin} />,
        children: [
          { index: true, element: <Navigate to={appPaths.users} replace /> },
          {
            path: 'users',
            lazy: async () => ({
              Component: (await withTexts(['users'], import('@/features/users/routes/users-route')))
                .UsersRoute,
            }),
          },
          {
            path: 'users/:id',
            lazy: async () => {
              const [{ UserRoute }, { CountySelect }, { MunicipalitySelect }] = await withTexts(
                ['users'],
                Promise.all([
                  import('@/features/users/routes/user-route'),
                  import('@/features/counties/components/county-select'),
                  import('@/features/municipalities/components/municipality-select'),
                ]),
              );
              return {
                element: <UserRoute CountyPicker={CountySelect} MunicipalityPicker={MunicipalitySelect} />,
              };
            },
          },
          {
            path: 'tokens',
            lazy: async () => ({
              Component: (await withTexts(['tokens'], import('@/features/tokens/routes/all-tokens-route')))
                .AllTokensRoute,
            }),
          },
          {
            path: 'audit',
            lazy: async () => ({
              Component: (await withTexts(['audit'], import('@/features/audit/routes/audit-route')))
                .AuditRoute,
            }),
          },
          {
            path: 'population',
            lazy: async () => ({
              Component: (
                await withTexts(
                  ['population-import'],
                  import('@/features/population-import/routes/population-import-route'),
                )
              ).PopulationImportRoute,
            }),
          },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
