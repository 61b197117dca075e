import type { ApiEndpoint } from '../../define-endpoint.ts';
import { batchAddGroupMember } from './add-group-members.endpoint.ts';
import { createUserGroup } from './create-user-group.endpoint.ts';
import { batchDeleteGroupMember } from './delete-group-members.endpoint.ts';
import { deleteUserGroup } from './delete-user-group.endpoint.ts';
import { joinUserGroup } from './join-user-group.endpoint.ts';
import { configQcRelation, deleteQcRelationConf } from './qc-relations.endpoint.ts';
import { queryAllCcGroup } from './query-all-groups.endpoint.ts';
import { queryGroupMember } from './query-group-members.endpoint.ts';
import { updateAgentGroup } from './update-agent-name.endpoint.ts';
import { updateGroup } from './update-group.endpoint.ts';

/** §12.3.4: inspection user groups and relations of the CC-CMS. */
export const inspectionGroupEndpoints: readonly ApiEndpoint[] = [
  queryGroupMember,
  batchDeleteGroupMember,
  batchAddGroupMember,
  queryAllCcGroup,
  createUserGroup,
  deleteUserGroup,
  updateGroup,
  configQcRelation,
  deleteQcRelationConf,
  joinUserGroup,
  updateAgentGroup,
];
