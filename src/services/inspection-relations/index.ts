export { type InspectionDeps, type Outcome } from './inspection-deps.ts';
export { createUserGroup, updateUserGroup, deleteUserGroup, addGroupMembers, deleteGroupMembers, changeRelations, queryGroupMembers, type GroupMemberItem } from './user-groups.ts';
export { joinUserGroup, renameCmsAgent } from './join-group.ts';
export { inspectionRelations, inspectableAgents, type InspectionRelations } from './inspection-relations.ts';
