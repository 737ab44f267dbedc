import { setupServer } from 'msw/node';
import { accessHandlers } from './access-handlers';
import { handlers } from './handlers';

export const server = setupServer(...accessHandlers, ...handlers);
