import { routes } from '../../shared/sync/protocol';
import { closeStatementsResponseSchema, type CloseStatementsResponse } from '../../shared/sync/statement-close';
import type { Http } from './http';
import type { Session } from './session';

/**
 * Acts only the server performs, called by HQ's screens (DESIGN §5,
 * "Server-made records"): closing incentive statements. Each needs the
 * server there and then; nothing is queued. After one, the device pulls at
 * once so the records the server wrote appear without waiting for a poke.
 */
export interface HqActions {
  closeStatement(partnerId: string, quarter: string): Promise<CloseStatementsResponse>;
  /** Every partner's statement for the quarter, or one territory's. */
  closeStatements(quarter: string, territoryId?: string): Promise<CloseStatementsResponse>;
}

export const createHqActions = (http: Http, session: Session, pullNow: () => Promise<void>): HqActions => {
  const call = async (path: string, body: object): Promise<CloseStatementsResponse> => {
    const answer = await session.authorized((accessToken) => http.request(path, { body, accessToken, schema: closeStatementsResponseSchema }));
    await pullNow().catch(() => undefined);
    return answer;
  };
  return {
    closeStatement: (partnerId, quarter) => call(routes.closeStatement, { partnerId, quarter }),
    closeStatements: (quarter, territoryId) => call(routes.closeStatements, territoryId === undefined ? { quarter } : { quarter, territoryId }),
  };
};
