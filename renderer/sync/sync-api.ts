import {
  pullResponseSchema,
  pushResponseSchema,
  routes,
  type PullRequest,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../../shared/sync/protocol';
import type { Http } from './http';
import type { Session } from './session';

/** The two sync calls, signed in. */
export interface SyncApi {
  push(request: PushRequest): Promise<PushResponse>;
  pull(request: PullRequest): Promise<PullResponse>;
}

export const createSyncApi = (http: Http, session: Session): SyncApi => ({
  push: (request) =>
    session.authorized((accessToken) => http.request(routes.push, { body: request, accessToken, schema: pushResponseSchema })),
  pull: (request) =>
    session.authorized((accessToken) => http.request(routes.pull, { body: request, accessToken, schema: pullResponseSchema })),
});
