import { Router } from 'express';
import type { AgentWorkspaceParts } from './agentWorkspace';
import { agentApiRouter } from './routers/agentApiRouter';
import { agentPagesRouter } from './routers/agentPagesRouter';
import { securityHeaders } from './http/securityHeaders';
import { AGENT_API_PREFIX, AGENT_PAGE_PREFIX } from './agentRoutes';

/** The agent workspace: pages under /agent and their JSON API under /api/agent. Mounted by src/service.ts. */
export function agentRouter(parts: AgentWorkspaceParts): Router {
  const router = Router();
  router.use([AGENT_PAGE_PREFIX, AGENT_API_PREFIX], securityHeaders);
  router.use(agentApiRouter(parts), agentPagesRouter(parts));
  return router;
}
