import { Type } from '@sinclair/typebox';
import { omaEnvelope } from '../../http/envelope/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';

/**
 * CEC §15.1.5 querysoftwaresysparams: the business software mall this AICC is connected to and
 * its privacy statement there (Table 15-14), from the server configuration (`--mall-url`,
 * `--mall-client-id`, `--privacy-statement-id`, `--privacy-statement-url`; decision 1504).
 */
export const querySoftwareSysParams = defineEndpoint({
  section: '15.1.5',
  name: 'system/querysoftwaresysparams',
  summary: 'Querying system parameters by the business software mall',
  method: 'GET',
  path: '/rest/oma/softwareconsole/system/querysoftwaresysparams',
  auth: 'mall',
  envelope: omaEnvelope,
  response: Type.Object({ softwareCloudUrl: Type.String(), clientId: Type.String(), privacyStatementId: Type.String(), privacyStatementUrl: Type.String() }),
  errors: ['401'],
  async handler({ services }) {
    const { softwareCloudUrl, clientId, privacyStatementId, privacyStatementUrl } = services.settings.mall;
    return { softwareCloudUrl, clientId, privacyStatementId, privacyStatementUrl };
  },
});
