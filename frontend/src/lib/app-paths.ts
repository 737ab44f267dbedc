/** The app's URLs, in one place so features can link to each other without importing each other. */
export const appPaths = {
  home: '/',
  municipalities: '/municipalities',
  municipality: (code: string) => `/municipalities/${encodeURIComponent(code)}`,
  counties: '/counties',
  county: (code: string) => `/counties/${encodeURIComponent(code)}`,
  /** The sign-in page; after signing in, the person is sent on to `returnTo` (a path of this app). */
  signIn: (returnTo?: string) =>
    returnTo ? `/sign-in?${new URLSearchParams({ returnTo }).toString()}` : '/sign-in',
  changePassword: '/account/password',
  myTokens: '/account/tokens',
  users: '/admin/users',
  user: (id: string) => `/admin/users/${encodeURIComponent(id)}`,
  allTokens: '/admin/tokens',
  audit: '/admin/audit',
  surveys: '/surveys',
  campaign: (id: string) => `/surveys/campaigns/${encodeURIComponent(id)}`,
  questionnaire: (id: string) => `/surveys/${encodeURIComponent(id)}`,
  questionnaireInvitations: (id: string) => `/surveys/${encodeURIComponent(id)}/invitations`,
  invitationResponse: (id: string, invitationId: string) =>
    `/surveys/${encodeURIComponent(id)}/invitations/${encodeURIComponent(invitationId)}`,
  questionnaireResults: (id: string) => `/surveys/${encodeURIComponent(id)}/results`,
  questionnaireEdit: (id: string) => `/surveys/${encodeURIComponent(id)}/edit`,
  strategy: '/strategy',
  plans: '/plans',
  newPlan: '/plans/new',
  plan: (id: string) => `/plans/${encodeURIComponent(id)}`,
  examples: '/examples',
  newExample: '/examples/new',
  example: (id: string) => `/examples/${encodeURIComponent(id)}`,
  exampleEdit: (id: string) => `/examples/${encodeURIComponent(id)}/edit`,
  strategyOverview: '/strategy/overview',
} as const;
