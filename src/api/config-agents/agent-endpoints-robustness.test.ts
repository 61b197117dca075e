// Goal: no malformed or hostile body makes a 5.1 interface fail with a server error; bad input is
// always answered in the family's envelope. Method: every endpoint of the family receives a set
// of odd bodies through HTTP.
import { expect, it } from 'vitest';
import { bearerToken, createTestApp } from '../../../test/support/test-app.ts';
import { configAgentEndpoints } from './index.ts';

const oddBodies = [
  'null',
  '[]',
  '"text"',
  '1',
  '{"userAccount":{}}',
  '{"userAccount":"agent101","skills":"abc"}',
  '{"userAccount":"agent101","skills":[null]}',
  '{"userAccount":"agent101","skills":[{"skillId":"x"}]}',
  '{"userAccount":"agent101","agentType":null}',
  '{"customNos":"123"}',
  '{"userAccounts":[null],"skillId":1,"agentWeight":1,"skillWeight":1}',
  '{"pageNum":1e300,"pageSize":1e300}',
  '{"skillId":1e300,"pageNum":0,"pageSize":5}',
  '{"account":null,"password":null}',
  '{"accountCode":"\\u0000"}',
];

it('answers every odd body of every 5.1 interface without a server error', async () => {
  const app = await createTestApp();
  try {
    const token = await bearerToken(app);
    const failures: string[] = [];
    for (const endpoint of configAgentEndpoints) {
      for (const payload of endpoint.method === 'GET' ? [undefined] : oddBodies) {
        const res = await app.http.inject({
          method: endpoint.method,
          url: endpoint.path,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          ...(payload === undefined ? {} : { payload }),
        });
        if (res.statusCode >= 500) failures.push(`${endpoint.section} ${payload}: ${res.statusCode} ${res.body}`);
      }
    }
    expect(failures).toEqual([]);
  } finally {
    await app.close();
  }
});
