// The action's own links of the default credential chain, evaluated by the steps that use the chain.
export { EcsRamRoleProvider } from './ecs-ram-role.js';
export { CredentialsUriProvider } from './credentials-uri.js';
